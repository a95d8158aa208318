import { once } from 'node:events';
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
  const [outcome] = await Promise.race([once(socket, 'connect').then(() => ['ok']), once(socket, 'connect_error')]);
  if (outcome !== 'ok') {
    socket.close();
    throw outcome as Error;
  }
  return socket;
}

export function emitWithAck<T>(socket: LiveClient, event: string, payload: unknown): Promise<T> {
  return (socket as unknown as Socket).timeout(5000).emitWithAck(event, payload) as Promise<T>;
}
