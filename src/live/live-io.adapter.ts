import type { IncomingMessage } from 'node:http';
import { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import type Redis from 'ioredis';
import proxyAddr from 'proxy-addr';
import type { Server, ServerOptions } from 'socket.io';
import type { LiveLimits } from '../config/app-config';
import { logErrors } from '../persistence/redis-connection';

/** Express's compiled "trust proxy" setting: which hops' X-Forwarded-For to believe. */
export type TrustProxy = (address: string, hop: number) => boolean;

/**
 * The Socket.IO server with the API's CORS_ORIGINS (an overlay on an allowed site may use the polling
 * handshake) and its limits: the largest message a client may send, and how many connections one
 * address may hold (the client's address behind a trusted proxy). With Redis,
 * rooms are shared through pub/sub: an instance emitting to a meeting's room reaches the clients
 * connected to every instance, each once (the adapter drops its own messages).
 */
export class LiveIoAdapter extends IoAdapter {
  private readonly pub: Redis | null;
  private readonly sub: Redis | null;
  private readonly connectionsByAddress = new Map<string, number>();

  constructor(
    app: INestApplicationContext,
    private readonly corsOrigins: string[],
    private readonly limits: LiveLimits,
    private readonly trustProxy: TrustProxy,
    redis: Redis | null,
  ) {
    super(app);
    // Subscribing takes a connection to itself; publishing gets its own so a slow rate-limit call never queues a broadcast.
    this.pub = redis && logErrors(redis.duplicate());
    this.sub = redis && logErrors(redis.duplicate());
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, {
      ...options,
      cors: { origin: this.corsOrigins.length > 0 ? this.corsOrigins : false },
      maxHttpBufferSize: this.limits.maxMessageBytes,
      allowRequest: (request, answer) => {
        const held = this.connectionsByAddress.get(this.addressOf(request)) ?? 0;
        answer(held < this.limits.connectionsPerAddress ? null : 'Too many connections from this address', held < this.limits.connectionsPerAddress);
      },
    } as ServerOptions) as Server;
    server.engine.on('connection', (socket: { request: IncomingMessage; once(event: 'close', listener: () => void): void }) => {
      const address = this.addressOf(socket.request);
      this.connectionsByAddress.set(address, (this.connectionsByAddress.get(address) ?? 0) + 1);
      socket.once('close', () => {
        const left = (this.connectionsByAddress.get(address) ?? 1) - 1;
        if (left > 0) this.connectionsByAddress.set(address, left);
        else this.connectionsByAddress.delete(address);
      });
    });
    if (this.pub && this.sub) server.adapter(createAdapter(this.pub, this.sub, { key: 'rostrum:socket.io' }));
    return server;
  }

  override async dispose(): Promise<void> {
    await Promise.all([this.pub, this.sub].map((client) => (!client || client.status === 'end' ? undefined : client.quit())));
  }

  private addressOf(request: IncomingMessage): string {
    return proxyAddr(request, this.trustProxy);
  }
}
