import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { RedisFailedAttempts } from '../../src/auth/redis-failed-attempts';
import { scale } from './scale-env';

// The rules of src/auth/failed-attempts.spec.ts, on the Redis store the instances share.
const LIMIT = { maxFailures: 3, windowMs: 60_000, blockMs: 120_000 };
const T0 = 1_000_000;

describe('RedisFailedAttempts', () => {
  let redis: Redis;
  let attempts: RedisFailedAttempts;

  beforeAll(() => {
    redis = new Redis(scale.redisUrl);
  });

  afterAll(() => redis.quit());

  beforeEach(() => {
    attempts = new RedisFailedAttempts(redis, `spec-${randomBytes(4).toString('hex')}`, LIMIT);
  });

  const failTimes = async (key: string, times: number, atMs = T0) => {
    for (let i = 0; i < times; i += 1) await attempts.recordFailure(key, atMs);
  };

  it('lets a key try while it has fewer failures than the limit', async () => {
    await failTimes('a', 2);
    await expect(attempts.retryAfterMs('a', T0)).resolves.toBe(0);
  });

  it('blocks a key for blockMs once it reaches the limit', async () => {
    await failTimes('a', 3);
    await expect(attempts.retryAfterMs('a', T0)).resolves.toBe(120_000);
    await expect(attempts.retryAfterMs('a', T0 + 119_000)).resolves.toBe(1_000);
    await expect(attempts.retryAfterMs('a', T0 + 120_000)).resolves.toBe(0);
  });

  it('forgets failures older than the window', async () => {
    await failTimes('a', 2);
    await attempts.recordFailure('a', T0 + 60_000);
    await expect(attempts.retryAfterMs('a', T0 + 60_000)).resolves.toBe(0);
  });

  it('counts failures at the same millisecond separately', async () => {
    await Promise.all([0, 1, 2].map(() => attempts.recordFailure('a', T0)));
    await expect(attempts.retryAfterMs('a', T0)).resolves.toBe(120_000);
  });

  it('starts counting afresh after a block ends', async () => {
    await failTimes('a', 3);
    await attempts.recordFailure('a', T0 + 120_000);
    await expect(attempts.retryAfterMs('a', T0 + 120_000)).resolves.toBe(0);
  });

  it('keeps keys apart', async () => {
    await failTimes('a', 3);
    await expect(attempts.retryAfterMs('b', T0)).resolves.toBe(0);
  });

  it('clears a key on reset', async () => {
    await failTimes('a', 3);
    await attempts.reset('a');
    await expect(attempts.retryAfterMs('a', T0)).resolves.toBe(0);
  });
});
