import { z } from 'zod';

// Every field this guards is one line on a screen: C0 and C1 controls (tab and line breaks too) and DEL.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/u;
// Embeddings, overrides and isolates reorder what follows them: "U+202E" makes a title read backwards.
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/u;
// With the u flag a paired surrogate is one code point, so only an unpaired one is \p{Cs}.
const LONE_SURROGATE = /\p{Cs}/u;
// Spaces and characters drawn as nothing (zero-width space, joiners, variation selectors, soft hyphen...).
const ONLY_INVISIBLE = /^[\p{White_Space}\p{Default_Ignorable_Code_Point}]*$/u;

/**
 * Text shown on screens and in the record (titles, room names, labels, messages): refuses what
 * would hide, reorder or break it, and a value with nothing visible in it. An empty value is left
 * to the schema's own min().
 */
export function cleanText<T extends z.ZodType<string>>(schema: T) {
  return schema
    .refine((text) => !CONTROL.test(text), 'must not contain control characters')
    .refine((text) => !BIDI_CONTROL.test(text), 'must not contain bidirectional override characters')
    .refine((text) => !LONE_SURROGATE.test(text), 'must not contain unpaired surrogates')
    .refine((text) => text === '' || !ONLY_INVISIBLE.test(text), 'must contain a visible character');
}
