import { buildSync } from 'esbuild';
import { join } from 'node:path';
import type { parse as parseMessage } from '@formatjs/icu-messageformat-parser';
import type { createIntl as createIntlShape } from '@formatjs/intl';
import { EN } from './en';
import { formatterFrom, intlConfig, Messages } from './intl-config';
import type { Language } from './languages';
import { Formatter, installFormatter } from './runtime';

interface Formatjs {
  parse: typeof parseMessage;
  createIntl: typeof createIntlShape;
}

let loaded: Formatjs | null = null;

/**
 * formatjs for the unit specs. It ships ES modules only and jest runs CommonJS, so esbuild (the
 * client's bundler) turns it into CommonJS once per test file, parser included.
 */
export function formatjs(): Formatjs {
  if (loaded) return loaded;
  const result = buildSync({
    stdin: {
      contents: "export { createIntl } from '@formatjs/intl'; export { parse } from '@formatjs/icu-messageformat-parser';",
      resolveDir: join(__dirname, '..', '..'),
    },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  const module = { exports: {} as Formatjs };
  new Function('module', 'exports', 'require', result.outputFiles[0].text)(module, module.exports, require);
  loaded = module.exports;
  return loaded;
}

export function formatterFor(language: Language, messages: Messages): Formatter {
  return formatterFrom(formatjs().createIntl(intlConfig(language, messages)), language);
}

/** Makes t() speak `language` (English by default) in a unit spec. */
export function installForTests(language: Language = 'en', messages: Messages = EN): void {
  installFormatter(formatterFor(language, messages));
}
