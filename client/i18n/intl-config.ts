import type { IntlConfig, IntlShape } from '@formatjs/intl';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { intlLocale, Language } from './languages';
import type { Formatter } from './runtime';

/** Messages as written (parsed on use) or as the build ships them (precompiled ICU syntax trees). */
export type Messages = Readonly<Record<string, string | MessageFormatElement[]>>;

// Types only here, so the unit specs can build the same formatter around their own formatjs.
export function intlConfig(language: Language, messages: Messages): IntlConfig {
  return {
    locale: intlLocale(language),
    defaultLocale: 'en-GB',
    messages: messages as Record<string, MessageFormatElement[]>,
    // A missing key is a bug the catalogue spec catches; say so loudly rather than hide it.
    onError: (error) => console.error(error),
  };
}

export function formatterFrom(intl: IntlShape, language: Language): Formatter {
  return {
    language,
    message: (key, values) => intl.formatMessage({ id: key }, values) as string,
    list: (items) => intl.formatList(items, { type: 'conjunction' }) as string,
  };
}
