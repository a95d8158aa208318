import { createIntl, createIntlCache } from '@formatjs/intl';
import { formatterFrom, intlConfig, Messages } from './intl-config';
import type { Language } from './languages';
import type { Formatter } from './runtime';

const cache = createIntlCache();

/** The pages' formatter: @formatjs/intl over the active language's (precompiled) catalogue. */
export function createFormatter(language: Language, messages: Messages): Formatter {
  return formatterFrom(createIntl(intlConfig(language, messages), cache), language);
}
