import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { Inject, Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import { compare as compareBcrypt } from 'bcryptjs';

/** argon2id's cost: memory in KiB and passes. Hashing runs on libuv's thread pool, never on the event loop. */
export interface PasswordHashCost {
  memoryKiB: number;
  passes: number;
}

/** OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane): about 30 ms per hash or check. */
export const ARGON2_COST: PasswordHashCost = { memoryKiB: 19_456, passes: 2 };
/** Injection token for the cost: ARGON2_COST, which e2e tests may override with a low one for speed. */
export const PASSWORD_HASH_COST = Symbol('PASSWORD_HASH_COST');
/** Passwords were bcrypt's, which reads only the first 72 bytes; the limit stays, so no password changes meaning. */
export const MAX_PASSWORD_BYTES = 72;

export function passwordTooLong(password: string): boolean {
  return Buffer.byteLength(password, 'utf8') > MAX_PASSWORD_BYTES;
}

/** Hashes from before argon2 (bcryptjs): still accepted, and replaced at the next good sign-in. */
const isBcryptHash = (passwordHash: string) => /^\$2[aby]\$/.test(passwordHash);

// libuv's pool has 4 threads and sqlite's queries run there too, and every core a hash takes is one
// the event loop cannot have: hashes leave a core free, so a burst of sign-ins waits its turn here
// instead of in front of every database query and push.
const CONCURRENT_HASHES = Math.max(1, Math.min(2, availableParallelism() - 1));

export interface PasswordCheck {
  matched: boolean;
  /** Set when the password matched a hash that is outdated (bcrypt, or a lower cost): store this one instead. */
  upgradedHash?: string;
}

@Injectable()
export class PasswordHasher {
  private readonly options: argon2.HashOptions;
  private dummyHash: Promise<string> | undefined;
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(@Inject(PASSWORD_HASH_COST) cost: PasswordHashCost) {
    this.options = { type: argon2.argon2id, memoryCost: cost.memoryKiB, timeCost: cost.passes, parallelism: 1 };
  }

  hash(password: string): Promise<string> {
    return this.inTurn(() => argon2.hash(password, this.options));
  }

  /** With no stored hash (unknown user) it still spends the time of a real check, then says no. */
  async check(password: string, passwordHash: string | undefined): Promise<PasswordCheck> {
    if (passwordHash === undefined) {
      // A random password nobody knows, hashed once at this cost.
      this.dummyHash ??= this.hash(randomBytes(32).toString('base64'));
      const dummyHash = await this.dummyHash;
      await this.inTurn(() => argon2.verify(dummyHash, password));
      return { matched: false };
    }
    if (isBcryptHash(passwordHash)) {
      const matched = await this.inTurn(() => compareBcrypt(password, passwordHash));
      return matched ? { matched, upgradedHash: await this.hash(password) } : { matched };
    }
    const matched = await this.inTurn(() => argon2.verify(passwordHash, password)).catch(() => false);
    if (!matched || !argon2.needsRehash(passwordHash, this.options)) return { matched };
    return { matched, upgradedHash: await this.hash(password) };
  }

  private async inTurn<T>(work: () => Promise<T>): Promise<T> {
    // A finished hash hands its turn straight to the next waiting one.
    if (this.running < CONCURRENT_HASHES) this.running += 1;
    else await new Promise<void>((start) => this.waiting.push(start));
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }
}
