// A load generator: many Socket.IO clients (websocket transport) and HTTP callers in one process,
// driven by the bench over IPC. Everything it waits for has a timeout; it exits with its parent.
import { randomUUID } from 'node:crypto';
import { io, Socket } from 'socket.io-client';
import { ClockSample, estimateClockOffset, measureClockOffset } from '../client/lib/clock-offset';
import { keepAliveAgent, requestJson } from './http-client';
import {
  AllArrived,
  arrivalKey,
  ArrivalsResult,
  AudienceResult,
  ClockResult,
  ConnectResult,
  Reply,
  Request,
  RushResult,
  ViewerRecord,
  WorkerCommand,
  WorkerReady,
} from './protocol';
import { preciseNow } from './stats';

const CONNECT_TIMEOUT_MS = 20_000;
const ACK_TIMEOUT_MS = 20_000;
const AUDIENCE_POLL_MS = 50;

interface Group {
  sockets: Socket[];
  /** floor version -> arrival times */
  arrivals: Map<number, number[]>;
}
const groups = new Map<string, Group>();
interface Viewer extends ViewerRecord {
  socket: Socket;
}
const audiences = new Map<string, Viewer[]>();
let rushAgent = keepAliveAgent();

const allSockets = () => [...groups.values()].flatMap((group) => group.sockets);

function send(message: Reply | AllArrived | WorkerReady): void {
  process.send?.(message);
}

function onFloorState(tag: string, group: Group, state: { version?: unknown }): void {
  const at = preciseNow();
  if (typeof state?.version !== 'number') return;
  let times = group.arrivals.get(state.version);
  if (!times) group.arrivals.set(state.version, (times = []));
  times.push(at);
  if (times.length === group.sockets.length) send({ type: 'all-arrived', key: arrivalKey(tag, state.version) });
}

function connectOne(url: string, meetingId: number | undefined, onState?: (state: { version?: unknown }) => void): Promise<Socket> {
  return new Promise((resolve, reject) => {
    // forceNew: one engine (one websocket) per client, as separate browsers would have.
    const socket = io(`${url}/live`, { transports: ['websocket'], forceNew: true, reconnection: false, timeout: CONNECT_TIMEOUT_MS });
    const fail = (error: Error) => {
      socket.close();
      reject(error);
    };
    socket.once('connect_error', fail);
    socket.once('connect', () => {
      socket.off('connect_error', fail);
      if (onState) socket.on('floor:state', onState);
      if (meetingId === undefined) return resolve(socket);
      socket
        .timeout(ACK_TIMEOUT_MS)
        .emitWithAck('meeting:join', { meetingId })
        .then((reply: { error?: unknown }) => (reply?.error ? fail(new Error(JSON.stringify(reply.error))) : resolve(socket)), fail);
    });
  });
}

/** Opens `count` clients, `concurrency` at a time; `opened` gets each as it has joined. */
async function openMany(
  url: string,
  count: number,
  meetingId: number | undefined,
  concurrency: number,
  opened: (socket: Socket) => void,
  onState?: (state: { version?: unknown }) => void,
): Promise<ConnectResult> {
  let connected = 0;
  const failures: string[] = [];
  for (let start = 0; start < count; start += concurrency) {
    const batch = Array.from({ length: Math.min(concurrency, count - start) }, () =>
      connectOne(url, meetingId, onState).then((socket) => {
        connected += 1;
        opened(socket);
      }),
    );
    for (const outcome of await Promise.allSettled(batch)) {
      if (outcome.status === 'rejected') failures.push(String(outcome.reason instanceof Error ? outcome.reason.message : outcome.reason));
    }
  }
  return { connected, failures: failures.slice(0, 5) };
}

function connect(tag: string, url: string, count: number, meetingId: number | undefined, concurrency: number): Promise<ConnectResult> {
  const group: Group = { sockets: [], arrivals: new Map() };
  groups.set(tag, group);
  return openMany(url, count, meetingId, concurrency, (socket) => group.sockets.push(socket), (state) => onFloorState(tag, group, state));
}

/** A public viewer from its join ack on: what a webcast screen is sent, in pushes and in bytes. */
function follow(socket: Socket): Viewer {
  const viewer: Viewer = { socket, version: 0, seenAtMs: null, pushes: 0, bytes: 0, disconnectReason: null };
  socket.on('speakers:list', (list: { version?: unknown }) => {
    const at = preciseNow();
    viewer.pushes += 1;
    if (typeof list?.version === 'number' && list.version > viewer.version) {
      viewer.version = list.version;
      viewer.seenAtMs = at;
    }
  });
  // The packet as the websocket frame brought it: its type character, then the socket.io packet text.
  socket.io.engine.on('packet', (packet) => {
    if (packet.type === 'message' && typeof packet.data === 'string') viewer.bytes += 1 + Buffer.byteLength(packet.data);
  });
  socket.once('disconnect', (reason) => {
    viewer.disconnectReason = reason;
  });
  return viewer;
}

