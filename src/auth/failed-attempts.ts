export interface FailureLimit {
  /** Failures allowed inside the window; the next attempt is refused. */
  maxFailures: number;
  windowMs: number;
  /** How long a key stays refused once it reached maxFailures. */
  blockMs: number;
}

/**
 * Where failure counts live: the database, or Redis when instances share them. An attempt is
 * counted as a failure when it starts, before its password or code is checked, and taken back if
 * it succeeds: a burst of parallel guesses meets the limit before any of them is checked.
 */
export interface FailureCounter {
  readonly limit: FailureLimit;
  /** Counts the attempt; returns 0 when it may run, else the milliseconds until the key may try again (not counted). */
  begin(key: string, attemptId: string, nowMs: number): Promise<number>;
  /** The attempt succeeded: forget the key (`forgetKey`) or take back just this attempt. */
  succeeded(key: string, attemptId: string, forgetKey: boolean): Promise<void>;
}

/** One key's record: the attempts counted inside the window, and until when it is refused. */
export interface AttemptRecord {
  attempts: { atMs: number; id: string }[];
  blockedUntilMs: number;
}

export const NO_ATTEMPTS: AttemptRecord = { attempts: [], blockedUntilMs: 0 };

/** The sliding window and block as one pure step, shared by every store. */
export function beginAttempt(record: AttemptRecord, limit: FailureLimit, attemptId: string, nowMs: number): { record: AttemptRecord; waitMs: number } {
  if (record.blockedUntilMs > nowMs) return { record, waitMs: record.blockedUntilMs - nowMs };
  const attempts = [...record.attempts.filter((attempt) => attempt.atMs > nowMs - limit.windowMs), { atMs: nowMs, id: attemptId }];
  // The attempt that reaches the limit still runs; the next one is refused.
  if (attempts.length >= limit.maxFailures) return { record: { attempts: [], blockedUntilMs: nowMs + limit.blockMs }, waitMs: 0 };
  return { record: { attempts, blockedUntilMs: 0 }, waitMs: 0 };
}

export function takeBackAttempt(record: AttemptRecord, attemptId: string): AttemptRecord {
  return { ...record, attempts: record.attempts.filter((attempt) => attempt.id !== attemptId) };
}

/** Whether the record still matters at this instant; one that does not may be dropped. */
export function isLive(record: AttemptRecord, limit: FailureLimit, nowMs: number): boolean {
  return record.blockedUntilMs > nowMs || record.attempts.some((attempt) => attempt.atMs > nowMs - limit.windowMs);
}
