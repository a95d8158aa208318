import type { MessageKey } from './en';
import { DEFAULT_LANGUAGE, intlLocale, Language } from './languages';

export type MessageValues = Readonly<Record<string, string | number>>;

/** Formats the active language's messages; built by intl-formatter.ts around @formatjs/intl. */
export interface Formatter {
  language: Language;
  message(key: MessageKey, values?: MessageValues): string;
  /** "Brazil, Chile and France" in the language's own words. */
  list(items: readonly string[]): string;
}

// No formatjs import here: lib code and its unit specs use t() without loading the library.
let active: Formatter | null = null;
const listeners = new Set<() => void>();

export function installFormatter(formatter: Formatter): void {
  active = formatter;
  for (const listener of [...listeners]) listener();
}

/** Runs on every language change; returns the unsubscribe. */
export function onLanguageChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function currentLanguage(): Language {
  return active?.language ?? DEFAULT_LANGUAGE;
}

/** The locale Intl formats dates and numbers in for the active language. */
export function currentLocale(): string {
  return intlLocale(currentLanguage());
}

/** The active language's text for `key`; before a catalogue is installed, the key itself. */
export function t(key: MessageKey, values: MessageValues = {}): string {
  return active ? active.message(key, values) : key;
}

export function formatList(items: readonly string[]): string {
  return active ? active.list(items) : items.join(', ');
}
