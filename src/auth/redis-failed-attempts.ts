import { randomUUID } from 'node:crypto';
import type Redis from 'ioredis';
import type { FailureCounter, FailureLimit } from './failed-attempts';

// KEYS: failures (sorted set of failure times), blocked (until when, ms). ARGV: now, window, max, block, member.
// One script, so two instances counting the same key never lose a failure between read and write.
const RECORD_FAILURE = `
local now = tonumber(ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - tonumber(ARGV[2]))
redis.call('ZADD', KEYS[1], now, ARGV[5])
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then
  redis.call('SET', KEYS[2], now + tonumber(ARGV[4]), 'PX', ARGV[4])
  redis.call('DEL', KEYS[1])
else
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0
`;

/** FailedAttempts' sliding window and block, kept in Redis so every instance counts the same failures. */
export class RedisFailedAttempts implements FailureCounter {
  constructor(
    private readonly redis: Redis,
    private readonly name: string,
    readonly limit: FailureLimit,
  ) {}

  async retryAfterMs(key: string, nowMs: number): Promise<number> {
    const blockedUntil = Number((await this.redis.get(this.keys(key).blocked)) ?? 0);
    return blockedUntil > nowMs ? blockedUntil - nowMs : 0;
  }

  async recordFailure(key: string, nowMs: number): Promise<void> {
    const { failures, blocked } = this.keys(key);
    const { windowMs, maxFailures, blockMs } = this.limit;
    await this.redis.eval(RECORD_FAILURE, 2, failures, blocked, nowMs, windowMs, maxFailures, blockMs, `${nowMs}:${randomUUID()}`);
  }

  async reset(key: string): Promise<void> {
    const { failures, blocked } = this.keys(key);
    await this.redis.del(failures, blocked);
  }

  private keys(key: string): { failures: string; blocked: string } {
    // The hash tag keeps both keys on one cluster slot, as a script needs.
    const base = `rostrum:sign-in:${this.name}:{${key}}`;
    return { failures: `${base}:failures`, blocked: `${base}:blocked` };
  }
}
