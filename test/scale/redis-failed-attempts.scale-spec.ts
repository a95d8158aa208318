import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { RedisFailedAttempts } from '../../src/auth/redis-failed-attempts';
import { describeFailureCounterRules, RULES_LIMIT } from '../helpers/failure-counter-rules';
import { scale } from './scale-env';

describe('RedisFailedAttempts', () => {
  let redis: Redis;

  beforeAll(() => {
    redis = new Redis(scale.redisUrl);
  });

  afterAll(() => redis.quit());

  describeFailureCounterRules(() => new RedisFailedAttempts(redis, `spec-${randomBytes(4).toString('hex')}`, RULES_LIMIT));
});
