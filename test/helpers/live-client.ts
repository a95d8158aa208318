import { io, Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../src/shared/live-events';
import type { TestApp } from './create-test-app';

export type LiveClient = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A Socket.IO client on /live, connected (or rejected) before it is returned. */
export async function connectLive(testApp: TestApp, token?: string): Promise<LiveClient> {
  const socket: LiveClient = io(`${testApp.url}/live`, {
    transports: ['websocket'],
    auth: token === undefined ? {} : { token },
    reconnection: false,
    forceNew: true,
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
  return socket;
}

export function emitWithAck<T>(socket: LiveClient, event: string, payload: unknown): Promise<T> {
  return (socket as unknown as Socket).timeout(5000).emitWithAck(event, payload) as Promise<T>;
}

/** The next time the server pushes `event` to this client. */
export function nextEvent<E extends keyof ServerToClientEvents>(socket: LiveClient, event: E): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  return new Promise((resolve) => {
    (socket as unknown as Socket).once(event as string, (payload: Parameters<ServerToClientEvents[E]>[0]) => resolve(payload));
  });
}

/**
 * The first push of `event` that satisfies `accept`: list pushes are merged and may trail a change
 * by up to 200 ms, so one that was on its way before the change may come first.
 */
export function eventWhere<E extends keyof ServerToClientEvents>(
  socket: LiveClient,
  event: E,
  accept: (payload: Parameters<ServerToClientEvents[E]>[0]) => boolean,
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  return new Promise((resolve) => {
    const listener = (payload: Parameters<ServerToClientEvents[E]>[0]) => {
      if (!accept(payload)) return;
      (socket as unknown as Socket).off(event as string, listener);
      resolve(payload);
    };
    (socket as unknown as Socket).on(event as string, listener);
  });
}
