import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { compare, hash, hashSync } from 'bcryptjs';

/** bcrypt work factor for password hashes (about 0.35 s per hash or check on a small server). */
export const BCRYPT_COST = 12;
/** Injection token for the work factor: BCRYPT_COST, which e2e tests may override with a low one for speed. */
export const PASSWORD_HASH_COST = Symbol('PASSWORD_HASH_COST');
/** bcrypt reads only the first 72 bytes of a password, so longer ones are refused rather than cut. */
export const MAX_PASSWORD_BYTES = 72;

// The hash of a random password nobody knows, at BCRYPT_COST: checking against it makes a sign-in
// with an unknown username take as long as one with a wrong password. Not a secret.
export const DUMMY_PASSWORD_HASH = '$2b$12$QAidWoVS16IswA8dR1YIh.XImkDCIL1UurOhDUlTkP/BRIZZfDH0e';

export function passwordTooLong(password: string): boolean {
  return Buffer.byteLength(password, 'utf8') > MAX_PASSWORD_BYTES;
}

@Injectable()
export class PasswordHasher {
  private readonly dummyHash: string;

  constructor(@Inject(PASSWORD_HASH_COST) private readonly cost: number) {
    this.dummyHash = cost === BCRYPT_COST ? DUMMY_PASSWORD_HASH : hashSync(randomBytes(32).toString('base64'), cost);
  }

  hash(password: string): Promise<string> {
    return hash(password, this.cost);
  }

  /** Whether the password matches; with no stored hash (unknown user) it still spends the same time, then says no. */
  async matches(password: string, passwordHash: string | undefined): Promise<boolean> {
    const matched = await compare(password, passwordHash ?? this.dummyHash);
    return passwordHash !== undefined && matched;
  }
}
