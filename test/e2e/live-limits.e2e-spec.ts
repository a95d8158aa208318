import { io, Socket } from 'socket.io-client';
import type { LiveError } from '../../src/shared/live-events';
import { aMeeting } from '../factories/meeting';
import { connectLive, emitWithAck, LiveClient } from '../helpers/live-client';
import { rawLiveClient } from '../helpers/raw-live-client';
import { useBms7App } from '../helpers/use-bms7-app';

const LIMITS = { LIVE_EVENTS_PER_SECOND: '10', LIVE_JOINS_PER_MINUTE: '5', LIVE_CONNECTIONS_PER_ADDRESS: '4', LIVE_MAX_MESSAGE_BYTES: '4096' };

const disconnected = (socket: LiveClient) => new Promise<string>((done) => (socket as unknown as Socket).once('disconnect', done));

describe('live: what one socket and one address may do', () => {
  // TRUST_PROXY=loopback: the tests connect from 127.0.0.1 as a proxy would, naming the client in X-Forwarded-For.
  const suite = useBms7App({ env: { ...LIMITS, TRUST_PROXY: 'loopback' } });
  const sockets: LiveClient[] = [];
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.close();
  });
  const connect = async (token?: string) => {
    const socket = await connectLive(suite.testApp, token);
    sockets.push(socket);
    return socket;
  };
  const connectFrom = (address: string) =>
    new Promise<LiveClient>((done, fail) => {
      const socket: LiveClient = io(`${suite.testApp.url}/live`, {
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
        extraHeaders: { 'X-Forwarded-For': address },
      });
      sockets.push(socket);
      socket.once('connect', () => done(socket));
      socket.once('connect_error', fail);
    });

  it('answers events past the per-second limit with 429, then disconnects a socket that keeps on', async () => {
    const socket = await connect();
    const gone = disconnected(socket);
    const answers = await Promise.all(
      Array.from({ length: 15 }, (_, t0) => emitWithAck<{ serverNow?: number } & Partial<LiveError>>(socket, 'clock:ping', { t0 })),
    );
    expect(answers.filter((answer) => answer.serverNow !== undefined)).toHaveLength(10);
    expect(answers.filter((answer) => answer.error?.statusCode === 429)).toHaveLength(5);
    // Told, and still flooding: 20 more refusals end the connection.
    for (let t0 = 0; t0 < 40; t0 += 1) (socket as unknown as Socket).emit('clock:ping', { t0 });
    await expect(gone).resolves.toBe('io server disconnect');
  });

  it('limits joins per minute on one socket', async () => {
    const meeting = await aMeeting(suite, { webcast: true });
    const socket = await connect();
    const answers: (LiveError | object)[] = [];
    for (let i = 0; i < 7; i += 1) answers.push(await emitWithAck(socket, 'meeting:join', { meetingId: meeting.meetingId }));
    expect(answers.slice(0, 5).every((answer) => 'floor' in answer)).toBe(true);
    expect(answers.slice(5)).toEqual([expect.objectContaining({ error: expect.objectContaining({ statusCode: 429 }) }), expect.anything()]);
  });

  it('closes a connection that sends a message larger than the limit', async () => {
    const socket = await connect();
    const gone = disconnected(socket);
    (socket as unknown as Socket).emit('clock:ping', { t0: 1, padding: 'x'.repeat(8192) });
    await expect(gone).resolves.toBe('transport close');
  });

  it('caps connections per address, the client behind a trusted proxy counted as itself', async () => {
    for (let i = 0; i < 4; i += 1) await connectFrom('203.0.113.7');
    await expect(connectFrom('203.0.113.7')).rejects.toThrow();
    await expect(connectFrom('203.0.113.8')).resolves.toBeDefined();
    // One that leaves makes room for another.
    sockets[0].close();
    await new Promise((done) => setTimeout(done, 200));
    await expect(connectFrom('203.0.113.7')).resolves.toBeDefined();
  });

  it('never echoes more than a short excerpt of a bad payload', async () => {
    const socket = await connect();
    const junk = (keys: number, length: number) => Object.fromEntries(Array.from({ length: keys }, (_, i) => [`${i}${'k'.repeat(length)}`, i]));
    const answer = await emitWithAck<LiveError>(socket, 'clock:ping', { t0: 1, ...junk(100, 25) });
    expect(answer.error.statusCode).toBe(400);
    expect(answer.error.message).toContain('… and 80 more problems');
    // Each of the 20 problems kept is listed twice, as a line of `message` and as an entry of `fields`.
    expect(JSON.stringify(answer).length).toBeLessThan(3000);
    const rest = await suite.api().post('/api/auth/login').send({ username: 'someone', password: 'something long', ...junk(200, 200) }).expect(400);
    expect(JSON.stringify(rest.body).length).toBeLessThan(6000);
  });
});

describe('live: a client that does not read', () => {
  // Rate limits out of the way: what is tried here is the send buffer alone.
  const suite = useBms7App({
    env: { LIVE_MAX_BUFFERED_BYTES: String(1024 * 1024), LIVE_EVENTS_PER_SECOND: '100000', LIVE_JOINS_PER_MINUTE: '1000000' },
  });

  it('is disconnected once more than LIVE_MAX_BUFFERED_BYTES waits to be sent to it', async () => {
    const meeting = await aMeeting(suite, { webcast: true });
    const states: { name: string }[] = (await suite.api().get('/api/conferences/bms7/delegations').query({ kind: 'member-state' }).expect(200)).body;
    for (const { name } of states.slice(0, 100)) await meeting.inscribe(name);
    const reader = await rawLiveClient(suite.testApp.url);
    reader.stopReading();
    // Each join is answered with the whole list (tens of KB), none of which is read.
    const join = JSON.stringify(['meeting:join', { meetingId: meeting.meetingId }]);
    for (let id = 1; id <= 3000; id += 1) {
      reader.send(`42/live,${id}${join}`);
      if (id % 100 === 0) await new Promise((done) => setTimeout(done, 20));
    }
    const closed = reader.closed();
    reader.startReading();
    await expect(closed).resolves.toBeDefined();
  });
});
