import type { HttpException } from '@nestjs/common';
import { httpError } from '../common/domain-exception.filter';
import type { FailureLimit } from './failed-attempts';

const MINUTE_MS = 60_000;

// Counted per principal first: the username or the code tried. A venue's wifi puts every
// delegation behind one address, so the per-address count only stops a spray, with far more room.
/** Failed officer sign-ins for one username from one address. */
export const LOGIN_FAILURES_PER_ACCOUNT: FailureLimit = { maxFailures: 10, windowMs: MINUTE_MS, blockMs: MINUTE_MS };
/** Failed officer sign-ins from one address whatever the username, against username spraying. */
export const LOGIN_FAILURES_PER_ADDRESS: FailureLimit = { maxFailures: 100, windowMs: MINUTE_MS, blockMs: MINUTE_MS };
/** Failed redemptions of one code (a mistyped or revoked one tried again and again). */
export const CODE_FAILURES_PER_CODE: FailureLimit = { maxFailures: 10, windowMs: MINUTE_MS, blockMs: MINUTE_MS };
/** Failed access-code redemptions from one address: 200 a minute against 2^80 codes is nothing. */
export const CODE_FAILURES_PER_ADDRESS: FailureLimit = { maxFailures: 200, windowMs: MINUTE_MS, blockMs: MINUTE_MS };

/** Every sign-in request, failed or not, per address (@nestjs/throttler): a flood backstop only. */
export const SIGN_IN_REQUESTS_PER_MINUTE = 300;
export const SIGN_IN_THROTTLE_TTL_MS = MINUTE_MS;

/** 429 in the app's {statusCode, error, message} shape. */
export function tooManyAttempts(retryAfterSeconds: number): HttpException {
  return httpError('TOO_MANY_ATTEMPTS', `Too many attempts: try again in ${retryAfterSeconds} seconds`);
}
