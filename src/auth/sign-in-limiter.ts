import { Inject, Injectable } from '@nestjs/common';
import type { Clock } from '../domain/clock';
import { CLOCK } from '../persistence/clock.provider';
import { RedisConnection } from '../persistence/redis-connection';
import { FailedAttempts, FailureCounter, FailureLimit } from './failed-attempts';
import { RedisFailedAttempts } from './redis-failed-attempts';
import { CODE_FAILURES_PER_ADDRESS, LOGIN_FAILURES_PER_ACCOUNT, LOGIN_FAILURES_PER_ADDRESS } from './sign-in-limits';

export type SignInKind = 'login' | 'code';

interface Counted {
  attempts: FailureCounter;
  key: string;
  /** Whether a success clears it: never for per-address counts, or one good code would wipe a brute force's record. */
  resetOnSuccess: boolean;
}

/** Holds the failure counts: in memory for one instance, in Redis (REDIS_URL) when several share the load. */
@Injectable()
export class SignInLimiter {
  private readonly loginByAccount: FailureCounter;
  private readonly loginByAddress: FailureCounter;
  private readonly codeByAddress: FailureCounter;

  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    redis: RedisConnection,
  ) {
    const counter = (name: string, limit: FailureLimit): FailureCounter =>
      redis.client ? new RedisFailedAttempts(redis.client, name, limit) : new FailedAttempts(limit);
    this.loginByAccount = counter('login-account', LOGIN_FAILURES_PER_ACCOUNT);
    this.loginByAddress = counter('login-address', LOGIN_FAILURES_PER_ADDRESS);
    this.codeByAddress = counter('code-address', CODE_FAILURES_PER_ADDRESS);
  }

  /** Seconds to wait before this attempt may run, 0 when it may run now. */
  async retryAfterSeconds(kind: SignInKind, address: string, username: string): Promise<number> {
    const nowMs = this.clock.now();
    const waits = await Promise.all(this.counted(kind, address, username).map(({ attempts, key }) => attempts.retryAfterMs(key, nowMs)));
    return Math.ceil(Math.max(...waits) / 1000);
  }

  async recordFailure(kind: SignInKind, address: string, username: string): Promise<void> {
    const nowMs = this.clock.now();
    await Promise.all(this.counted(kind, address, username).map(({ attempts, key }) => attempts.recordFailure(key, nowMs)));
  }

  async recordSuccess(kind: SignInKind, address: string, username: string): Promise<void> {
    const cleared = this.counted(kind, address, username).filter(({ resetOnSuccess }) => resetOnSuccess);
    await Promise.all(cleared.map(({ attempts, key }) => attempts.reset(key)));
  }

  private counted(kind: SignInKind, address: string, username: string): Counted[] {
    if (kind === 'code') return [{ attempts: this.codeByAddress, key: address, resetOnSuccess: false }];
    return [
      { attempts: this.loginByAccount, key: `${address} ${username}`, resetOnSuccess: true },
      { attempts: this.loginByAddress, key: address, resetOnSuccess: false },
    ];
  }
}
