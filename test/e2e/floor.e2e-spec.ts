import request from 'supertest';
import { loginAsOfficer } from '../helpers/auth';
import { isFirstPlenary, seededBms7 } from '../helpers/bms7';
import { BMS7_OPENING_MS, createTestApp, removeDatabase } from '../helpers/create-test-app';
import { useBms7App } from '../helpers/use-bms7-app';

describe('the floor and the statement timer', () => {
  const suite = useBms7App();
  let meetingId: number;

  beforeAll(() => {
    meetingId = suite.bms7.meetingId(isFirstPlenary);
  });

  const { api } = suite;
  const command = (name: string, body: Record<string, unknown> = {}) =>
    api().post(`/api/meetings/${meetingId}/floor/${name}`).set('Authorization', `Bearer ${suite.officer}`).send(body);
  const inscribe = (body: Record<string, unknown>) =>
    api().post(`/api/meetings/${meetingId}/speakers`).set('Authorization', `Bearer ${suite.officer}`).send(body).expect(201);
  const floor = async () => (await api().get(`/api/meetings/${meetingId}/floor`).expect(200)).body;
  const statements = async () => (await api().get(`/api/meetings/${meetingId}/statements`).expect(200)).body;
  const advanceSeconds = (seconds: number) => suite.testApp.clock.advance(seconds * 1000);

  it('starts idle with the conference warning threshold', async () => {
    expect(await floor()).toMatchObject({
      meetingId,
      status: 'idle',
      entryId: null,
      speaker: null,
      runningSince: null,
      warningMs: 30000,
      serverNow: BMS7_OPENING_MS,
    });
  });

  it('runs a meeting: three statements, a point of order, a right of reply', async () => {
    const algeria = await inscribe({ delegationId: suite.bms7.delegationId('Algeria'), capacity: 'group', onBehalfOfId: suite.bms7.delegationId('African Group') });
    const france = await inscribe({ delegationId: suite.bms7.delegationId('France'), capacity: 'national' });
    const japan = await inscribe({ delegationId: suite.bms7.delegationId('Japan'), capacity: 'national' });

    const first = (await command('next').expect(200)).body;
    expect(first).toMatchObject({ status: 'paused', entryId: algeria.body.id, limitMs: 300000, elapsedMs: 0, runningSince: null });
    expect(first.speaker).toMatchObject({ delegation: { name: 'Algeria' }, onBehalfOf: { name: 'African Group' }, status: 'speaking' });

    const running = (await command('start').expect(200)).body;
    expect(running).toMatchObject({ status: 'running', runningSince: suite.testApp.clock.now(), version: first.version + 1 });
    advanceSeconds(200);

    const second = (await command('next').expect(200)).body;
    expect(second).toMatchObject({ status: 'paused', entryId: france.body.id, limitMs: 180000 });
    await command('start').expect(200);
    advanceSeconds(190);

    const point = await inscribe({ delegationId: suite.bms7.delegationId('Brazil'), capacity: 'point-of-order' });
    const interrupted = (await command('next').expect(200)).body;
    expect(interrupted).toMatchObject({ entryId: point.body.id, status: 'paused', interruptedEntryIds: [france.body.id] });
    await command('start').expect(200);
    advanceSeconds(40);

    const back = (await command('next').expect(200)).body;
    expect(back).toMatchObject({ entryId: france.body.id, status: 'paused', elapsedMs: 190000, interruptedEntryIds: [] });
    await command('resume').expect(200);
    advanceSeconds(5);
    const stopped = (await command('stop').expect(200)).body;
    expect(stopped).toMatchObject({ status: 'stopped', entryId: france.body.id, elapsedMs: 195000, runningSince: null });

    const third = (await command('next').expect(200)).body;
    expect(third.entryId).toBe(japan.body.id);
    await command('start').expect(200);
    advanceSeconds(100);

    const reply = await inscribe({ delegationId: suite.bms7.delegationId('Kenya'), capacity: 'right-of-reply' });
    expect(reply.body.limitSeconds).toBe(600);
    const fourth = (await command('next').expect(200)).body;
    expect(fourth).toMatchObject({ entryId: reply.body.id, limitMs: 600000 });
    await command('start').expect(200);
    advanceSeconds(60);
    const idle = (await command('next').expect(200)).body;
    expect(idle).toMatchObject({ status: 'idle', entryId: null, speaker: null });

    const records = await statements();
    expect(records.map((s: { delegation: { name: string }; usedMs: number }) => [s.delegation.name, s.usedMs])).toEqual([
      ['Algeria', 200000],
      ['Brazil', 40000],
      ['France', 195000],
      ['Japan', 100000],
      ['Kenya', 60000],
    ]);
    expect(records[2]).toMatchObject({ capacity: 'national', limitMs: 180000, overtimeMs: 15000, interruptions: 1 });
    expect(records[0]).toMatchObject({ onBehalfOf: { name: 'African Group' }, overtimeMs: 0 });

    const list = (await api().get(`/api/meetings/${meetingId}/speakers`).expect(200)).body;
    expect(list.entries.every((e: { status: string }) => e.status === 'done')).toBe(true);
  });

  it('gives the second right of reply the second limit and refuses a third', async () => {
    const kenya = suite.bms7.delegationId('Kenya');
    const second = await inscribe({ delegationId: kenya, capacity: 'right-of-reply' });
    expect(second.body.limitSeconds).toBe(300);
    await command('next').expect(200);
    await command('stop').expect(200);
    await api()
      .post(`/api/meetings/${meetingId}/speakers`)
      .set('Authorization', `Bearer ${suite.officer}`)
      .send({ delegationId: kenya, capacity: 'right-of-reply' })
      .expect(409);
    await command('next').expect(200);
  });

  it('refuses illegal transitions with 409 naming the current status', async () => {
    const response = await command('resume').expect(409);
    expect(response.body.message).toMatch(/idle/);
    await command('pause').expect(409);
    await command('stop').expect(409);
    await command('extend', { seconds: 30 }).expect(409);
  });

  it('refuses a stale version with 409 and changes nothing', async () => {
    await inscribe({ delegationId: suite.bms7.delegationId('Chile'), capacity: 'national' });
    const before = await floor();
    await command('next', { version: before.version - 1 }).expect(409);
    expect(await floor()).toMatchObject({ version: before.version, status: before.status, entryId: before.entryId });
    await command('next', { version: before.version }).expect(200);
  });

  it('extends the limit by a bounded, positive number of seconds', async () => {
    const before = await floor();
    const after = (await command('extend', { seconds: 30 }).expect(200)).body;
    expect(after.limitMs).toBe(before.limitMs + 30000);
    for (const seconds of [0, -5, 1.5, 100000, 'ten']) {
      const response = await command('extend', { seconds }).expect(400);
      expect(response.body.message.join(' ')).toMatch(/seconds/);
    }
  });

  it('counts overtime below zero instead of hiding it', async () => {
    await command('start').expect(200);
    advanceSeconds(230);
    await command('pause').expect(200);
    const paused = await floor();
    expect(paused.limitMs - paused.elapsedMs).toBe(-20000);
  });

  it('shows a message to the speaker, clears it with null, and the next speaker clears it', async () => {
    const withMessage = (await command('message', { text: 'Please conclude' }).expect(200)).body;
    expect(withMessage.message).toBe('Please conclude');
    expect((await command('message', { text: null }).expect(200)).body.message).toBeNull();
    await command('message', { text: 'x'.repeat(81) }).expect(400);
    await command('message', { text: 'Please conclude' }).expect(200);
    await inscribe({ delegationId: suite.bms7.delegationId('Peru'), capacity: 'national' });
    const next = (await command('next').expect(200)).body;
    expect(next.message).toBeNull();
  });

  it('skips a remote speaker: back in the list after the next speaker, time used kept', async () => {
    await command('start').expect(200);
    advanceSeconds(20);
    const peru = (await floor()).entryId;
    await inscribe({ delegationId: suite.bms7.delegationId('Ghana'), capacity: 'national' });
    await inscribe({ delegationId: suite.bms7.delegationId('Nepal'), capacity: 'national' });
    const skipped = (await command('skip').expect(200)).body;
    expect(skipped.speaker.delegation.name).toBe('Ghana');
    const queue = (await api().get(`/api/meetings/${meetingId}/speakers`).expect(200)).body.entries.filter(
      (e: { status: string }) => e.status === 'waiting',
    );
    expect(queue.map((e: { delegation: { name: string }; position: number }) => [e.delegation.name, e.position])).toEqual([
      ['Peru', 1],
      ['Nepal', 2],
    ]);
    const recalled = (await command('next').expect(200)).body;
    expect(recalled).toMatchObject({ entryId: peru, elapsedMs: 20000, status: 'paused' });
  });

  it('gives exactly one transition and one 409 when two officers press Next at once', async () => {
    await inscribe({ delegationId: suite.bms7.delegationId('Chad'), capacity: 'national' });
    await inscribe({ delegationId: suite.bms7.delegationId('Mali'), capacity: 'national' });
    const before = await floor();
    const responses = await Promise.all([command('next'), command('next')]);
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
    expect((await floor()).version).toBe(before.version + 1);
  });

  it('reports statements per delegation and per meeting', async () => {
    const report = (await api().get('/api/conferences/bms7/report').expect(200)).body;
    const france = report.delegations.find((d: { delegation: { name: string } }) => d.delegation.name === 'France');
    expect(france).toMatchObject({ statements: 1, usedMs: 195000, overLimit: 1, overtimeMs: 15000 });
    expect(report.meetings[0]).toMatchObject({ meetingId, overLimit: expect.any(Number) });
    const csv = await api().get(`/api/meetings/${meetingId}/statements.csv`).expect(200);
    expect(csv.text.split('\n')[0]).toBe('delegation,capacity,on behalf of,limit seconds,used seconds,overtime seconds,started at,ended at,interruptions');
  });
});

