import { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import type Redis from 'ioredis';
import type { Server, ServerOptions } from 'socket.io';
import { logErrors } from '../persistence/redis-connection';

/**
 * Socket.IO with the API's CORS_ORIGINS (an overlay on an allowed site may use the polling
 * handshake), and with Redis, rooms shared through pub/sub: an instance emitting to a meeting's room
 * reaches the clients connected to every instance, each once (the adapter drops its own messages).
 */
export class LiveIoAdapter extends IoAdapter {
  private readonly redis: { pub: Redis; sub: Redis } | null;

  constructor(
    app: INestApplicationContext,
    private readonly corsOrigins: string[],
    redis: Redis | null,
  ) {
    super(app);
    // Subscribing takes a connection to itself; publishing gets its own so a slow rate-limit call never queues a broadcast.
    this.redis = redis ? { pub: logErrors(redis.duplicate()), sub: logErrors(redis.duplicate()) } : null;
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const cors = { origin: this.corsOrigins.length > 0 ? this.corsOrigins : false };
    const server = super.createIOServer(port, { ...options, cors } as ServerOptions) as Server;
    if (this.redis) server.adapter(createAdapter(this.redis.pub, this.redis.sub, { key: 'rostrum:socket.io' }));
    return server;
  }

  override async dispose(): Promise<void> {
    if (!this.redis) return;
    await Promise.all([this.redis.pub, this.redis.sub].map((client) => (client.status === 'end' ? undefined : client.quit())));
  }
}
