import type Redis from 'ioredis';
import type { FailureCounter, FailureLimit } from './failed-attempts';

// KEYS: attempts (sorted set of attempt ids by time), blocked (until when, ms).
// ARGV: now, window, max, block, attempt id. Returns the ms to wait, 0 when the attempt may run.
// One script, so two instances counting the same key never lose an attempt between read and write.
const BEGIN_ATTEMPT = `
local now = tonumber(ARGV[1])
local blocked = tonumber(redis.call('GET', KEYS[2]) or '0')
if blocked > now then return blocked - now end
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

/** FailedAttempts' sliding window and block, kept in Redis so every instance counts the same attempts. */
export class RedisFailedAttempts implements FailureCounter {
  constructor(
    private readonly redis: Redis,
    private readonly name: string,
    readonly limit: FailureLimit,
  ) {}

  async begin(key: string, attemptId: string, nowMs: number): Promise<number> {
    const { attempts, blocked } = this.keys(key);
    const { windowMs, maxFailures, blockMs } = this.limit;
    return Number(await this.redis.eval(BEGIN_ATTEMPT, 2, attempts, blocked, nowMs, windowMs, maxFailures, blockMs, attemptId));
  }

  async succeeded(key: string, attemptId: string, forgetKey: boolean): Promise<void> {
    const { attempts, blocked } = this.keys(key);
    if (forgetKey) await this.redis.del(attempts, blocked);
    else await this.redis.zrem(attempts, attemptId);
  }

  private keys(key: string): { attempts: string; blocked: string } {
    // The hash tag keeps both keys on one cluster slot, as a script needs.
    const base = `rostrum:sign-in:${this.name}:{${key}}`;
    return { attempts: `${base}:failures`, blocked: `${base}:blocked` };
  }
}
