import { Logger } from '@nestjs/common';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import type { Namespace, Socket } from 'socket.io';
import type { LiveLimits } from '../config/app-config';
import type { LiveError } from '../shared/live-events';

// A socket refused this many times within REFUSALS_WINDOW_S keeps going after being told: it goes.
const REFUSALS_BEFORE_DISCONNECT = 20;
const REFUSALS_WINDOW_S = 10;
const BUFFER_SWEEP_MS = 500;

/** What engine.io keeps for a socket that the client has not taken yet. */
interface EngineConnection {
  writeBuffer: { data?: unknown }[];
  transport?: { socket?: { bufferedAmount?: number; terminate?: () => void } };
  close(discard: boolean): void;
}

/** Bytes waiting to go to this client: engine.io's queue, and what the websocket has not written yet. */
export function bufferedBytes(socket: Pick<Socket, 'conn'>): number {
  const conn = socket.conn as unknown as EngineConnection;
  let bytes = conn.transport?.socket?.bufferedAmount ?? 0;
  for (const packet of conn.writeBuffer) {
    const { data } = packet;
    bytes += typeof data === 'string' ? data.length : data instanceof Uint8Array ? data.byteLength : 0;
  }
  return bytes;
}

/**
 * Bounds what one socket costs: events per second and joins per minute (an error ack, then the
 * socket goes if it keeps on), and what waits to be sent to it (a client that does not read is
 * disconnected before its queue grows past maxBufferedBytes).
 */
export class SocketLimits {
  private readonly logger = new Logger('Live');
  private readonly events: RateLimiterMemory;
  private readonly joins: RateLimiterMemory;
  private readonly refusals = new RateLimiterMemory({ points: REFUSALS_BEFORE_DISCONNECT, duration: REFUSALS_WINDOW_S });
  private sweep: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly limits: LiveLimits) {
    this.events = new RateLimiterMemory({ points: limits.eventsPerSecond, duration: 1 });
    this.joins = new RateLimiterMemory({ points: limits.joinsPerMinute, duration: 60 });
  }

  /** Pushes fill buffers too, with no event from the client: every socket is looked at twice a second. */
  watch(namespace: Namespace): void {
    this.sweep = setInterval(() => {
      for (const socket of namespace.sockets.values()) this.dropIfFlooded(socket);
    }, BUFFER_SWEEP_MS);
    this.sweep.unref();
  }

  stop(): void {
    if (this.sweep) clearInterval(this.sweep);
  }

  apply(socket: Socket): void {
    socket.use(([event, ...args], next) => {
      if (this.dropIfFlooded(socket)) return;
      const limited = event === 'meeting:join' ? [this.events, this.joins] : [this.events];
      Promise.all(limited.map((limiter) => limiter.consume(socket.id))).then(
        () => next(),
        () => this.refuse(socket, event, args),
      );
    });
  }

  private refuse(socket: Socket, event: string, args: unknown[]): void {
    const ack = args[args.length - 1];
    const refusal: LiveError = {
      error: { statusCode: 429, error: 'Too Many Requests', message: `Too many ${event} events on this connection: slow down`, code: 'TOO_MANY_REQUESTS' },
    };
    if (typeof ack === 'function') (ack as (reply: LiveError) => void)(refusal);
    this.refusals.consume(socket.id).catch(() => {
      this.logger.warn(`Disconnected a socket from ${socket.handshake.address} that kept sending past its limits`);
      socket.disconnect(true);
    });
  }

  private dropIfFlooded(socket: Socket): boolean {
    if (bufferedBytes(socket) <= this.limits.maxBufferedBytes) return false;
    this.logger.warn(`Disconnected a socket from ${socket.handshake.address} that does not read what it is sent`);
    // Not a polite close: that would wait for the buffer to drain, or for a close frame it will never read.
    const conn = socket.conn as unknown as EngineConnection;
    if (conn.transport?.socket?.terminate) conn.transport.socket.terminate();
    else conn.close(true);
    return true;
  }
}
