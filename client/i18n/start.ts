import { CATALOGUE_LOADERS } from './catalogue-loaders';
import { chooseLanguage } from './choose-language';
import { loadFontsFor } from './fonts';
import { createFormatter } from './intl-formatter';
import { DEFAULT_LANGUAGE, directionOf, isLanguage, Language } from './languages';
import { installFormatter } from './runtime';

const STORAGE_KEY = 'rostrum.language';

export interface StartOptions {
  /**
   * Whether the viewer's remembered choice counts. Not on the display and overlay: their language
   * is the webcast's, set in the address, not whatever someone once picked on that computer.
   */
  honourStoredChoice: boolean;
}

function storedLanguage(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function browserLanguages(): readonly string[] {
  return navigator.languages?.length ? navigator.languages : [navigator.language ?? ''];
}

let latest = 0;

async function apply(language: Language): Promise<void> {
  const request = ++latest;
  const [messages] = await Promise.all([CATALOGUE_LOADERS[language](), loadFontsFor(language)]);
  // Two quick choices: the last one wins, whichever catalogue arrives first.
  if (request !== latest) return;
  const root = document.documentElement;
  root.lang = language;
  root.dir = directionOf(language);
  installFormatter(createFormatter(language, messages));
}

/** Picks the page's language (?lang=, remembered choice, browser, English) and loads it. */
export async function startI18n({ honourStoredChoice }: StartOptions): Promise<Language> {
  const language = chooseLanguage({
    search: window.location.search,
    stored: honourStoredChoice ? storedLanguage() : null,
    preferred: browserLanguages(),
  });
  try {
    await apply(language);
    return language;
  } catch (error) {
    if (language === DEFAULT_LANGUAGE) throw error;
    // A catalogue that cannot be fetched should not leave the page blank: show English.
    await apply(DEFAULT_LANGUAGE);
    return DEFAULT_LANGUAGE;
  }
}

/** The switcher: show `language` now and remember it for the next visit. */
export async function switchLanguage(language: Language): Promise<void> {
  if (!isLanguage(language)) return;
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Without storage the choice lasts for this visit.
  }
  // An address naming a language keeps naming the chosen one, so a reload shows it too.
  const url = new URL(window.location.href);
  if (url.searchParams.has('lang')) {
    url.searchParams.set('lang', language);
    window.history.replaceState(window.history.state, '', url);
  }
  await apply(language);
}
