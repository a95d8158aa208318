import { aMeeting } from '../factories/meeting';
import { delegateTokenFor } from '../helpers/auth';
import { BMS7_OPENING_MS, createTestApp } from '../helpers/create-test-app';
import { connectLive, emitWithAck, eventWhere } from '../helpers/live-client';
import { runningClock } from '../helpers/running-clock';
import { useBms7App } from '../helpers/use-bms7-app';
import { webhookReceiver } from '../helpers/webhook-receiver';
import type { FloorStateView } from '../../src/shared/api-types';

const SECRET = 'a-long-shared-secret-for-tests';

/** A statement running with `seconds` left: Kenya called, started, its time set. */
async function runningWith(meeting: Awaited<ReturnType<typeof aMeeting>>, seconds: number): Promise<FloorStateView> {
  await meeting.inscribe('Kenya');
  await meeting.command('next').expect(200);
  await meeting.command('start').expect(200);
  return (await meeting.command('set', { remainingSeconds: seconds }).expect(200)).body;
}

describe('Enforcement: the server holds speakers to the limit', () => {
  const suite = useBms7App({ clock: runningClock(BMS7_OPENING_MS) });
  const asOfficer = (request: ReturnType<ReturnType<typeof suite.api>['patch']>) => request.set('Authorization', `Bearer ${suite.officer}`);

  describe('settings', () => {
    it('PATCH /api/conferences/:slug names every bad field', async () => {
      const { body } = await asOfficer(suite.api().patch('/api/conferences/bms7'))
        .send({ statementLimits: { national: 5, group: 4000 }, warningSeconds: -1, enforcement: { mode: 'mute', graceSeconds: 61 } })
        .expect(400);
      const text = JSON.stringify(body.message);
      for (const field of ['statementLimits.national', 'statementLimits.group', 'warningSeconds', 'enforcement.mode', 'enforcement.graceSeconds']) {
        expect(text).toContain(field);
      }
    });

    it('is for officers only', async () => {
      await suite.api().patch('/api/conferences/bms7').send({ warningSeconds: 20 }).expect(401);
      const delegate = await delegateTokenFor(suite.testApp, 'Kenya');
      await suite.api().patch('/api/conferences/bms7').set('Authorization', `Bearer ${delegate}`).send({ warningSeconds: 20 }).expect(403);
    });

    it('sets limits, warning and enforcement, shown by GET; a stale version is 409 and changes nothing', async () => {
      const before = (await suite.api().get('/api/conferences/bms7').expect(200)).body;
      expect(before.enforcement).toEqual({ mode: 'count', graceSeconds: 0 });
      const { body } = await asOfficer(suite.api().patch('/api/conferences/bms7'))
        .send({ statementLimits: { national: 200 }, warningSeconds: 20, enforcement: { mode: 'conclude', graceSeconds: 5 }, version: before.version })
        .expect(200);
      expect(body).toMatchObject({ warningSeconds: 20, enforcement: { mode: 'conclude', graceSeconds: 5 }, version: before.version + 1 });
      expect(body.statementLimits).toMatchObject({ national: 200, group: 300 });
      await asOfficer(suite.api().patch('/api/conferences/bms7')).send({ warningSeconds: 10, version: before.version }).expect(409);
      expect((await suite.api().get('/api/conferences/bms7').expect(200)).body.warningSeconds).toBe(20);
      // Back as the letters have it, for the other tests.
      await asOfficer(suite.api().patch('/api/conferences/bms7'))
        .send({ statementLimits: { national: 180 }, warningSeconds: 30, enforcement: { mode: 'count', graceSeconds: 0 } })
        .expect(200);
    });

    it('new limits apply to entries inscribed afterwards, not to those on the list', async () => {
      const meeting = await aMeeting(suite);
      const early = await meeting.inscribe('Kenya');
      await asOfficer(suite.api().patch('/api/conferences/bms7')).send({ statementLimits: { national: 240 } }).expect(200);
      const late = await meeting.inscribe('Brazil');
      await asOfficer(suite.api().patch('/api/conferences/bms7')).send({ statementLimits: { national: 180 } }).expect(200);
      expect([early.limitSeconds, late.limitSeconds]).toEqual([180, 240]);
    });

    it('a meeting may have its own mode, and null follows the conference again; the floor says which is in force', async () => {
      const meeting = await aMeeting(suite);
      const own = await asOfficer(suite.api().patch(`/api/meetings/${meeting.meetingId}`)).send({ enforcement: { mode: 'cut', graceSeconds: 10 } }).expect(200);
      expect(own.body.enforcement).toEqual({ mode: 'cut', graceSeconds: 10 });
      expect((await meeting.floor()).enforcement).toEqual({ mode: 'cut', graceSeconds: 10 });
      const followed = await asOfficer(suite.api().patch(`/api/meetings/${meeting.meetingId}`)).send({ enforcement: null }).expect(200);
      expect(followed.body.enforcement).toBeNull();
      expect((await meeting.floor()).enforcement).toEqual({ mode: 'count', graceSeconds: 0 });
      const bad = await asOfficer(suite.api().patch(`/api/meetings/${meeting.meetingId}`)).send({ enforcement: { mode: 'cut', graceSeconds: 90 } }).expect(400);
      expect(JSON.stringify(bad.body.message)).toContain('enforcement.graceSeconds');
    });
  });

  describe('at zero', () => {
    it('cut: the server ends the statement at limit + grace with no page open, recording exactly that much', async () => {
      const meeting = await aMeeting(suite, { enforcement: { mode: 'cut', graceSeconds: 1 } });
      const set = await runningWith(meeting, 1);
      const cutAt = set.runningSince! + set.limitMs - set.elapsedMs + 1000;
      const deadline = Date.now() + 10_000;
      let floor = await meeting.floor();
      while (floor.status === 'running' && Date.now() < deadline) {
        await new Promise((done) => setTimeout(done, 100));
        floor = await meeting.floor();
      }
      expect(floor.status).toBe('stopped');
      expect(floor.serverNow).toBeGreaterThanOrEqual(cutAt);
      const [statement] = await meeting.statements();
      expect(statement).toMatchObject({ endedBy: 'time-limit', usedMs: set.limitMs + 1000, overtimeMs: 1000, endedAt: new Date(cutAt).toISOString() });
      expect((await meeting.list()).entries[0].status).toBe('done');
    });

    it('conclude: "Please conclude" appears on every screen at zero and the statement goes on', async () => {
      const meeting = await aMeeting(suite, { enforcement: { mode: 'conclude', graceSeconds: 0 } });
      const screen = await connectLive(suite.testApp);
      await asOfficer(suite.api().patch(`/api/meetings/${meeting.meetingId}`)).send({ webcast: true }).expect(200);
      await emitWithAck(screen, 'meeting:join', { meetingId: meeting.meetingId });
      const concluded = eventWhere(screen, 'floor:state', (floor) => floor.message === 'Please conclude');
      const set = await runningWith(meeting, 1);
      const pushed = await concluded;
      expect(pushed).toMatchObject({ status: 'running', version: set.version + 1 });
      screen.close();
    });

    it('count: nothing changes at zero that anyone sees (no new floor version)', async () => {
      const meeting = await aMeeting(suite);
      const set = await runningWith(meeting, 1);
      await new Promise((done) => setTimeout(done, 1500));
      const floor = await meeting.floor();
      expect(floor).toMatchObject({ status: 'running', version: set.version, message: null });
    });

    it('pausing before the cut-off cancels it; resuming reschedules it', async () => {
      const meeting = await aMeeting(suite, { enforcement: { mode: 'cut', graceSeconds: 0 } });
      await runningWith(meeting, 1);
      await meeting.command('pause').expect(200);
      await new Promise((done) => setTimeout(done, 1500));
      expect((await meeting.floor()).status).toBe('paused');
      await meeting.command('resume').expect(200);
      await new Promise((done) => setTimeout(done, 1500));
      expect((await meeting.floor()).status).toBe('stopped');
    });
  });

  describe('webhooks', () => {
    it('signs every delivery, sends the statement from start to cut-off, and retries a 500 with one delivery id', async () => {
      let endedAnswers = 0;
      const receiver = await webhookReceiver(SECRET, (delivery) => (delivery.body.event === 'statement.ended' && ++endedAnswers <= 2 ? 500 : 200));
      const hook = await asOfficer(suite.api().post('/api/conferences/bms7/webhooks'))
        .send({ url: receiver.url, secret: SECRET, events: ['statement.started', 'statement.warning', 'statement.time-up', 'statement.ended'] })
        .expect(201);
      expect(hook.body).toEqual({ id: expect.any(Number), url: receiver.url, events: expect.any(Array), createdAt: expect.any(String) });
      try {
        const meeting = await aMeeting(suite, { enforcement: { mode: 'cut', graceSeconds: 0 } });
        await runningWith(meeting, 1);
        const all = await receiver.until((got) => got.filter((delivery) => delivery.body.event === 'statement.ended').length === 3);
        const ours = all.filter((delivery) => delivery.body.meetingId === meeting.meetingId);
        expect(ours.every((delivery) => delivery.signatureValid)).toBe(true);
        expect([...new Set(ours.map((delivery) => delivery.body.event))]).toEqual(['statement.started', 'statement.warning', 'statement.time-up', 'statement.ended']);
        const ended = ours.filter((delivery) => delivery.body.event === 'statement.ended');
        expect(new Set(ended.map((delivery) => delivery.headers['x-rostrum-delivery'])).size).toBe(1);
        expect(ended[0].headers['x-rostrum-event']).toBe('statement.ended');
        expect(ours.every((delivery) => delivery.body.id === delivery.headers['x-rostrum-delivery'])).toBe(true);
        expect(ended[0].body).toMatchObject({ endedBy: 'time-limit', conference: 'bms7', rehearsal: false, speaker: { delegation: { name: 'Kenya' } } });
        const deliveries = await asOfficer(suite.api().get(`/api/conferences/bms7/webhooks/${hook.body.id}/deliveries`)).expect(200);
        const endedDelivery = deliveries.body.find((delivery: { event: string }) => delivery.event === 'statement.ended');
        expect(endedDelivery).toMatchObject({ status: 'delivered', attempts: 3, lastStatusCode: 200 });
      } finally {
        await asOfficer(suite.api().delete(`/api/conferences/bms7/webhooks/${hook.body.id}`)).expect(204);
        await receiver.close();
      }
    });

    it('a receiver that is down never blocks or fails a floor command', async () => {
      const hook = await asOfficer(suite.api().post('/api/conferences/bms7/webhooks'))
        .send({ url: 'http://127.0.0.1:9/unreachable', secret: SECRET, events: ['statement.started', 'floor.message'] })
        .expect(201);
      try {
        const meeting = await aMeeting(suite);
        await meeting.inscribe('Kenya');
        await meeting.command('next').expect(200);
        await meeting.command('start').expect(200);
        await meeting.command('message', { text: 'Thank you' }).expect(200);
        const deliveries = await asOfficer(suite.api().get(`/api/conferences/bms7/webhooks/${hook.body.id}/deliveries`)).expect(200);
        expect(deliveries.body.length).toBeGreaterThanOrEqual(1);
      } finally {
        await asOfficer(suite.api().delete(`/api/conferences/bms7/webhooks/${hook.body.id}`)).expect(204);
      }
    });

    it('validates the registration and is for officers only', async () => {
      const bad = await asOfficer(suite.api().post('/api/conferences/bms7/webhooks')).send({ url: 'ftp://example.org', secret: 'short', events: ['statement.muted'] }).expect(400);
      for (const field of ['url', 'secret', 'events']) expect(JSON.stringify(bad.body.message)).toContain(field);
      await suite.api().get('/api/conferences/bms7/webhooks').expect(401);
      const delegate = await delegateTokenFor(suite.testApp, 'Kenya');
      await suite.api().get('/api/conferences/bms7/webhooks').set('Authorization', `Bearer ${delegate}`).expect(403);
      await asOfficer(suite.api().delete('/api/conferences/bms7/webhooks/999999')).expect(404);
    });
  });

  describe('corrections', () => {
    it('adjust, set and undo answer the floor; bad input is 400 and a stale version 409', async () => {
      const meeting = await aMeeting(suite);
      const set = await runningWith(meeting, 120);
      const adjusted = await meeting.command('adjust', { seconds: -30, version: set.version }).expect(200);
      expect(adjusted.body.limitMs).toBe(set.limitMs - 30_000);
      await meeting.command('adjust', { seconds: 0 }).expect(400);
      await meeting.command('adjust', { seconds: 601 }).expect(400);
      await meeting.command('set', { remainingSeconds: 'soon' }).expect(400);
      await meeting.command('adjust', { seconds: 10, version: set.version }).expect(409);
      const undone = await meeting.command('undo').expect(200);
      expect(undone.body.limitMs).toBe(set.limitMs);
      const again = await meeting.command('undo').expect(409);
      expect(again.body.message).toMatch(/Nothing to undo/);
    });

    it('undo after a Next pressed by mistake puts the previous speaker back and takes back the statement recorded', async () => {
      const meeting = await aMeeting(suite);
      await meeting.inscribe('Kenya');
      await meeting.inscribe('Brazil');
      await meeting.command('next').expect(200);
      const started = (await meeting.command('start').expect(200)).body;
      await meeting.command('next').expect(200);
      expect(await meeting.statements()).toHaveLength(1);
      const undone = (await meeting.command('undo').expect(200)).body;
      expect(undone).toMatchObject({ status: 'running', entryId: started.entryId, runningSince: started.runningSince });
      expect(await meeting.statements()).toHaveLength(0);
      const list = await meeting.list();
      expect(list.entries.find((entry: { delegation: { name: string } }) => entry.delegation.name === 'Brazil')).toMatchObject({ status: 'waiting', position: 1 });
    });

    it('Next over a speaker who never started records nothing; call again puts them first', async () => {
      const meeting = await aMeeting(suite);
      const kenya = await meeting.inscribe('Kenya');
      await meeting.inscribe('Brazil');
      await meeting.command('next').expect(200);
      await meeting.command('next').expect(200);
      expect(await meeting.statements()).toEqual([]);
      const passed = await meeting.list();
      expect(passed.entries.find((entry: { id: number }) => entry.id === kenya.id).status).toBe('not-delivered');
      const officer = `Bearer ${suite.officer}`;
      const again = await suite.api().post(`/api/meetings/${meeting.meetingId}/speakers/${kenya.id}/call-again`).set('Authorization', officer).expect(200);
      expect(again.body.entries.find((entry: { id: number }) => entry.id === kenya.id)).toMatchObject({ status: 'waiting', position: 1 });
      await suite.api().post(`/api/meetings/${meeting.meetingId}/speakers/${kenya.id}/call-again`).set('Authorization', officer).expect(409);
      await suite.api().post(`/api/meetings/${meeting.meetingId}/speakers/${kenya.id}/call-again`).send({ position: 0 }).set('Authorization', officer).expect(400);
      const report = (await suite.api().get('/api/conferences/bms7/report').set('Authorization', officer).expect(200)).body;
      expect(report.meetings.find((row: { meetingId: number }) => row.meetingId === meeting.meetingId)?.statements ?? 0).toBe(0);
    });
  });
});

describe('Enforcement across a restart', () => {
  const suite = useBms7App({ clock: runningClock(BMS7_OPENING_MS) });

  it('a cut-off that passed while the server was down fires at start-up, recording limit + grace, never the downtime', async () => {
    const meeting = await aMeeting(suite, { enforcement: { mode: 'cut', graceSeconds: 5 } });
    const set = await runningWith(meeting, 60);
    const cutAt = set.runningSince! + set.limitMs - set.elapsedMs + 5000;
    const { databasePath, clock } = suite.testApp;
    await suite.testApp.close();
    clock.advance(10 * 60_000);
    suite.testApp = await createTestApp({ databasePath, clock });
    const deadline = Date.now() + 5000;
    let statements = await meeting.statements();
    while (statements.length === 0 && Date.now() < deadline) {
      await new Promise((done) => setTimeout(done, 100));
      statements = await meeting.statements();
    }
    expect(statements).toMatchObject([{ endedBy: 'time-limit', usedMs: set.limitMs + 5000, endedAt: new Date(cutAt).toISOString() }]);
  });
});
