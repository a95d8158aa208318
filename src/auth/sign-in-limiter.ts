import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Clock } from '../domain/clock';
import { CLOCK } from '../persistence/clock.provider';
import { RedisConnection } from '../persistence/redis-connection';
import { TransactionRunner } from '../persistence/transaction-runner';
import { normaliseAccessCode } from './access-code-format';
import { DatabaseFailedAttempts } from './database-failed-attempts';
import { FailureCounter, FailureLimit } from './failed-attempts';
import { RedisFailedAttempts } from './redis-failed-attempts';
import { CODE_FAILURES_PER_ADDRESS, CODE_FAILURES_PER_CODE, LOGIN_FAILURES_PER_ACCOUNT, LOGIN_FAILURES_PER_ADDRESS } from './sign-in-limits';

export type SignInKind = 'login' | 'code';

interface Counted {
  attempts: FailureCounter;
  key: string;
  /** Whether a success clears it: never for per-address counts, or one good code would wipe a brute force's record. */
  forgetOnSuccess: boolean;
}

/** A sign-in under way, already counted as failed: tell it how it ended. */
export interface SignInAttempt {
  succeeded(): Promise<void>;
}

/** Holds the failure counts: in the database, or in Redis (REDIS_URL) when several instances share the load. */
@Injectable()
export class SignInLimiter {
  private readonly loginByAccount: FailureCounter;
  private readonly loginByAddress: FailureCounter;
  private readonly codeByCode: FailureCounter;
  private readonly codeByAddress: FailureCounter;

  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    redis: RedisConnection,
    transactions: TransactionRunner,
  ) {
    const counter = (name: string, limit: FailureLimit): FailureCounter =>
      redis.client ? new RedisFailedAttempts(redis.client, name, limit) : new DatabaseFailedAttempts(transactions, name, limit);
    this.loginByAccount = counter('login-account', LOGIN_FAILURES_PER_ACCOUNT);
    this.loginByAddress = counter('login-address', LOGIN_FAILURES_PER_ADDRESS);
    this.codeByCode = counter('code-tried', CODE_FAILURES_PER_CODE);
    this.codeByAddress = counter('code-address', CODE_FAILURES_PER_ADDRESS);
  }

  /**
   * Counts the attempt as failed before anything is checked; a refused one (the seconds to wait)
   * is not counted at all. `subject` is the username or the code tried, as typed.
   */
  async begin(kind: SignInKind, address: string, subject: string): Promise<SignInAttempt | { retryAfterSeconds: number }> {
    const nowMs = this.clock.now();
    const attemptId = `${nowMs}:${randomUUID()}`;
    const counted = this.counted(kind, address, subject);
    const waits = await Promise.all(counted.map(({ attempts, key }) => attempts.begin(key, attemptId, nowMs)));
    const waitMs = Math.max(...waits);
    if (waitMs > 0) {
      await Promise.all(counted.filter((_, index) => waits[index] === 0).map(({ attempts, key }) => attempts.succeeded(key, attemptId, false)));
      return { retryAfterSeconds: Math.ceil(waitMs / 1000) };
    }
    return {
      succeeded: async () => {
        await Promise.all(counted.map(({ attempts, key, forgetOnSuccess }) => attempts.succeeded(key, attemptId, forgetOnSuccess)));
      },
    };
  }

  private counted(kind: SignInKind, address: string, subject: string): Counted[] {
    if (kind === 'code') {
      // Keyed by a digest: the counters never hold a code, and a huge input makes a short key.
      const code = createHash('sha256').update(normaliseAccessCode(subject) ?? subject).digest('base64url');
      return [
        { attempts: this.codeByCode, key: code, forgetOnSuccess: true },
        { attempts: this.codeByAddress, key: address, forgetOnSuccess: false },
      ];
    }
    return [
      { attempts: this.loginByAccount, key: `${address} ${subject}`, forgetOnSuccess: true },
      { attempts: this.loginByAddress, key: address, forgetOnSuccess: false },
    ];
  }
}