function watch(tag: string, url: string, count: number, meetingId: number, concurrency: number): Promise<ConnectResult> {
  const viewers: Viewer[] = [];
  audiences.set(tag, viewers);
  return openMany(url, count, meetingId, concurrency, (socket) => viewers.push(follow(socket)));
}

async function audience(tag: string, version: number, timeoutMs: number): Promise<AudienceResult> {
  const viewers = audiences.get(tag) ?? [];
  const giveUpAt = preciseNow() + timeoutMs;
  while (preciseNow() < giveUpAt && viewers.some((viewer) => viewer.disconnectReason === null && viewer.version < version)) {
    await new Promise((resolve) => setTimeout(resolve, AUDIENCE_POLL_MS));
  }
  return { viewers: viewers.map(({ socket: _socket, ...record }) => record) };
}

/** As client/lib/live.ts measures on connect: measureClockOffset with its defaults, over clock:ping. */
async function measureOne(socket: Socket, delayMs: number): Promise<ClockResult['estimates'][number] | null> {
  await new Promise((resolve) => setTimeout(resolve, delayMs));
  const samples: ClockSample[] = [];
  const estimate = await measureClockOffset(async (t0) => {
    const { serverNow } = (await socket.timeout(ACK_TIMEOUT_MS).emitWithAck('clock:ping', { t0 })) as { serverNow: number };
    samples.push({ t0, serverNow, t1: Date.now() });
    return serverNow;
  }, Date.now);
  const fastest = estimateClockOffset(samples, 1);
  return estimate && fastest ? { offsetMs: estimate.offsetMs, roundTripMs: estimate.roundTripMs, fastestOnlyOffsetMs: fastest.offsetMs } : null;
}

async function clock(spreadMs: number): Promise<ClockResult> {
  const estimates = await Promise.all(allSockets().map((socket) => measureOne(socket, Math.random() * spreadMs)));
  const good = estimates.filter((estimate) => estimate !== null);
  return { estimates: good, failed: estimates.length - good.length };
}

function disconnect(): { closed: number } {
  const sockets = [...allSockets(), ...[...audiences.values()].flatMap((viewers) => viewers.map((viewer) => viewer.socket))];
  for (const socket of sockets) socket.close();
  groups.clear();
  audiences.clear();
  return { closed: sockets.length };
}

async function prewarm(url: string, count: number): Promise<{ warmed: number }> {
  rushAgent.destroy();
  rushAgent = keepAliveAgent();
  // Concurrent requests each take a connection of their own; the agent keeps them open.
  const replies = await Promise.all(Array.from({ length: count }, () => requestJson('GET', `${url}/api/health`, { agent: rushAgent })));
  return { warmed: replies.filter((reply) => reply.status === 200).length };
}

async function rush(url: string, meetingId: number, delegates: { token: string; delegationId: number }[], atMs: number): Promise<RushResult> {
  const waitMs = atMs - preciseNow();
  if (waitMs > 0) await new Promise((resolve) => setTimeout(resolve, waitMs));
  const requests = await Promise.all(
    delegates.map(async ({ token, delegationId }) => {
      const sentAtMs = preciseNow();
      try {
        const body = { delegationId, capacity: 'national', requestId: randomUUID() };
        const reply = await requestJson('POST', `${url}/api/meetings/${meetingId}/speakers`, { body, token, agent: rushAgent });
        const error = reply.status === 201 ? undefined : JSON.stringify(reply.body).slice(0, 200);
        return { status: reply.status, sentAtMs, doneAtMs: preciseNow(), error };
      } catch (error) {
        return { status: 0, sentAtMs, doneAtMs: preciseNow(), error: String(error) };
      }
    }),
  );
  return { requests };
}

async function run(command: WorkerCommand): Promise<unknown> {
  switch (command.type) {
    case 'connect':
      return connect(command.tag, command.url, command.count, command.meetingId, command.concurrency);
    case 'watch':
      return watch(command.tag, command.url, command.count, command.meetingId, command.concurrency);
    case 'audience':
      return audience(command.tag, command.version, command.timeoutMs);
    case 'collect':
      return { arrivals: [...(groups.get(command.tag)?.arrivals.entries() ?? [])] } satisfies ArrivalsResult;
    case 'clock':
      return clock(command.spreadMs);
    case 'disconnect':
      return disconnect();
    case 'prewarm':
      return prewarm(command.url, command.count);
    case 'rush':
      return rush(command.url, command.meetingId, command.delegates, command.atMs);
    default: {
      const unknown: never = command;
      throw new Error(`Unknown command ${JSON.stringify(unknown)}`);
    }
  }
}

process.on('message', (request: Request) => {
  run(request).then(
    (result) => send({ type: 'reply', id: request.id, ok: true, result }),
    (error: unknown) => send({ type: 'reply', id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
});
process.on('disconnect', () => process.exit(0));

// How far this process's precise clock sits from the system clock (Date.now truncates: about +0.5 ms).
let skew = 0;
const SAMPLES = 2000;
for (let i = 0; i < SAMPLES; i += 1) skew += preciseNow() - Date.now();
send({ type: 'ready', clockSkewMs: skew / SAMPLES - 0.5 });
