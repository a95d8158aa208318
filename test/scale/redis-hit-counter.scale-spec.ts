import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { RedisHitCounter } from '../../src/common/principal-hit-counter';
import { scale } from './scale-env';

// The per-principal window of src/common/principal-rate-limit.spec.ts, on the Redis store the instances share.
const T0 = 1_000_000;
const WINDOW_MS = 10_000;

describe('RedisHitCounter', () => {
  let redis: Redis;
  let counter: RedisHitCounter;
  let key: string;

  beforeAll(() => {
    redis = new Redis(scale.redisUrl);
    counter = new RedisHitCounter(redis);
  });

  afterAll(() => redis.quit());

  beforeEach(() => {
    key = `spec-${randomBytes(4).toString('hex')}`;
  });

  it('counts hits up to the limit, then answers how long to wait for the oldest to leave the window', async () => {
    await expect(counter.hit(key, T0, 2, WINDOW_MS)).resolves.toBe(0);
    await expect(counter.hit(key, T0 + 4_000, 2, WINDOW_MS)).resolves.toBe(0);
    await expect(counter.hit(key, T0 + 5_000, 2, WINDOW_MS)).resolves.toBe(5_000);
  });

  it('slides: a hit a window old no longer counts', async () => {
    await counter.hit(key, T0, 1, WINDOW_MS);
    await expect(counter.hit(key, T0 + WINDOW_MS, 1, WINDOW_MS)).resolves.toBe(0);
  });

  it('counts hits at the same millisecond separately', async () => {
    const waits = await Promise.all([0, 1, 2].map(() => counter.hit(key, T0, 2, WINDOW_MS)));
    expect(waits.filter((wait) => wait > 0)).toHaveLength(1);
  });
});
