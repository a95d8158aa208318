import { createHash, randomBytes } from 'node:crypto';

/** 192 random bits: a key that lives in an address is never typed, so it can be long. */
const SCREEN_KEY_BYTES = 24;

/** A fresh key, base64url (32 characters). */
export function generateScreenKey(random: (size: number) => Buffer = randomBytes): string {
  return random(SCREEN_KEY_BYTES).toString('base64url');
}

/** What the database keeps; null for anything that cannot be a key, so it is refused without a query. */
export function hashScreenKey(key: string): string | null {
  if (!/^[A-Za-z0-9_-]{32}$/.test(key)) return null;
  return createHash('sha256').update(key).digest('hex');
}
