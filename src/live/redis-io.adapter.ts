import { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import type Redis from 'ioredis';
import type { Server, ServerOptions } from 'socket.io';
import { logErrors } from '../persistence/redis-connection';

/**
 * Socket.IO rooms shared through Redis pub/sub: an instance emitting to a meeting's room reaches the
 * clients connected to every instance, each once (the adapter drops its own messages).
 */
export class RedisIoAdapter extends IoAdapter {
  private readonly pub: Redis;
  private readonly sub: Redis;

  constructor(app: INestApplicationContext, redis: Redis) {
    super(app);
    // Subscribing takes a connection to itself; publishing gets its own so a slow rate-limit call never queues a broadcast.
    this.pub = logErrors(redis.duplicate());
    this.sub = logErrors(redis.duplicate());
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, options) as Server;
    server.adapter(createAdapter(this.pub, this.sub, { key: 'rostrum:socket.io' }));
    return server;
  }

  override async dispose(): Promise<void> {
    await Promise.all([this.pub, this.sub].map((client) => (client.status === 'end' ? undefined : client.quit())));
  }
}
