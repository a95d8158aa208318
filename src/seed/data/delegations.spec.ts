import {
  ARAB_GROUP,
  ASEAN,
  CARICOM,
  EUROPEAN_UNION,
  GROUPS,
  MERCOSUR,
  NON_ALIGNED_MOVEMENT,
  REGIONAL_GROUP_NAMES,
  REGIONAL_GROUP_SEEDS,
  regionalGroupsOf,
} from './groups';
import { MEMBER_STATES } from './member-states';
import { OBSERVER_STATES } from './observer-states';
import { ORGANIZATIONS } from './organizations';
import { REGIONAL_GROUPS } from './regional-groups';

const states = [...MEMBER_STATES, ...OBSERVER_STATES];
const stateNames = new Set(states.map((state) => state.name));

function duplicates(values: readonly string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

function regionalGroupSeed(name: string) {
  const seed = REGIONAL_GROUP_SEEDS.find((group) => group.name === name);
  if (!seed) throw new Error(`no regional group delegation named ${name}`);
  return seed;
}

describe('BMS7 delegation seed data', () => {
  it('has exactly 193 member States', () => {
    expect(MEMBER_STATES).toHaveLength(193);
  });

  it('lists member States in alphabetical order', () => {
    const names = MEMBER_STATES.map((state) => state.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('has unique delegation names across states, groups and organizations', () => {
    const names = [
      ...states.map((state) => state.name),
      ...GROUPS.map((group) => group.name),
      ...ORGANIZATIONS.map((organization) => organization.name),
    ];
    expect(duplicates(names)).toEqual([]);
  });

  it('has unique ISO 3166-1 alpha-2 codes of two upper-case letters', () => {
    const codes = states.map((state) => state.iso2);
    expect(codes.filter((code) => !/^[A-Z]{2}$/.test(code))).toEqual([]);
    expect(duplicates(codes)).toEqual([]);
  });

  it('puts every member State in one regional group, and Türkiye alone in two', () => {
    const groupsOf = (name: string) => REGIONAL_GROUP_SEEDS.filter((group) => group.members.includes(name)).map((group) => group.name);
    const notInOne = MEMBER_STATES.filter((state) => groupsOf(state.name).length !== 1).map((state) => [state.name, groupsOf(state.name)]);
    expect(notInOne).toEqual([['Türkiye', ['Asia-Pacific Group', 'Western European and Others Group (WEOG)']]]);
  });

  it('makes each regional group delegation hold exactly the States listed in that group', () => {
    for (const group of REGIONAL_GROUPS) {
      const expected = states.filter((state) => regionalGroupsOf(state).includes(group)).map((state) => state.name);
      expect([...regionalGroupSeed(REGIONAL_GROUP_NAMES[group]).members].sort()).toEqual([...expected].sort());
    }
  });

  it('gives the regional groups their sizes in the UN list: Asia-Pacific with Kiribati, Türkiye and the State of Palestine', () => {
    const sizes = Object.fromEntries(
      REGIONAL_GROUPS.map((group) => [group, regionalGroupSeed(REGIONAL_GROUP_NAMES[group]).members.length]),
    );
    expect(sizes).toEqual({ African: 54, 'Asia-Pacific': 56, 'Eastern European': 23, GRULAC: 33, WEOG: 29 });
  });

  it('has the United States as the one observer in a regional group, in WEOG', () => {
    const observers = REGIONAL_GROUP_SEEDS.flatMap((group) => (group.observers ?? []).map((name) => `${group.name}: ${name}`));
    expect(observers).toEqual(['Western European and Others Group (WEOG): United States of America']);
  });

  it('names only existing member or observer States as group members', () => {
    const unknown = GROUPS.flatMap((group) =>
      group.members.filter((member) => !stateNames.has(member)).map((member) => `${group.name}: ${member}`),
    );
    expect(unknown).toEqual([]);
  });

  it('lists no State twice in the same group', () => {
    const repeated = GROUPS.flatMap((group) => duplicates(group.members).map((member) => `${group.name}: ${member}`));
    expect(repeated).toEqual([]);
  });

  it('gives the European Union its 27 member States of 2021', () => {
    expect(EUROPEAN_UNION.members).toHaveLength(27);
  });

  it('gives ASEAN its 10 members', () => {
    expect(ASEAN.members).toHaveLength(10);
  });

  it('gives the Arab Group the 22 members of the League of Arab States', () => {
    expect(ARAB_GROUP.members).toHaveLength(22);
  });

  it('gives the Non-Aligned Movement its 120 members', () => {
    expect(NON_ALIGNED_MOVEMENT.members).toHaveLength(120);
  });

  it('gives CARICOM its 14 UN Member States', () => {
    expect(CARICOM.members).toHaveLength(14);
  });

  it('gives MERCOSUR its 5 States Parties', () => {
    expect(MERCOSUR.members).toHaveLength(5);
  });
});
