import { io, Socket } from 'socket.io-client';
import type { FloorStateView } from '../../src/shared/api-types';
import { LIVE_NAMESPACE, MeetingSnapshot } from '../../src/shared/live-events';

const PUSH_TIMEOUT_MS = 10_000;

/** A display on one instance: joined to a meeting, recording every floor push it gets. */
export interface Display {
  socket: Socket;
  snapshot: MeetingSnapshot;
  floors: FloorStateView[];
  /** Resolves with the first recorded floor push that matches; rejects after 10 s without one. */
  floorWhere(match: (floor: FloorStateView) => boolean): Promise<FloorStateView>;
  close(): void;
}

export async function joinDisplay(url: string, token: string, meetingId: number, options: { reconnect?: boolean } = {}): Promise<Display> {
  const socket = io(`${url}${LIVE_NAMESPACE}`, {
    transports: ['websocket'],
    auth: { token },
    forceNew: true,
    reconnection: options.reconnect ?? false,
    reconnectionDelay: 100,
    reconnectionDelayMax: 500,
  });
  const floors: FloorStateView[] = [];
  const waiters: { match: (floor: FloorStateView) => boolean; resolve: (floor: FloorStateView) => void }[] = [];
  socket.on('floor:state', (floor: FloorStateView) => {
    floors.push(floor);
    for (const waiter of waiters.filter((w) => w.match(floor))) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(floor);
    }
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  const snapshot = await join(socket, meetingId);
  return {
    socket,
    snapshot,
    floors,
    floorWhere: (match) => {
      const seen = floors.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const waiter = { match, resolve: (floor: FloorStateView) => (clearTimeout(timer), resolve(floor)) };
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(waiter), 1);
          reject(new Error(`no matching floor:state in ${PUSH_TIMEOUT_MS} ms; got versions [${floors.map((f) => f.version)}]`));
        }, PUSH_TIMEOUT_MS);
        waiters.push(waiter);
      });
    },
    close: () => socket.close(),
  };
}

export async function join(socket: Socket, meetingId: number): Promise<MeetingSnapshot> {
  const reply = (await socket.timeout(10_000).emitWithAck('meeting:join', { meetingId })) as MeetingSnapshot | { error: unknown };
  if ('error' in reply) throw new Error(`meeting:join: ${JSON.stringify(reply.error)}`);
  return reply;
}

/** The socket's next (re)connection; rejects after 10 s without one. */
export function reconnection(socket: Socket): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no reconnection in ${PUSH_TIMEOUT_MS} ms`)), PUSH_TIMEOUT_MS);
    socket.once('connect', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
