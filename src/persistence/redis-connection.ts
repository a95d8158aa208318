import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG, AppConfig } from '../config/app-config';

/**
 * The Redis client when REDIS_URL is set, shared by the rate limits; the Socket.IO adapter takes
 * its own duplicates. Null without REDIS_URL: one instance, everything in memory.
 */
@Injectable()
export class RedisConnection implements OnModuleInit, OnApplicationShutdown {
  readonly client: Redis | null;

  constructor(@Inject(APP_CONFIG) config: Pick<AppConfig, 'redisUrl'>) {
    this.client = config.redisUrl === undefined ? null : logErrors(new Redis(config.redisUrl, { lazyConnect: true }));
  }

  /** Fails the start when Redis cannot be reached, rather than queueing commands forever. */
  async onModuleInit(): Promise<void> {
    await this.client?.connect().catch((error: Error) => {
      throw new Error(`REDIS_URL: cannot connect to Redis (${error.message})`);
    });
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.client && this.client.status !== 'end') await this.client.quit();
  }
}

const logger = new Logger('Redis');

/** ioredis reconnects by itself; its errors are logged once per message rather than thrown. */
export function logErrors(client: Redis): Redis {
  let last = '';
  client.on('error', (error: Error) => {
    if (error.message !== last) logger.error(error.message);
    last = error.message;
  });
  client.on('ready', () => (last = ''));
  return client;
}
