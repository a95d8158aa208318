import { ERROR_CODES, FIELD_ERROR_CODES } from '../../../src/shared/error-codes';
import { Language, LANGUAGES } from '../languages';
import { ERRORS_AR } from './ar';
import { ERRORS_EN } from './en';
import { ERRORS_ES } from './es';
import { ERRORS_FR } from './fr';
import { ERRORS_RU } from './ru';
import { ERRORS_ZH } from './zh';

const CATALOGUES: Record<Language, Record<string, string>> = { ar: ERRORS_AR, zh: ERRORS_ZH, en: ERRORS_EN, fr: ERRORS_FR, ru: ERRORS_RU, es: ERRORS_ES };

describe.each(LANGUAGES)('the %s error catalogue', (language) => {
  const catalogue = CATALOGUES[language];

  it('words every code the server can send', () => {
    expect(ERROR_CODES.filter((code) => !catalogue[`errors.code.${code}`]?.trim())).toEqual([]);
  });

  it('words every reason a field can be bad for', () => {
    expect(FIELD_ERROR_CODES.filter((code) => !catalogue[`errors.field.${code}`]?.trim())).toEqual([]);
  });

  it('never words an error as raw HTTP', () => {
    expect(Object.values(catalogue).filter((text) => /\b[45]\d\d\b|Unauthorized|Forbidden|Conflict/.test(text))).toEqual([]);
  });
});
