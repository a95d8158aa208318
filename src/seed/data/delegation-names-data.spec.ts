import countries from 'i18n-iso-countries';
import { GROUP_NAMES } from './group-names';
import { GROUPS } from './groups';
import { MEMBER_STATES } from './member-states';
import { OBSERVER_STATES } from './observer-states';
import { ORGANIZATION_NAMES } from './organization-names';
import { ORGANIZATIONS } from './organizations';
import { UN_STATE_NAMES } from './un-names';
// Registers the package's locales.
import '../../conferences/delegation-names';

const states = [...MEMBER_STATES, ...OBSERVER_STATES];
const nameByIso = new Map(states.map((state) => [state.iso2, state.name]));

describe('names of the seed delegations in six languages', () => {
  it('keys the UN short names by ISO codes of seed States', () => {
    expect(Object.keys(UN_STATE_NAMES).filter((iso) => !nameByIso.has(iso))).toEqual([]);
  });

  it("gives each UN short name entry the seed's English name", () => {
    const mismatched = Object.entries(UN_STATE_NAMES).filter(([iso, names]) => names.en !== nameByIso.get(iso));
    expect(mismatched.map(([iso]) => iso)).toEqual([]);
  });

  it('has a package name for every seed State in every language the UN table leaves out', () => {
    const missing = states.flatMap((state) =>
      (['ar', 'zh', 'fr', 'ru', 'es'] as const)
        .filter((l) => !UN_STATE_NAMES[state.iso2]?.[l] && !countries.getName(state.iso2, l))
        .map((l) => `${state.iso2}: ${l}`),
    );
    expect(missing).toEqual([]);
  });

  it('names exactly the groups of the seed', () => {
    expect(Object.keys(GROUP_NAMES).sort()).toEqual(GROUPS.map((group) => group.name).sort());
  });

  it('names exactly the organisations of the seed', () => {
    expect(Object.keys(ORGANIZATION_NAMES).sort()).toEqual(ORGANIZATIONS.map((organization) => organization.name).sort());
  });
});
