import { io, Socket } from 'socket.io-client';
import request from 'supertest';
import { AccessEnded, LIVE_NAMESPACE } from '../../src/shared/live-events';
import { clientAddress, officer, scale } from './scale-env';

// Access ended on instance A takes the sockets connected to B out too (the Redis adapter carries
// disconnectSockets and socketsLeave to every instance).
const WITHIN_MS = 5000;

function connect(url: string, token?: string): Promise<Socket> {
  const socket = io(`${url}${LIVE_NAMESPACE}`, { transports: ['websocket'], auth: token ? { token } : {}, forceNew: true, reconnection: false });
  return new Promise((done, fail) => {
    socket.once('connect', () => done(socket));
    socket.once('connect_error', fail);
  });
}

const within = <T>(promise: Promise<T>, what: string) =>
  Promise.race([promise, new Promise<T>((_, fail) => setTimeout(() => fail(new Error(`${what}: not within ${WITHIN_MS} ms`)), WITHIN_MS))]);
const accessEnded = (socket: Socket) => new Promise<AccessEnded>((done) => socket.once('access:ended', done));

describe('live access ends on every instance', () => {
  const sockets: Socket[] = [];
  let token: string;
  let meetingId: number;
  const asOfficer = (method: 'post' | 'patch' | 'delete', path: string) =>
    request(scale.urlA)[method](path).set('Authorization', `Bearer ${token}`).set('X-Forwarded-For', clientAddress(7));

  beforeAll(async () => {
    token = await officer();
    const created = await asOfficer('post', '/api/conferences/bms7/meetings')
      .send({ title: 'Access scale test', kind: 'other', format: 'virtual', room: null, startsAt: '2021-07-29T16:00', endsAt: '2021-07-29T17:00', webcast: true })
      .expect(201);
    meetingId = created.body.id;
  });

  afterAll(() => sockets.forEach((socket) => socket.close()));

  it('a code revoked through A disconnects its socket on B', async () => {
    const delegations: { id: number }[] = (await request(scale.urlA).get('/api/conferences/bms7/delegations').query({ kind: 'member-state' }).expect(200)).body;
    const delegationId = delegations[40].id;
    const code = (await asOfficer('post', `/api/conferences/bms7/delegations/${delegationId}/access-codes`).send({ label: 'scale access' }).expect(201)).body;
    const session = (await request(scale.urlA).post('/api/auth/delegate').set('X-Forwarded-For', clientAddress(7)).send({ code: code.code }).expect(200)).body;
    const socket = await connect(scale.urlB, session.accessToken);
    sockets.push(socket);
    await socket.timeout(5000).emitWithAck('meeting:join', { meetingId });
    const ended = accessEnded(socket);
    const gone = new Promise<string>((done) => socket.once('disconnect', done));
    await asOfficer('delete', `/api/conferences/bms7/delegations/${delegationId}/access-codes/${code.id}`).expect(204);
    await expect(within(ended, 'access:ended')).resolves.toEqual({ reason: 'code-revoked' });
    await within(gone, 'disconnect');
  });

  it('a meeting that stops being webcast through A takes its public viewers on B out of its rooms', async () => {
    const viewer = await connect(scale.urlB);
    sockets.push(viewer);
    await viewer.timeout(5000).emitWithAck('meeting:join', { meetingId });
    const ended = accessEnded(viewer);
    await asOfficer('patch', `/api/meetings/${meetingId}`).send({ webcast: false }).expect(200);
    await expect(within(ended, 'access:ended')).resolves.toEqual({ reason: 'not-webcast', meetingId });
    let pushes = 0;
    viewer.on('floor:state', () => (pushes += 1));
    await asOfficer('post', `/api/meetings/${meetingId}/floor/next`).send({}).expect((response) => expect([200, 409]).toContain(response.status));
    await new Promise((done) => setTimeout(done, 500));
    expect(pushes).toBe(0);
  });
});
