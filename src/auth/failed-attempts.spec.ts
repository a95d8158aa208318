import { FailedAttempts } from './failed-attempts';

const LIMIT = { maxFailures: 3, windowMs: 60_000, blockMs: 120_000 };
const T0 = 1_000_000;

function failTimes(attempts: FailedAttempts, key: string, times: number, atMs = T0): void {
  for (let i = 0; i < times; i += 1) attempts.recordFailure(key, atMs);
}

describe('FailedAttempts', () => {
  it('lets a key try while it has fewer failures than the limit', () => {
    const attempts = new FailedAttempts(LIMIT);
    failTimes(attempts, 'a', 2);
    expect(attempts.retryAfterMs('a', T0)).toBe(0);
  });

  it('blocks a key for blockMs once it reaches the limit', () => {
    const attempts = new FailedAttempts(LIMIT);
    failTimes(attempts, 'a', 3);
    expect(attempts.retryAfterMs('a', T0)).toBe(120_000);
    expect(attempts.retryAfterMs('a', T0 + 119_000)).toBe(1_000);
    expect(attempts.retryAfterMs('a', T0 + 120_000)).toBe(0);
  });

  it('forgets failures older than the window', () => {
    const attempts = new FailedAttempts(LIMIT);
    failTimes(attempts, 'a', 2);
    attempts.recordFailure('a', T0 + 60_000);
    expect(attempts.retryAfterMs('a', T0 + 60_000)).toBe(0);
  });

  it('starts counting afresh after a block ends', () => {
    const attempts = new FailedAttempts(LIMIT);
    failTimes(attempts, 'a', 3);
    attempts.recordFailure('a', T0 + 120_000);
    expect(attempts.retryAfterMs('a', T0 + 120_000)).toBe(0);
  });

  it('keeps keys apart', () => {
    const attempts = new FailedAttempts(LIMIT);
    failTimes(attempts, 'a', 3);
    expect(attempts.retryAfterMs('b', T0)).toBe(0);
  });

  it('clears a key on reset', () => {
    const attempts = new FailedAttempts(LIMIT);
    failTimes(attempts, 'a', 3);
    attempts.reset('a');
    expect(attempts.retryAfterMs('a', T0)).toBe(0);
  });

  it('drops idle keys when many are tracked, keeping blocked ones', () => {
    const attempts = new FailedAttempts(LIMIT);
    failTimes(attempts, 'blocked', 3);
    for (let i = 0; i <= 10_000; i += 1) attempts.recordFailure(`spray-${i}`, T0);
    attempts.recordFailure('late', T0 + 61_000);
    expect(attempts.retryAfterMs('blocked', T0 + 61_000)).toBe(59_000);
    expect(attempts.trackedKeys).toBe(2);
  });
});
