import type { FailureCounter } from '../../src/auth/failed-attempts';

// The rules every store of sign-in failures follows (memory, database, Redis), one `it` each.
export const RULES_LIMIT = { maxFailures: 3, windowMs: 60_000, blockMs: 120_000 };
const T0 = 1_000_000;

export function describeFailureCounterRules(makeCounter: () => FailureCounter | Promise<FailureCounter>): void {
  let counter: FailureCounter;
  let serial = 0;
  beforeEach(async () => {
    counter = await makeCounter();
  });

  const attempt = (key: string, atMs = T0) => counter.begin(key, `attempt-${(serial += 1)}`, atMs);
  const failTimes = async (key: string, times: number, atMs = T0) => {
    for (let i = 0; i < times; i += 1) await attempt(key, atMs);
  };

  it('lets a key try while it has fewer failures than the limit', async () => {
    await failTimes('a', 2);
    await expect(attempt('a')).resolves.toBe(0);
  });

  it('counts an attempt when it starts: the one after the limit is refused before any ends', async () => {
    const waits = await Promise.all([0, 1, 2, 3, 4].map(() => attempt('a')));
    // Which of them come first is the store's business (several connections on PostgreSQL).
    expect(waits.sort((a, b) => a - b)).toEqual([0, 0, 0, 120_000, 120_000]);
  });

  it('blocks a key for blockMs once it reaches the limit', async () => {
    await failTimes('a', 3);
    await expect(attempt('a', T0 + 119_000)).resolves.toBe(1_000);
    await expect(attempt('a', T0 + 120_000)).resolves.toBe(0);
  });

  it('does not count a refused attempt, so a block is not renewed by trying during it', async () => {
    await failTimes('a', 3);
    await failTimes('a', 5, T0 + 60_000);
    await expect(attempt('a', T0 + 120_000)).resolves.toBe(0);
  });

  it('forgets failures older than the window', async () => {
    await failTimes('a', 2);
    await expect(attempt('a', T0 + 60_000)).resolves.toBe(0);
    await expect(attempt('a', T0 + 60_000)).resolves.toBe(0);
  });

  it('keeps keys apart', async () => {
    await failTimes('a', 3);
    await expect(attempt('b')).resolves.toBe(0);
  });

  it('takes back an attempt that succeeded', async () => {
    await failTimes('a', 1);
    await counter.begin('a', 'good', T0);
    await counter.succeeded('a', 'good', false);
    await failTimes('a', 1);
    await expect(attempt('a')).resolves.toBe(0);
  });

  it('forgets the whole key, block included, when asked on success', async () => {
    await failTimes('a', 3);
    await counter.succeeded('a', 'any', true);
    await expect(attempt('a')).resolves.toBe(0);
  });
}
