import type { UnLanguage } from '../../src/shared/api-types';

/** The six official languages of the United Nations, in UN order (as the switcher lists them). */
export type Language = UnLanguage;
export const LANGUAGES: readonly Language[] = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];
export const DEFAULT_LANGUAGE: Language = 'en';

/** Each language's name in itself, for the switcher. */
export const AUTONYMS: Readonly<Record<Language, string>> = {
  ar: 'العربية',
  zh: '中文',
  en: 'English',
  fr: 'Français',
  ru: 'Русский',
  es: 'Español',
};

// The locale Intl formats dates and numbers in. English keeps day-month-year (en-GB) as UN
// documents write it; Arabic keeps the digits 0-9 that UN Arabic documents use.
const INTL_LOCALES: Readonly<Record<Language, string>> = {
  ar: 'ar-u-nu-latn',
  zh: 'zh-CN',
  en: 'en-GB',
  fr: 'fr-FR',
  ru: 'ru-RU',
  es: 'es-ES',
};

export function intlLocale(language: Language): string {
  return INTL_LOCALES[language];
}

export function directionOf(language: Language): 'rtl' | 'ltr' {
  return language === 'ar' ? 'rtl' : 'ltr';
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
