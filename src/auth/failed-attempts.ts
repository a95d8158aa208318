export interface FailureLimit {
  /** Failures allowed inside the window; the next attempt is refused. */
  maxFailures: number;
  windowMs: number;
  /** How long a key stays refused once it reached maxFailures. */
  blockMs: number;
}

/** Where failure counts live: this process (FailedAttempts) or Redis, shared by every instance. */
export interface FailureCounter {
  readonly limit: FailureLimit;
  retryAfterMs(key: string, nowMs: number): number | Promise<number>;
  recordFailure(key: string, nowMs: number): void | Promise<void>;
  reset(key: string): void | Promise<void>;
}

interface Entry {
  failures: number[];
  blockedUntil: number;
}

// Past this many tracked keys, entries with nothing live are dropped, so a spray of usernames
// cannot grow the map without bound.
const SWEEP_ABOVE_KEYS = 10_000;

/**
 * Counts failed attempts per key (an IP, an IP and a username) in a sliding window. Only failures
 * count: a desk that signs in many times, or a test suite, never meets the limit.
 */
export class FailedAttempts implements FailureCounter {
  private readonly entries = new Map<string, Entry>();

  constructor(readonly limit: FailureLimit) {}

  /** Milliseconds until the key may try again; 0 when it may now. */
  retryAfterMs(key: string, nowMs: number): number {
    const entry = this.entries.get(key);
    return entry && entry.blockedUntil > nowMs ? entry.blockedUntil - nowMs : 0;
  }

  recordFailure(key: string, nowMs: number): void {
    if (this.entries.size > SWEEP_ABOVE_KEYS) this.sweep(nowMs);
    const entry = this.entries.get(key) ?? { failures: [], blockedUntil: 0 };
    entry.failures = [...entry.failures.filter((at) => at > nowMs - this.limit.windowMs), nowMs];
    if (entry.failures.length >= this.limit.maxFailures) {
      entry.blockedUntil = nowMs + this.limit.blockMs;
      entry.failures = [];
    }
    this.entries.set(key, entry);
  }

  reset(key: string): void {
    this.entries.delete(key);
  }

  get trackedKeys(): number {
    return this.entries.size;
  }

  private sweep(nowMs: number): void {
    for (const [key, entry] of this.entries) {
      const live = entry.blockedUntil > nowMs || entry.failures.some((at) => at > nowMs - this.limit.windowMs);
      if (!live) this.entries.delete(key);
    }
  }
}
