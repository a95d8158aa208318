import { JwtService } from '@nestjs/jwt';
import type { Socket } from 'socket.io-client';
import { AccessCodesService } from '../../src/auth/access-codes.service';
import { claimsFor } from '../../src/auth/token.service';
import type { Clock } from '../../src/domain/clock';
import { CLOCK } from '../../src/persistence/clock.provider';
import { LiveAccess } from '../../src/live/live-access';
import type { AccessEnded, LiveError, MeetingSnapshot } from '../../src/shared/live-events';
import { aMeeting } from '../factories/meeting';
import { delegateSessionFor } from '../helpers/auth';
import { connectLive, emitWithAck, LiveClient, nextEvent } from '../helpers/live-client';
import { useBms7App } from '../helpers/use-bms7-app';

// Access that ends takes the socket out within 5 s; each case checks the reason came, the socket
// left, and pushes of the meeting stop reaching it.
const WITHIN_MS = 5000;

function within<T>(promise: Promise<T>, what: string): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, fail) => setTimeout(() => fail(new Error(`${what}: not within ${WITHIN_MS} ms`)), WITHIN_MS))]);
}

const disconnected = (socket: LiveClient) => new Promise<string>((done) => (socket as unknown as Socket).once('disconnect', done));

describe('live: access ends when it ends', () => {
  const suite = useBms7App();
  const sockets: LiveClient[] = [];
  afterAll(() => sockets.forEach((socket) => socket.close()));
  const connect = async (token?: string) => {
    const socket = await connectLive(suite.testApp, token);
    sockets.push(socket);
    return socket;
  };
  const closedMeeting = () => aMeeting(suite, { webcast: false });

  it('revoking an access code disconnects its sockets, with the reason', async () => {
    const meeting = await closedMeeting();
    const session = await delegateSessionFor(suite.testApp, 'Kenya');
    const socket = await connect(session.accessToken);
    expect(await emitWithAck<MeetingSnapshot>(socket, 'meeting:join', { meetingId: meeting.meetingId })).toHaveProperty('floor');
    const ended = nextEvent(socket, 'access:ended');
    const gone = disconnected(socket);
    await suite
      .api()
      .delete(`/api/conferences/bms7/delegations/${session.delegation.id}/access-codes/${session.accessCodeId}`)
      .set('Authorization', `Bearer ${suite.officer}`)
      .expect(204);
    await expect(within(ended, 'access:ended')).resolves.toEqual<AccessEnded>({ reason: 'code-revoked' });
    await expect(within(gone, 'disconnect')).resolves.toBe('io server disconnect');
  });

  it('removing an officer disconnects its sockets', async () => {
    const created = await suite
      .api()
      .post('/api/officers')
      .set('Authorization', `Bearer ${suite.officer}`)
      .send({ username: 'leaving-desk', password: 'a long enough password' })
      .expect(201);
    const login = await suite.api().post('/api/auth/login').send({ username: 'leaving-desk', password: 'a long enough password' }).expect(200);
    const socket = await connect(login.body.accessToken);
    const ended = nextEvent(socket, 'access:ended');
    const gone = disconnected(socket);
    await suite.api().delete(`/api/officers/${created.body.id}`).set('Authorization', `Bearer ${suite.officer}`).expect(204);
    await expect(within(ended, 'access:ended')).resolves.toEqual<AccessEnded>({ reason: 'officer-removed' });
    await within(gone, 'disconnect');
    await suite.api().get('/api/officers').set('Authorization', `Bearer ${login.body.accessToken}`).expect(401);
  });

  it('a token that expires disconnects its socket when it does', async () => {
    const meeting = await closedMeeting();
    const session = await delegateSessionFor(suite.testApp, 'Germany');
    const shortLived = await suite.testApp.app
      .get(JwtService)
      .signAsync(claimsFor({ role: 'delegate', delegationId: session.delegation.id, accessCodeId: session.accessCodeId }), { expiresIn: 2 });
    const socket = await connect(shortLived);
    await emitWithAck<MeetingSnapshot>(socket, 'meeting:join', { meetingId: meeting.meetingId });
    const ended = nextEvent(socket, 'access:ended');
    await expect(within(ended, 'access:ended')).resolves.toEqual<AccessEnded>({ reason: 'token-expired' });
  });

  it('a session opened with an access code that expires ends, with its socket, when the code does', async () => {
    const meeting = await closedMeeting();
    const delegationId = (await delegateSessionFor(suite.testApp, 'Chile')).delegation.id;
    // The code's expiry is on the app's clock (the test's fake one); the token's on the system clock, as jsonwebtoken reads it.
    const codeExpiresAtMs = suite.testApp.app.get<Clock>(CLOCK).now() + 3000;
    const startedAtMs = Date.now();
    const created = await suite
      .api()
      .post(`/api/conferences/bms7/delegations/${delegationId}/access-codes`)
      .set('Authorization', `Bearer ${suite.officer}`)
      .send({ label: 'three seconds', expiresAt: new Date(codeExpiresAtMs).toISOString() })
      .expect(201);
    const session = await suite.api().post('/api/auth/delegate').send({ code: created.body.code }).expect(200);
    expect(Date.parse(session.body.expiresAt) - startedAtMs).toBeLessThanOrEqual(4000);
    const socket = await connect(session.body.accessToken);
    await emitWithAck<MeetingSnapshot>(socket, 'meeting:join', { meetingId: meeting.meetingId });
    const ended = nextEvent(socket, 'access:ended');
    await expect(within(ended, 'access:ended')).resolves.toEqual<AccessEnded>({ reason: 'token-expired' });
    expect(Date.now() - startedAtMs).toBeGreaterThanOrEqual(2000);
  });

  it('a meeting that stops being webcast takes its public viewers out of its rooms; they stay connected', async () => {
    const meeting = await aMeeting(suite, { webcast: true });
    await meeting.inscribe('Kenya');
    const viewer = await connect();
    const delegate = await connect((await delegateSessionFor(suite.testApp, 'Algeria')).accessToken);
    for (const socket of [viewer, delegate]) await emitWithAck<MeetingSnapshot>(socket, 'meeting:join', { meetingId: meeting.meetingId });
    const ended = nextEvent(viewer, 'access:ended');
    await suite.api().patch(`/api/meetings/${meeting.meetingId}`).set('Authorization', `Bearer ${suite.officer}`).send({ webcast: false }).expect(200);
    await expect(within(ended, 'access:ended')).resolves.toEqual<AccessEnded>({ reason: 'not-webcast', meetingId: meeting.meetingId });

    // The delegate still follows it; the viewer gets no more of it, and may not join again.
    let viewerPushes = 0;
    (viewer as unknown as Socket).on('floor:state', () => (viewerPushes += 1));
    const delegateSees = nextEvent(delegate, 'floor:state');
    await meeting.command('next').expect(200);
    await within(delegateSees, 'floor:state to the delegate');
    await expect(emitWithAck<{ ok: true }>(viewer, 'clock:ping', { t0: 1 })).resolves.toHaveProperty('serverNow');
    expect(viewerPushes).toBe(0);
    const again = await emitWithAck<LiveError>(viewer, 'meeting:join', { meetingId: meeting.meetingId });
    expect(again.error.statusCode).toBe(403);
  });

  it('every join checks the token again: a socket whose code was revoked gets 401', async () => {
    const meeting = await closedMeeting();
    const session = await delegateSessionFor(suite.testApp, 'Latvia');
    const socket = await connect(session.accessToken);
    // A revocation this socket did not hear of: the code is revoked behind the live layer's back.
    const access = suite.testApp.app.get(LiveAccess);
    const endPrincipal = jest.spyOn(access, 'endPrincipal').mockImplementation(() => undefined);
    try {
      await suite.testApp.app.get(AccessCodesService).revoke('bms7', session.delegation.id, session.accessCodeId);
    } finally {
      endPrincipal.mockRestore();
    }
    const refused = await emitWithAck<LiveError>(socket, 'meeting:join', { meetingId: meeting.meetingId });
    expect(refused.error.statusCode).toBe(401);
  });
});
