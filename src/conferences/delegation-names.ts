import countries from 'i18n-iso-countries';
import ar from 'i18n-iso-countries/langs/ar.json';
import en from 'i18n-iso-countries/langs/en.json';
import es from 'i18n-iso-countries/langs/es.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import ru from 'i18n-iso-countries/langs/ru.json';
import zh from 'i18n-iso-countries/langs/zh.json';
import { GROUP_NAMES, type OtherLanguageNames } from '../seed/data/group-names';
import { MEMBER_STATES } from '../seed/data/member-states';
import { OBSERVER_STATES } from '../seed/data/observer-states';
import { ORGANIZATION_NAMES } from '../seed/data/organization-names';
import { UN_STATE_NAMES } from '../seed/data/un-names';
import type { LocalizedNames, UnLanguage } from '../shared/api-types';

export const UN_LANGUAGES: readonly UnLanguage[] = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];

for (const locale of [ar, zh, en, fr, ru, es]) countries.registerLocale(locale);

const ISO_BY_STATE_NAME = new Map([...MEMBER_STATES, ...OBSERVER_STATES].map((state) => [state.name, state.iso2]));
const OTHER_NAMES = new Map(Object.entries({ ...GROUP_NAMES, ...ORGANIZATION_NAMES }));

// Views are rebuilt on every list change and sent to every screen: each delegation's names are
// worked out once and the same frozen object is handed out after that.
const cache = new Map<string, LocalizedNames>();

function withEnglish(name: string, others: OtherLanguageNames): LocalizedNames {
  return Object.freeze({ ar: others.ar, zh: others.zh, en: name, fr: others.fr, ru: others.ru, es: others.es });
}

function stateNames(isoCode: string, name: string): LocalizedNames {
  const un = UN_STATE_NAMES[isoCode] ?? {};
  // A code the package does not know (none in the seed) keeps the English name.
  const inLanguage = (language: UnLanguage) => un[language] ?? countries.getName(isoCode, language) ?? name;
  return withEnglish(name, { ar: inLanguage('ar'), zh: inLanguage('zh'), fr: inLanguage('fr'), ru: inLanguage('ru'), es: inLanguage('es') });
}

function computeNames(name: string, isoCode: string | null): LocalizedNames {
  const iso = isoCode ?? ISO_BY_STATE_NAME.get(name);
  if (iso) return stateNames(iso, name);
  const others = OTHER_NAMES.get(name);
  // A delegation outside the seed data has only its English name to show.
  return withEnglish(name, others ?? { ar: name, zh: name, fr: name, ru: name, es: name });
}

/**
 * A delegation's name in the six UN languages: a State's from its ISO code (the UN's own short
 * name where it differs from the i18n-iso-countries package), a group's or organisation's from
 * the seed by its English name. `en` is always `name`. The ISO code may be left out: a State of
 * the seed is then found by its English name.
 */
export function namesOf({ name, isoCode = null }: { name: string; isoCode?: string | null }): LocalizedNames {
  const key = `${isoCode ?? ''}:${name}`;
  let names = cache.get(key);
  if (!names) {
    names = computeNames(name, isoCode);
    cache.set(key, names);
  }
  return names;
}
