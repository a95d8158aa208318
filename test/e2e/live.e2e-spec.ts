import request from 'supertest';
import { measureClockOffset } from '../../client/lib/clock-offset';
import type { MeetingSnapshot } from '../../src/shared/live-events';
import { delegateTokenFor, loginAsOfficer } from '../helpers/auth';
import { isClosedConsultation, isFirstPlenary, seededBms7, SeededBms7 } from '../helpers/bms7';
import { createTestApp, removeDatabase, TestApp } from '../helpers/create-test-app';
import { connectLive, emitWithAck, eventWhere, LiveClient, nextEvent } from '../helpers/live-client';

describe('live: Socket.IO on /live', () => {
  let testApp: TestApp;
  let bms7: SeededBms7;
  let officer: string;
  let kenya: string;
  let meetingId: number;
  const sockets: LiveClient[] = [];

  const connect = async (token?: string) => {
    const socket = await connectLive(testApp, token);
    sockets.push(socket);
    return socket;
  };

  beforeAll(async () => {
    testApp = await createTestApp();
    bms7 = await seededBms7(testApp);
    officer = await loginAsOfficer(testApp);
    kenya = await delegateTokenFor(testApp, 'Kenya');
    meetingId = bms7.meetingId(isFirstPlenary);
    const post = (path: string, body: Record<string, unknown>) =>
      request(testApp.app.getHttpServer()).post(`/api/meetings/${meetingId}${path}`).set('Authorization', `Bearer ${officer}`).send(body);
    await post('/speakers', { delegationId: bms7.delegationId('Kenya'), capacity: 'national' }).expect(201);
    await post('/floor/next', {}).expect(200);
  });

  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await testApp.close();
    removeDatabase(testApp.databasePath);
  });

  it('sends the same floor:state, with the version REST returned, to two viewers and a delegate', async () => {
    const clients = [await connect(), await connect(), await connect(kenya)];
    for (const client of clients) {
      const ack = await emitWithAck<MeetingSnapshot>(client, 'meeting:join', { meetingId });
      expect(ack.floor).toMatchObject({ meetingId, status: 'paused' });
    }
    const received = clients.map((client) => nextEvent(client, 'floor:state'));
    const started = await request(testApp.app.getHttpServer())
      .post(`/api/meetings/${meetingId}/floor/start`)
      .set('Authorization', `Bearer ${officer}`)
      .expect(200);
    for (const floor of await Promise.all(received)) {
      expect(floor).toEqual({ ...started.body, serverNow: expect.any(Number) });
      expect(floor.version).toBe(started.body.version);
      expect(floor.runningSince).toBe(started.body.runningSince);
    }
  });

  it('pushes speakers:list when the list changes', async () => {
    const viewer = await connect();
    await emitWithAck(viewer, 'meeting:join', { meetingId });
    const pushed = eventWhere(viewer, 'speakers:list', (list) => list.entries.some((entry) => entry.capacity === 'group'));
    const { body: entry } = await request(testApp.app.getHttpServer())
      .post(`/api/meetings/${meetingId}/speakers`)
      .set('Authorization', `Bearer ${kenya}`)
      .send({ delegationId: bms7.delegationId('Kenya'), capacity: 'group', onBehalfOfId: bms7.delegationId('African Group') })
      .expect(201);
    const list = await pushed;
    expect(list.entries.find((e) => e.capacity === 'group')).toEqual(entry);
  });

  it('refuses a public viewer on a meeting that is not webcast, and sends it nothing', async () => {
    const viewer = await connect();
    const closedMeeting = bms7.meetingId(isClosedConsultation);
    const ack = await emitWithAck<{ error: { statusCode: number; message: string } }>(viewer, 'meeting:join', { meetingId: closedMeeting });
    expect(ack.error).toMatchObject({ statusCode: 403, message: expect.stringMatching(/webcast/) });
    const delegate = await connect(kenya);
    const delegateAck = await emitWithAck<MeetingSnapshot>(delegate, 'meeting:join', { meetingId: closedMeeting });
    expect(delegateAck.floor.meetingId).toBe(closedMeeting);
  });

  it('refuses a bad token at connect with a clear error', async () => {
    await expect(connectLive(testApp, 'not-a-token')).rejects.toThrow(/token/i);
  });

  it('answers garbage payloads with errors and keeps serving', async () => {
    const client = await connect();
    for (const payload of [undefined, null, 42, 'x', {}, { meetingId: 'one' }, { meetingId: -1 }, { meetingId: 1, extra: true }]) {
      const ack = await emitWithAck<{ error: { statusCode: number } }>(client, 'meeting:join', payload);
      expect(ack.error.statusCode).toBe(400);
    }
    const unknown = await emitWithAck<{ error: { statusCode: number } }>(client, 'meeting:join', { meetingId: 999999 });
    expect(unknown.error.statusCode).toBe(404);
    const badPing = await emitWithAck<{ error: { statusCode: number } }>(client, 'clock:ping', { t0: 'now' });
    expect(badPing.error.statusCode).toBe(400);
    const ack = await emitWithAck<MeetingSnapshot>(client, 'meeting:join', { meetingId });
    expect(ack.floor.meetingId).toBe(meetingId);
  });

  it('lets a client leave a meeting and stop receiving it', async () => {
    const client = await connect();
    await emitWithAck(client, 'meeting:join', { meetingId });
    expect(await emitWithAck(client, 'meeting:leave', { meetingId })).toEqual({ ok: true });
    let pushes = 0;
    client.on('floor:state', () => (pushes += 1));
    const witness = await connect();
    await emitWithAck(witness, 'meeting:join', { meetingId });
    const witnessed = nextEvent(witness, 'floor:state');
    await request(testApp.app.getHttpServer())
      .post(`/api/meetings/${meetingId}/floor/extend`)
      .set('Authorization', `Bearer ${officer}`)
      .send({ seconds: 10 })
      .expect(200);
    await witnessed;
    expect(pushes).toBe(0);
  });

  it('resyncs a reconnecting client from the join ack', async () => {
    const client = await connect();
    await emitWithAck(client, 'meeting:join', { meetingId });
    client.close();
    const current = (
      await request(testApp.app.getHttpServer()).post(`/api/meetings/${meetingId}/floor/pause`).set('Authorization', `Bearer ${officer}`).expect(200)
    ).body;
    const again = await connect();
    const ack = await emitWithAck<MeetingSnapshot>(again, 'meeting:join', { meetingId });
    expect(ack.floor).toMatchObject({ version: current.version, status: 'paused', elapsedMs: current.elapsedMs });
  });

  it('estimates the server clock offset within 20 ms on loopback', async () => {
    const client = await connect();
    const estimate = await measureClockOffset(
      async (t0) => (await emitWithAck<{ serverNow: number }>(client, 'clock:ping', { t0 })).serverNow,
      () => Date.now(),
    );
    // The test server runs on a fake clock frozen in 2021: the true offset is that clock minus ours.
    const trueOffset = testApp.clock.now() - Date.now();
    expect(Math.abs(estimate!.offsetMs - trueOffset)).toBeLessThan(20);
  });
});
