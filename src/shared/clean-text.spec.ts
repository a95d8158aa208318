import { z } from 'zod';
import { cleanText } from './clean-text';

const schema = cleanText(z.string());
const problem = (text: string) => {
  const parsed = schema.safeParse(text);
  return parsed.success ? null : parsed.error.issues[0].message;
};

describe('cleanText', () => {
  it.each([
    ['Plenary: thematic debate on item A', null],
    ['Réunion plénière — 第一次会议 — الجلسة العامة', null],
    ['Emoji are fine 👍🏽', null],
    ['', null],
    ['with a NUL \u0000', 'must not contain control characters'],
    ['with an ESC \u001b[31m', 'must not contain control characters'],
    ['two\nlines', 'must not contain control characters'],
    ['a C1 control \u0085', 'must not contain control characters'],
    ['reversed \u202eelttit', 'must not contain bidirectional override characters'],
    ['isolated \u2066x\u2069', 'must not contain bidirectional override characters'],
    ['half an emoji \ud83d', 'must not contain unpaired surrogates'],
    ['\udc4d the other half', 'must not contain unpaired surrogates'],
    ['\u200b', 'must contain a visible character'],
    [' \u200b\u200d\ufeff\u00ad ', 'must contain a visible character'],
  ])('%j → %s', (text, expected) => {
    expect(problem(text)).toBe(expected);
  });
});
