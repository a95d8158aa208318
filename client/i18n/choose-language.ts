import { DEFAULT_LANGUAGE, isLanguage, Language } from './languages';

/** "zh-Hans-CN" -> zh, "EN_us" -> en; null for a language the UN does not work in. */
export function languageOfTag(tag: string): Language | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return isLanguage(primary) ? primary : null;
}

export interface LanguageSources {
  /** The page address's query string: ?lang= wins over everything. */
  search: string;
  /** A choice the viewer made with the switcher, if the page honours one. */
  stored?: string | null;
  /** The browser's preference, best first (navigator.languages). */
  preferred?: readonly string[];
}

/** ?lang=, else the viewer's remembered choice, else the browser's preference, else English. */
export function chooseLanguage({ search, stored, preferred = [] }: LanguageSources): Language {
  const asked = new URLSearchParams(search).get('lang');
  if (asked !== null) {
    const language = languageOfTag(asked);
    if (language) return language;
  }
  if (isLanguage(stored)) return stored;
  for (const tag of preferred) {
    const language = languageOfTag(tag);
    if (language) return language;
  }
  return DEFAULT_LANGUAGE;
}
