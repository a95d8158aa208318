import { randomUUID } from 'node:crypto';
import type Redis from 'ioredis';

/** A sliding window of hits per key; answers how long to wait (ms) when the window is full, else 0 and counts the hit. */
export interface HitCounter {
  hit(key: string, nowMs: number, limit: number, windowMs: number): Promise<number>;
}

export class MemoryHitCounter implements HitCounter {
  private readonly recent = new Map<string, number[]>();

  async hit(key: string, nowMs: number, limit: number, windowMs: number): Promise<number> {
    const hits = (this.recent.get(key) ?? []).filter((at) => at > nowMs - windowMs);
    if (hits.length >= limit) {
      this.recent.set(key, hits);
      return hits[0] + windowMs - nowMs;
    }
    this.recent.set(key, [...hits, nowMs]);
    return 0;
  }
}

// KEYS: the hits (sorted set of times). ARGV: now, window, limit, member. One script, so instances never race.
const HIT = `
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return tonumber(oldest[2]) + window - now
end
redis.call('ZADD', KEYS[1], now, ARGV[4])
redis.call('PEXPIRE', KEYS[1], window)
return 0
`;

/** The same window kept in Redis, so several instances count one principal's requests together. */
export class RedisHitCounter implements HitCounter {
  constructor(private readonly redis: Redis) {}

  async hit(key: string, nowMs: number, limit: number, windowMs: number): Promise<number> {
    const waitMs = await this.redis.eval(HIT, 1, `rostrum:rate:{${key}}`, nowMs, windowMs, limit, `${nowMs}:${randomUUID()}`);
    return Number(waitMs);
  }
}
