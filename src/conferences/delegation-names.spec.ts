import { GROUPS } from '../seed/data/groups';
import { MEMBER_STATES } from '../seed/data/member-states';
import { OBSERVER_STATES } from '../seed/data/observer-states';
import { ORGANIZATIONS } from '../seed/data/organizations';
import { namesOf, UN_LANGUAGES } from './delegation-names';

const states = [...MEMBER_STATES, ...OBSERVER_STATES].map((state) => ({ name: state.name, isoCode: state.iso2 }));
const others = [...GROUPS, ...ORGANIZATIONS].map((delegation) => ({ name: delegation.name, isoCode: null }));
const seed = [...states, ...others];

function stateNamed(name: string) {
  return namesOf(states.find((state) => state.name === name)!);
}

describe('namesOf', () => {
  it('gives every delegation of the seed a non-empty name in each of the six languages', () => {
    const gaps = seed.flatMap((d) => UN_LANGUAGES.filter((l) => !namesOf(d)[l]?.trim()).map((l) => `${d.name}: ${l}`));
    expect(gaps).toEqual([]);
  });

  it('keeps the English name equal to the delegation name', () => {
    expect(seed.filter((d) => namesOf(d).en !== d.name).map((d) => d.name)).toEqual([]);
  });

  it('names Kenya in Arabic', () => {
    expect(stateNamed('Kenya').ar).toBe('كينيا');
  });

  it('names China in Chinese', () => {
    expect(stateNamed('China').zh).toBe('中国');
  });

  it('uses the UN short names of Bolivia in English, French and Spanish', () => {
    expect(stateNamed('Bolivia (Plurinational State of)')).toMatchObject({
      en: 'Bolivia (Plurinational State of)',
      fr: 'Bolivie (État plurinational de)',
      es: 'Bolivia (Estado Plurinacional de)',
    });
  });

  it('uses the UN short name Türkiye in English, French and Spanish', () => {
    expect(stateNamed('Türkiye')).toMatchObject({ en: 'Türkiye', fr: 'Türkiye', es: 'Türkiye' });
  });

  it('prefers the UN short name to the package name where they differ', () => {
    expect(stateNamed('Russian Federation').fr).toBe('Fédération de Russie');
    expect(stateNamed('Republic of Korea').zh).toBe('大韩民国');
    expect(stateNamed('Belarus').ar).toBe('بيلاروس');
  });

  it.each([
    ['ar', /\p{Script=Arabic}/u],
    ['zh', /\p{Script=Han}/u],
    ['ru', /\p{Script=Cyrillic}/u],
  ] as const)('never falls back to English for a State in %s', (language, script) => {
    expect(states.filter((state) => !script.test(namesOf(state)[language])).map((state) => state.name)).toEqual([]);
  });

  it('finds a State of the seed by its English name when no ISO code is given', () => {
    for (const state of states) expect(namesOf({ name: state.name })).toEqual(namesOf(state));
  });

  it('names the groups and organisations in six languages', () => {
    expect(namesOf({ name: 'African Group' }).fr).toBe("Groupe des États d'Afrique");
    expect(namesOf({ name: 'European Union' }).zh).toBe('欧洲联盟');
    expect(namesOf({ name: 'World Customs Organization' }).ru).toBe('Всемирная таможенная организация');
  });

  it('gives a delegation outside the seed its English name in every language', () => {
    const names = namesOf({ name: 'Delegation 999' });
    expect(UN_LANGUAGES.map((l) => names[l])).toEqual(UN_LANGUAGES.map(() => 'Delegation 999'));
  });

  it('hands out one frozen object per delegation, so rebuilding a view allocates no names', () => {
    const first = namesOf({ name: 'Kenya', isoCode: 'KE' });
    expect(namesOf({ name: 'Kenya', isoCode: 'KE' })).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });
});
