import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { AR } from './ar';
import { Catalogue, EN } from './en';
import { ES } from './es';
import { formatjs, formatterFor } from './formatjs-for-jest';
import { FR } from './fr';
import { Language } from './languages';
import { RU } from './ru';
import { ZH } from './zh';

const CATALOGUES: Record<Language, Catalogue> = { ar: AR, zh: ZH, en: EN, fr: FR, ru: RU, es: ES };
const OTHERS = (Object.entries(CATALOGUES) as [Language, Catalogue][]).filter(([language]) => language !== 'en');
// As client/build.mjs compiles them: "<meeting id>" is text, not a tag.
const PARSE_OPTIONS = { ignoreTag: true };
// The parser's element types (TYPE in @formatjs/icu-messageformat-parser).
const LITERAL = 0;
const POUND = 7;

/** Every value a message asks for, through plural and select branches: "{n, plural, ...}" gives n. */
function placeholders(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === LITERAL || element.type === POUND) continue;
    if ('value' in element && typeof element.value === 'string') found.add(element.value);
    if ('options' in element) for (const option of Object.values(element.options)) placeholders(option.value, found);
    if ('children' in element) placeholders(element.children, found);
  }
  return found;
}

const parse = (message: string) => formatjs().parse(message, PARSE_OPTIONS);
const sorted = (set: Set<string>) => [...set].sort();

/** A value for each placeholder: numbers where a plural asks for one, words elsewhere. */
function sampleValues(message: string): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  for (const name of placeholders(parse(message))) values[name] = ['n', 'minutes', 'position', 'total'].includes(name) ? 3 : name === 'cancelled' ? 'yes' : `«${name}»`;
  return values;
}

describe('message catalogues', () => {
  it.each(Object.keys(EN))('parses the English %s as ICU MessageFormat', (key) => {
    expect(() => parse(EN[key as keyof typeof EN])).not.toThrow();
  });

  describe.each(OTHERS)('%s', (language, catalogue) => {
    it('has every key of the English catalogue', () => {
      const missing = Object.keys(EN).filter((key) => !(key in catalogue));
      expect(missing).toEqual([]);
    });

    it('has no key the English catalogue lacks', () => {
      const extra = Object.keys(catalogue).filter((key) => !(key in EN));
      expect(extra).toEqual([]);
    });

    it('has no empty message', () => {
      const empty = Object.entries(catalogue).filter(([, message]) => message.trim() === '');
      expect(empty).toEqual([]);
    });

    it('parses each message with the placeholders of the English one', () => {
      const mismatches = Object.entries(EN).flatMap(([key, english]) => {
        const expected = sorted(placeholders(parse(english)));
        let actual: string[];
        try {
          actual = sorted(placeholders(parse(catalogue[key as keyof Catalogue])));
        } catch (error) {
          return [`${key}: ${(error as Error).message}`];
        }
        return actual.join() === expected.join() ? [] : [`${key}: {${actual.join('}, {')}} instead of {${expected.join('}, {')}}`];
      });
      expect(mismatches).toEqual([]);
    });

    it('formats each message in its own locale', () => {
      const formatter = formatterFor(language, catalogue);
      for (const key of Object.keys(EN) as (keyof typeof EN)[]) {
        const text = formatter.message(key, sampleValues(EN[key]));
        expect([key, typeof text === 'string' && text.length > 0 && !text.includes('{')]).toEqual([key, true]);
      }
    });
  });
});
