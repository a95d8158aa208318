import { createHash, randomBytes } from 'node:crypto';

// Crockford's base32: no I, L, O or U, so a code read over the phone or typed from paper survives.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const BITS_PER_SYMBOL = 5;
const GROUP_LENGTH = 4;

/** 80 random bits: with the redemption rate limit, far beyond guessing. */
export const ACCESS_CODE_BYTES = 10;
export const ACCESS_CODE_LENGTH = (ACCESS_CODE_BYTES * 8) / BITS_PER_SYMBOL;

/** A fresh code in groups of four, like "K7QX-M2PD-9WRT-HF4N". */
export function generateAccessCode(random: (size: number) => Buffer = randomBytes): string {
  let symbols = '';
  let buffer = 0;
  let bufferedBits = 0;
  for (const byte of random(ACCESS_CODE_BYTES)) {
    buffer = (buffer << 8) | byte;
    bufferedBits += 8;
    while (bufferedBits >= BITS_PER_SYMBOL) {
      bufferedBits -= BITS_PER_SYMBOL;
      symbols += ALPHABET[(buffer >> bufferedBits) & 0b11111];
    }
    buffer &= (1 << bufferedBits) - 1;
  }
  return formatAccessCode(symbols);
}

/** The canonical form of a typed code (upper case, no dashes or spaces, O read as 0, I and L as 1), or null. */
export function normaliseAccessCode(input: string): string | null {
  const canonical = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (canonical.length !== ACCESS_CODE_LENGTH) return null;
  return [...canonical].every((symbol) => ALPHABET.includes(symbol)) ? canonical : null;
}

export function formatAccessCode(canonical: string): string {
  return canonical.match(new RegExp(`.{1,${GROUP_LENGTH}}`, 'g'))!.join('-');
}

/** What the database keeps: SHA-256 of the canonical code (80 random bits need no slow hash). */
export function hashAccessCode(canonical: string): string {
  return createHash('sha256').update(canonical).digest('hex');
}