describe('a restart in the middle of a statement', () => {
  it('keeps the statement running with the same runningSince: no second lost, none invented', async () => {
    let testApp = await createTestApp();
    const bms7 = await seededBms7(testApp);
    const officer = await loginAsOfficer(testApp);
    const meetingId = bms7.meetingId(isFirstPlenary);
    const post = (path: string, body: Record<string, unknown>) =>
      request(testApp.app.getHttpServer()).post(`/api/meetings/${meetingId}${path}`).set('Authorization', `Bearer ${officer}`).send(body);
    await post('/speakers', { delegationId: bms7.delegationId('Kenya'), capacity: 'national' }).expect(201);
    await post('/speakers', { delegationId: bms7.delegationId('Peru'), capacity: 'national' }).expect(201);
    await post('/floor/next', {}).expect(200);
    const started = (await post('/floor/start', {}).expect(200)).body;
    testApp.clock.advance(42000);

    testApp = await testApp.restart();
    const after = (await request(testApp.app.getHttpServer()).get(`/api/meetings/${meetingId}/floor`).expect(200)).body;
    expect(after).toMatchObject({ status: 'running', runningSince: started.runningSince, elapsedMs: 0, version: started.version });
    expect(after.serverNow - after.runningSince).toBe(42000);
    const list = (await request(testApp.app.getHttpServer()).get(`/api/meetings/${meetingId}/speakers`).expect(200)).body;
    expect(list.entries.map((e: { delegation: { name: string }; status: string }) => [e.delegation.name, e.status])).toEqual([
      ['Kenya', 'speaking'],
      ['Peru', 'waiting'],
    ]);
    await testApp.close();
    removeDatabase(testApp.databasePath);
  });
});
