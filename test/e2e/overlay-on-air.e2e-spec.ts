import request from 'supertest';
import type { FloorStateView } from '../../src/shared/api-types';
import type { ScreenSnapshot } from '../../src/shared/live-events';
import { aMeeting } from '../factories/meeting';
import { delegateTokenFor, loginAsOfficer } from '../helpers/auth';
import { seededBms7 } from '../helpers/bms7';
import { createTestApp, removeDatabase } from '../helpers/create-test-app';
import { connectLive, emitWithAck, eventWhere, LiveClient } from '../helpers/live-client';
import { useBms7App } from '../helpers/use-bms7-app';

describe('the overlays on air / off air', () => {
  const suite = useBms7App();
  const sockets: LiveClient[] = [];
  afterAll(() => sockets.forEach((socket) => socket.close()));
  const switchOverlay = (meetingId: number, onAir: boolean) =>
    suite.api().post(`/api/meetings/${meetingId}/floor/overlay`).set('Authorization', `Bearer ${suite.officer}`).send({ onAir });

  it('is on air by default, on the floor as every client reads it', async () => {
    const meeting = await aMeeting(suite, { webcast: true });
    expect(await meeting.floor()).toMatchObject({ overlayOnAir: true });
  });

  it('an officer takes the overlays off air: the answer and the push to every overlay carry it, with the version kept', async () => {
    const meeting = await aMeeting(suite, { webcast: true });
    const overlay = await connectLive(suite.testApp);
    sockets.push(overlay);
    const joined = await emitWithAck<ScreenSnapshot>(overlay, 'meeting:join', { meetingId: meeting.meetingId, next: 1 });
    const pushed = eventWhere(overlay, 'floor:state', (floor) => !floor.overlayOnAir);
    const answer: FloorStateView = (await switchOverlay(meeting.meetingId, false).expect(200)).body;
    expect(answer).toMatchObject({ overlayOnAir: false, version: joined.floor.version });
    await expect(pushed).resolves.toMatchObject({ overlayOnAir: false, version: joined.floor.version });
    const back = eventWhere(overlay, 'floor:state', (floor) => floor.overlayOnAir);
    await switchOverlay(meeting.meetingId, true).expect(200);
    await expect(back).resolves.toMatchObject({ overlayOnAir: true });
  });

  it('never makes a floor command sent with the version before the switch stale', async () => {
    const meeting = await aMeeting(suite);
    await meeting.inscribe('Kenya');
    const called: FloorStateView = (await meeting.command('next').expect(200)).body;
    await switchOverlay(meeting.meetingId, false).expect(200);
    const started: FloorStateView = (await meeting.command('start', { version: called.version }).expect(200)).body;
    expect(started).toMatchObject({ status: 'running', overlayOnAir: false });
  });

  it('leaves undo alone: the command before the switch is still undone, and the switch stays', async () => {
    const meeting = await aMeeting(suite);
    await meeting.inscribe('Kenya');
    await meeting.command('next').expect(200);
    await switchOverlay(meeting.meetingId, false).expect(200);
    const undone: FloorStateView = (await meeting.command('undo').expect(200)).body;
    expect(undone).toMatchObject({ status: 'idle', speaker: null, overlayOnAir: false });
  });

  it('is for officers only: 401 without a token, 403 for a delegate', async () => {
    const meeting = await aMeeting(suite);
    await suite.api().post(`/api/meetings/${meeting.meetingId}/floor/overlay`).send({ onAir: false }).expect(401);
    const delegate = await delegateTokenFor(suite.testApp, 'Kenya');
    await suite.api().post(`/api/meetings/${meeting.meetingId}/floor/overlay`).set('Authorization', `Bearer ${delegate}`).send({ onAir: false }).expect(403);
    expect(await meeting.floor()).toMatchObject({ overlayOnAir: true });
  });

  it('a bad body is 400 naming the field', async () => {
    const meeting = await aMeeting(suite);
    const missing = await suite.api().post(`/api/meetings/${meeting.meetingId}/floor/overlay`).set('Authorization', `Bearer ${suite.officer}`).send({}).expect(400);
    expect(missing.body.message).toEqual([expect.stringMatching(/^onAir: /)]);
    const wrong = await switchOverlay(meeting.meetingId, 'no' as unknown as boolean).expect(400);
    expect(wrong.body.message).toEqual([expect.stringMatching(/^onAir: /)]);
  });
});

describe('the overlays switch after a restart', () => {
  it('is kept: a meeting taken off air stays off air', async () => {
    let testApp = await createTestApp();
    const bms7 = await seededBms7(testApp);
    const officer = await loginAsOfficer(testApp);
    const meetingId = bms7.meetingIds[0];
    const api = () => request(testApp.app.getHttpServer());
    const before = (await api().post(`/api/meetings/${meetingId}/floor/overlay`).set('Authorization', `Bearer ${officer}`).send({ onAir: false }).expect(200)).body;
    testApp = await testApp.restart();
    const after = (await api().get(`/api/meetings/${meetingId}/floor`).set('Authorization', `Bearer ${officer}`).expect(200)).body;
    expect(after).toMatchObject({ overlayOnAir: false, version: before.version });
    await testApp.close();
    removeDatabase(testApp.databasePath);
  });
});
