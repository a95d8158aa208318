import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io, Socket } from 'socket.io-client';
import request from 'supertest';
import type { FloorStateView, SpeakerEntryView, SpeakersListView } from '../../src/shared/api-types';
import type { MeetingSnapshot } from '../../src/shared/live-events';
import { BuiltServer, ensureBuiltServer, freePort, SERVER_ADMIN, startBuiltServer } from '../helpers/built-server';
import { waitingOrder } from '../helpers/meeting-state';

// The compiled server as production runs it, in a child process on a real clock, killed and
// restarted on the same database file. (A client that drops on its own side and rejoins is in
// live.e2e-spec.ts; here the server is what goes away.)
const BUILD_TIMEOUT_MS = 180_000;

/** What must survive a crash exactly: everything but the server's "now" and the forecast drawn from it. */
const durable = ({ serverNow: _now, ...floor }: FloorStateView) => floor;
const durableEntry = ({ expectedStartAt: _start, ...entry }: SpeakerEntryView) => entry;

describe('faults: the built server killed and restarted on the same file', () => {
  let folder: string;
  let databasePath: string;
  let port: number;
  let server: BuiltServer | undefined;
  let officer: string;
  let meetingId: number;
  let delegations: { id: number; name: string }[];
  const followers: Socket[] = [];

  const api = () => request(server!.url);
  const asOfficer = (method: 'get' | 'post', path: string) => api()[method](path).set('Authorization', `Bearer ${officer}`);

  beforeAll(async () => {
    await ensureBuiltServer();
    folder = mkdtempSync(join(tmpdir(), 'rostrum-faults-'));
    databasePath = join(folder, 'rostrum.sqlite');
    port = await freePort();
    server = await startBuiltServer({ databasePath, port });
    officer = (await api().post('/api/auth/login').send(SERVER_ADMIN).expect(200)).body.accessToken;
    const meetings: { id: number; kind: string; startsAt: string }[] = (await api().get('/api/conferences/bms7/meetings').expect(200)).body;
    meetingId = meetings.find((m) => m.kind === 'plenary' && m.startsAt === '2021-07-26T14:00:00.000Z')!.id;
    delegations = (await api().get('/api/conferences/bms7/delegations').query({ kind: 'member-state' }).expect(200)).body;
  }, BUILD_TIMEOUT_MS);

  afterAll(async () => {
    for (const follower of followers) follower.close();
    if (server && server.process.exitCode === null && server.process.signalCode === null) {
      server.process.kill('SIGKILL');
      await server.exited;
    }
    rmSync(folder, { recursive: true, force: true });
  });

  const inscribe = (delegation: { id: number }) =>
    asOfficer('post', `/api/meetings/${meetingId}/speakers`).send({ delegationId: delegation.id, capacity: 'national' });

  it('SIGKILL mid-statement, with inscriptions in flight, loses no acknowledged entry and no second', async () => {
    for (const delegation of delegations.slice(0, 3)) await inscribe(delegation).expect(201);
    for (const command of ['next', 'start', 'pause', 'resume'])
      await asOfficer('post', `/api/meetings/${meetingId}/floor/${command}`).send({}).expect(200);
    const floorBefore: FloorStateView = (await api().get(`/api/meetings/${meetingId}/floor`).expect(200)).body;
    expect(floorBefore).toMatchObject({ status: 'running', runningSince: expect.any(Number) });

    // A follower that reconnects by itself when the server comes back, and rejoins on every connect.
    const follower: Socket = io(`${server!.url}/live`, { transports: ['websocket'], reconnectionDelay: 100, reconnectionDelayMax: 300 });
    followers.push(follower);
    const joins: MeetingSnapshot[] = [];
    const joined = [0, 1].map(() => {
      let resolve!: () => void;
      return { promise: new Promise<void>((done) => (resolve = done)), resolve: () => resolve() };
    });
    follower.on('connect', () => {
      follower
        .timeout(5000)
        .emitWithAck('meeting:join', { meetingId })
        .then(
          (ack: MeetingSnapshot) => joined[joins.push(ack) - 1]?.resolve(),
          () => undefined,
        );
    });
    await joined[0].promise;
    try {
      // Twenty inscriptions at once; the server dies once five are answered.
      const acknowledged: SpeakerEntryView[] = [];
      let killed!: () => void;
      const fiveAnswered = new Promise<void>((done) => (killed = done));
      const inFlight = delegations.slice(3, 23).map((delegation) =>
        inscribe(delegation).then(
          (response) => {
            if (response.status === 201) acknowledged.push(response.body);
            if (acknowledged.length >= 5) killed();
          },
          () => undefined,
        ),
      );
      await fiveAnswered;
      server!.process.kill('SIGKILL');
      expect(await server!.exited).toEqual({ code: null, signal: 'SIGKILL' });
      await Promise.all(inFlight);
      const listBefore = [...acknowledged];

      server = await startBuiltServer({ databasePath, port });
      const floorAfter: FloorStateView = (await api().get(`/api/meetings/${meetingId}/floor`).expect(200)).body;
      // Same runningSince and elapsedMs: the countdown goes on from where it was, the downtime counted as speaking time.
      expect(durable(floorAfter)).toEqual(durable(floorBefore));

      const list: SpeakersListView = (await api().get(`/api/meetings/${meetingId}/speakers`).expect(200)).body;
      const byId = new Map(list.entries.map((entry) => [entry.id, entry]));
      for (const entry of listBefore)
        expect(durableEntry(byId.get(entry.id)!)).toEqual({ ...durableEntry(entry), position: expect.any(Number) });
      expect(list.entries.length).toBeGreaterThanOrEqual(3 + listBefore.length);
      const positions = waitingOrder(list).map((entry) => entry.position);
      expect(positions).toEqual(positions.map((_, index) => index + 1));

      // The follower is back, resynced from its join ack to the state the restarted server holds.
      await joined[1].promise;
      expect(durable(joins[1].floor)).toEqual(durable(floorBefore));
      expect(joins[1].speakers.entries.map(durableEntry)).toEqual(list.entries.map(durableEntry));
    } finally {
      follower.close();
    }
  });

  it('SIGTERM lets an in-flight request finish, closes sockets and the database, and exits 0', async () => {
    const follower: Socket = io(`${server!.url}/live`, { transports: ['websocket'], reconnection: false });
    followers.push(follower);
    await new Promise((done) => follower.once('connect', () => done(undefined)));
    const disconnected = new Promise<string>((done) => follower.once('disconnect', (reason) => done(reason)));

    // The body goes out in two halves: the request is in flight when SIGTERM arrives.
    const delegation = delegations[30];
    const body = JSON.stringify({ delegationId: delegation.id, capacity: 'national' });
    const answered = new Promise<{ status: number; body: SpeakerEntryView }>((done, fail) => {
      const pending = httpRequest(
        `${server!.url}/api/meetings/${meetingId}/speakers`,
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), Authorization: `Bearer ${officer}` },
          // No keep-alive: an idle kept-alive connection would hold the closing server for its 5 s keepAliveTimeout.
          agent: false,
        },
        (response) => {
          let text = '';
          response.on('data', (chunk: Buffer) => (text += chunk.toString()));
          response.on('end', () => done({ status: response.statusCode!, body: JSON.parse(text) }));
        },
      );
      pending.on('error', fail);
      pending.write(body.slice(0, 10));
      // Give the server time to read the headers, then signal it, then let it wait on the rest.
      setTimeout(() => {
        server!.process.kill('SIGTERM');
        setTimeout(() => pending.end(body.slice(10)), 300);
      }, 300);
    });
    const answer = await answered;
    expect(answer.status).toBe(201);
    expect(answer.body.delegation.id).toBe(delegation.id);
    expect(await server!.exited).toEqual({ code: 0, signal: null });
    expect(server!.output()).toContain('SIGTERM: closing');
    // The live connection ends with the process: a transport close, after which clients reconnect by themselves.
    expect(await disconnected).toBe('transport close');

    // Closed cleanly: the write-ahead log was folded into the file; the answered write is in it.
    expect(!existsSync(`${databasePath}-wal`) || statSync(`${databasePath}-wal`).size === 0).toBe(true);
    server = await startBuiltServer({ databasePath, port });
    const list: SpeakersListView = (await api().get(`/api/meetings/${meetingId}/speakers`).expect(200)).body;
    expect(list.entries.map((entry) => entry.id)).toContain(answer.body.id);
  });
});
