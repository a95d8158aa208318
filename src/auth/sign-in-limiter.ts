import { Inject, Injectable } from '@nestjs/common';
import type { Clock } from '../domain/clock';
import { CLOCK } from '../persistence/clock.provider';
import { FailedAttempts } from './failed-attempts';
import { CODE_FAILURES_PER_ADDRESS, LOGIN_FAILURES_PER_ACCOUNT, LOGIN_FAILURES_PER_ADDRESS } from './sign-in-limits';

export type SignInKind = 'login' | 'code';

interface Counted {
  attempts: FailedAttempts;
  key: string;
  /** Whether a success clears it: never for per-address counts, or one good code would wipe a brute force's record. */
  resetOnSuccess: boolean;
}

/** Holds the failure counts for the app's lifetime (in memory: one instance serves a conference). */
@Injectable()
export class SignInLimiter {
  private readonly loginByAccount = new FailedAttempts(LOGIN_FAILURES_PER_ACCOUNT);
  private readonly loginByAddress = new FailedAttempts(LOGIN_FAILURES_PER_ADDRESS);
  private readonly codeByAddress = new FailedAttempts(CODE_FAILURES_PER_ADDRESS);

  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  /** Seconds to wait before this attempt may run, 0 when it may run now. */
  retryAfterSeconds(kind: SignInKind, address: string, username: string): number {
    const nowMs = this.clock.now();
    const waitMs = Math.max(...this.counted(kind, address, username).map(({ attempts, key }) => attempts.retryAfterMs(key, nowMs)));
    return Math.ceil(waitMs / 1000);
  }

  recordFailure(kind: SignInKind, address: string, username: string): void {
    const nowMs = this.clock.now();
    for (const { attempts, key } of this.counted(kind, address, username)) attempts.recordFailure(key, nowMs);
  }

  recordSuccess(kind: SignInKind, address: string, username: string): void {
    for (const { attempts, key, resetOnSuccess } of this.counted(kind, address, username)) {
      if (resetOnSuccess) attempts.reset(key);
    }
  }

  private counted(kind: SignInKind, address: string, username: string): Counted[] {
    if (kind === 'code') return [{ attempts: this.codeByAddress, key: address, resetOnSuccess: false }];
    return [
      { attempts: this.loginByAccount, key: `${address} ${username}`, resetOnSuccess: true },
      { attempts: this.loginByAddress, key: address, resetOnSuccess: false },
    ];
  }
}
