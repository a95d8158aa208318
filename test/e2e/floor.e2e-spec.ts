import request from 'supertest';
import { aMeeting, MeetingFixture } from '../factories/meeting';
import { delegateTokenFor, loginAsOfficer } from '../helpers/auth';
import { isFirstPlenary, seededBms7 } from '../helpers/bms7';
import { createTestApp, removeDatabase } from '../helpers/create-test-app';
import { parseSpreadsheet } from '../helpers/spreadsheet';
import { useBms7App } from '../helpers/use-bms7-app';

type Entry = { id: number; delegation: { name: string }; status: string; position: number | null; capacity: string };
const waitingNames = (list: { entries: Entry[] }) =>
  list.entries.filter((entry) => entry.status === 'waiting').map((entry) => [entry.delegation.name, entry.position]);

describe('the floor and the statement timer', () => {
  const suite = useBms7App();
  const advanceSeconds = (seconds: number) => suite.testApp.clock.advance(seconds * 1000);
  const meeting = () => aMeeting(suite);

  /** A meeting with the named delegations waiting, the first called and (with `start`) speaking. */
  async function withSpeaker(names: string[], { start = true } = {}): Promise<MeetingFixture & { entries: Entry[] }> {
    const fixture = await meeting();
    const entries: Entry[] = [];
    for (const name of names) entries.push(await fixture.inscribe(name));
    await fixture.command('next').expect(200);
    if (start) await fixture.command('start').expect(200);
    return { ...fixture, entries };
  }

  it('starts idle with the conference warning threshold', async () => {
    const { meetingId, floor } = await meeting();
    expect(await floor()).toMatchObject({
      meetingId,
      status: 'idle',
      entryId: null,
      speaker: null,
      runningSince: null,
      warningMs: 30000,
      serverNow: suite.testApp.clock.now(),
    });
  });

  it('next calls the first waiting entry, paused, with the limit of its capacity', async () => {
    const { inscribe, command } = await meeting();
    const algeria = await inscribe('Algeria', { capacity: 'group', onBehalfOfId: suite.bms7.delegationId('African Group') });
    await inscribe('France');
    const called = (await command('next').expect(200)).body;
    expect(called).toMatchObject({ status: 'paused', entryId: algeria.id, limitMs: 300000, elapsedMs: 0, runningSince: null });
    expect(called.speaker).toMatchObject({ delegation: { name: 'Algeria' }, onBehalfOf: { name: 'African Group' }, status: 'speaking' });
  });

  it('start runs the timer from the server clock and bumps the version once', async () => {
    const { command, floor } = await withSpeaker(['France'], { start: false });
    const before = await floor();
    const running = (await command('start').expect(200)).body;
    expect(running).toMatchObject({ status: 'running', runningSince: suite.testApp.clock.now(), version: before.version + 1 });
  });

  it('next ends the statement on the floor for the record and calls the next speaker', async () => {
    const { command, statements, list, entries } = await withSpeaker(['France', 'Japan']);
    advanceSeconds(200);
    const second = (await command('next').expect(200)).body;
    expect(second).toMatchObject({ status: 'paused', entryId: entries[1].id, limitMs: 180000 });
    expect(await statements()).toEqual([expect.objectContaining({ entryId: entries[0].id, usedMs: 200000, overtimeMs: 20000, limitMs: 180000 })]);
    expect((await list()).entries.map((entry: Entry) => [entry.delegation.name, entry.status])).toEqual([
      ['France', 'done'],
      ['Japan', 'speaking'],
    ]);
  });

  it('pause freezes the time used and resume runs on from it', async () => {
    const { command, floor } = await withSpeaker(['France']);
    advanceSeconds(50);
    expect((await command('pause').expect(200)).body).toMatchObject({ status: 'paused', elapsedMs: 50000, runningSince: null });
    advanceSeconds(300);
    expect(await floor()).toMatchObject({ status: 'paused', elapsedMs: 50000 });
    const resumed = (await command('resume').expect(200)).body;
    expect(resumed).toMatchObject({ status: 'running', elapsedMs: 50000, runningSince: suite.testApp.clock.now() });
  });

  /** France speaking for 190 s, then Brazil's point of order inscribed in the list and called with next. */
  async function interruptedByPointOfOrder() {
    const fixture = await withSpeaker(['France', 'Japan']);
    advanceSeconds(190);
    const point: Entry = await fixture.inscribe('Brazil', { capacity: 'point-of-order' });
    const interrupted = (await fixture.command('next').expect(200)).body;
    return { ...fixture, point, interrupted };
  }

  it('next calls a waiting point of order ahead of the list, interrupting the speaker', async () => {
    const { point, interrupted, entries } = await interruptedByPointOfOrder();
    expect(interrupted).toMatchObject({ entryId: point.id, status: 'paused', interruptedEntryIds: [entries[0].id] });
  });

  it('next after a point of order brings back the interrupted speaker, paused, with the time used', async () => {
    const { command, entries } = await interruptedByPointOfOrder();
    await command('start').expect(200);
    advanceSeconds(40);
    const back = (await command('next').expect(200)).body;
    expect(back).toMatchObject({ entryId: entries[0].id, status: 'paused', elapsedMs: 190000, interruptedEntryIds: [] });
  });

  it('records an interrupted statement once, with the time before and after, its overtime and the interruption', async () => {
    const { command, statements } = await interruptedByPointOfOrder();
    await command('start').expect(200);
    advanceSeconds(40);
    await command('next').expect(200);
    await command('resume').expect(200);
    advanceSeconds(5);
    expect((await command('stop').expect(200)).body).toMatchObject({ status: 'stopped', elapsedMs: 195000 });
    expect(await statements()).toEqual([
      expect.objectContaining({ delegation: expect.objectContaining({ name: 'Brazil' }), capacity: 'point-of-order', usedMs: 40000, interruptions: 0 }),
      expect.objectContaining({ delegation: expect.objectContaining({ name: 'France' }), capacity: 'national', limitMs: 180000, usedMs: 195000, overtimeMs: 15000, interruptions: 1 }),
    ]);
  });

  it('stop ends the statement and keeps the speaker shown, the timer frozen', async () => {
    const { command, entries } = await withSpeaker(['France']);
    advanceSeconds(45);
    const stopped = (await command('stop').expect(200)).body;
    expect(stopped).toMatchObject({ status: 'stopped', entryId: entries[0].id, elapsedMs: 45000, runningSince: null, speaker: { status: 'done' } });
  });

  it('next on the last speaker empties the floor and marks the entry done', async () => {
    const { command, list } = await withSpeaker(['France']);
    const idle = (await command('next').expect(200)).body;
    expect(idle).toMatchObject({ status: 'idle', entryId: null, speaker: null });
    expect((await list()).entries.map((entry: Entry) => entry.status)).toEqual(['done']);
  });

  it('records who spoke for a group in the statement', async () => {
    const { command, inscribe, statements } = await meeting();
    await inscribe('Algeria', { capacity: 'group', onBehalfOfId: suite.bms7.delegationId('African Group') });
    await command('next').expect(200);
    await command('start').expect(200);
    advanceSeconds(100);
    await command('stop').expect(200);
    expect(await statements()).toEqual([expect.objectContaining({ capacity: 'group', onBehalfOf: expect.objectContaining({ name: 'African Group' }), overtimeMs: 0, usedMs: 100000 })]);
  });

  /** A meeting where Kenya has already used `count` rights of reply (each called and stopped). */
  async function afterRightsOfReply(count: number) {
    const fixture = await meeting();
    for (let i = 0; i < count; i++) {
      await fixture.inscribe('Kenya', { capacity: 'right-of-reply' });
      await fixture.command('next').expect(200);
      await fixture.command('stop').expect(200);
    }
    return fixture;
  }

  it('gives a first right of reply the first limit, 600 seconds, on the floor too', async () => {
    const { inscribe, command } = await afterRightsOfReply(0);
    const reply = await inscribe('Kenya', { capacity: 'right-of-reply' });
    expect(reply.limitSeconds).toBe(600);
    expect((await command('next').expect(200)).body).toMatchObject({ entryId: reply.id, limitMs: 600000 });
  });

  it('gives the second right of reply of a delegation the second limit, 300 seconds', async () => {
    const { inscribe } = await afterRightsOfReply(1);
    expect((await inscribe('Kenya', { capacity: 'right-of-reply' })).limitSeconds).toBe(300);
  });

  it('refuses a third right of reply of a delegation with 409', async () => {
    const { meetingId } = await afterRightsOfReply(2);
    await suite
      .api()
      .post(`/api/meetings/${meetingId}/speakers`)
      .set('Authorization', `Bearer ${suite.officer}`)
      .send({ delegationId: suite.bms7.delegationId('Kenya'), capacity: 'right-of-reply' })
      .expect(409);
  });

  it.each([
    ['resume', {}],
    ['pause', {}],
    ['stop', {}],
    ['start', {}],
    ['skip', {}],
    ['extend', { seconds: 30 }],
  ])('refuses %s on an idle floor with 409 naming the status', async (name, body) => {
    const { command } = await meeting();
    const response = await command(name, body).expect(409);
    expect(response.body.message).toMatch(/idle/);
  });

  it.each([
    ['start', 'running', []],
    ['resume', 'running', []],
    ['pause', 'paused', ['pause']],
    ['resume', 'stopped', ['stop']],
  ])('refuses %s on a %s floor with 409 naming the status', async (name, status, setup) => {
    const { command } = await withSpeaker(['France']);
    for (const step of setup) await command(step).expect(200);
    const response = await command(name).expect(409);
    expect(response.body.message).toMatch(new RegExp(`floor is ${status}`));
  });

  it('refuses a stale version with 409 and changes nothing', async () => {
    const { command, floor, list } = await withSpeaker(['Chile', 'Peru'], { start: false });
    const before = await floor();
    const listBefore = await list();
    await command('next', { version: before.version - 1 }).expect(409);
    expect(await floor()).toEqual({ ...before, serverNow: expect.any(Number) });
    expect(await list()).toEqual(listBefore);
    await command('next', { version: before.version }).expect(200);
  });

  it('extends the limit by a bounded, positive number of seconds', async () => {
    const { command, floor } = await withSpeaker(['Chile']);
    const before = await floor();
    const after = (await command('extend', { seconds: 30 }).expect(200)).body;
    expect(after.limitMs).toBe(before.limitMs + 30000);
    for (const seconds of [0, -5, 1.5, 100000, 'ten']) {
      const response = await command('extend', { seconds }).expect(400);
      expect(response.body.message.join(' ')).toMatch(/seconds/);
    }
  });

  it('counts overtime below zero instead of hiding it', async () => {
    const { command, floor } = await withSpeaker(['Chile']);
    advanceSeconds(200);
    await command('pause').expect(200);
    const paused = await floor();
    expect(paused.limitMs - paused.elapsedMs).toBe(-20000);
  });

  it('shows a message to the speaker and clears it with null', async () => {
    const { command } = await withSpeaker(['Peru']);
    expect((await command('message', { text: 'Please conclude' }).expect(200)).body.message).toBe('Please conclude');
    expect((await command('message', { text: null }).expect(200)).body.message).toBeNull();
    await command('message', { text: 'x'.repeat(81) }).expect(400);
  });

  it('clears the message when the next speaker is called', async () => {
    const { command } = await withSpeaker(['Peru', 'Ghana']);
    await command('message', { text: 'Please conclude' }).expect(200);
    expect((await command('next').expect(200)).body.message).toBeNull();
  });

  it('skips a remote speaker: back in the list after the next speaker, time used kept', async () => {
    const { command, list, entries } = await withSpeaker(['Peru', 'Ghana', 'Nepal']);
    advanceSeconds(20);
    const skipped = (await command('skip').expect(200)).body;
    expect(skipped.speaker.delegation.name).toBe('Ghana');
    expect(waitingNames(await list())).toEqual([
      ['Peru', 1],
      ['Nepal', 2],
    ]);
    const recalled = (await command('next').expect(200)).body;
    expect(recalled).toMatchObject({ entryId: entries[0].id, elapsedMs: 20000, status: 'paused' });
  });

  it('gives exactly one transition and one 409 when two officers press Next at once', async () => {
    const { command, floor } = await withSpeaker(['Chad', 'Mali', 'Peru'], { start: false });
    const before = await floor();
    const responses = await Promise.all([command('next'), command('next')]);
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
    expect((await floor()).version).toBe(before.version + 1);
  });

  it('reports statements per delegation and per meeting, and the record as CSV', async () => {
    const { command, meetingId } = await withSpeaker(['Fiji']);
    advanceSeconds(195);
    await command('stop').expect(200);
    const report = (await suite.api().get('/api/conferences/bms7/report').set('Authorization', `Bearer ${suite.officer}`).expect(200)).body;
    const fiji = report.delegations.find((d: { delegation: { name: string } }) => d.delegation.name === 'Fiji');
    expect(fiji).toMatchObject({ statements: 1, usedMs: 195000, overLimit: 1, overtimeMs: 15000 });
    expect(report.meetings.find((m: { meetingId: number }) => m.meetingId === meetingId)).toMatchObject({ statements: 1, overLimit: 1 });
    const csv = await suite.api().get(`/api/meetings/${meetingId}/statements.csv`).set('Authorization', `Bearer ${suite.officer}`).expect(200);
    expect(parseSpreadsheet(csv.text)[0]).toEqual(['delegation', 'capacity', 'on behalf of', 'limit seconds', 'used seconds', 'overtime seconds', 'started at', 'ended at', 'interruptions', 'mode', 'ended by']);
  });
});

describe('a point of order in one request: POST /floor/point-of-order', () => {
  const suite = useBms7App();
  const raise = (fixture: MeetingFixture, name: string, extra: Record<string, unknown> = {}) =>
    fixture.command('point-of-order', { delegationId: suite.bms7.delegationId(name), ...extra });

  async function speaking(): Promise<MeetingFixture & { france: Entry }> {
    const fixture = await aMeeting(suite);
    const france = await fixture.inscribe('France');
    await fixture.inscribe('Japan');
    await fixture.command('next').expect(200);
    await fixture.command('start').expect(200);
    suite.testApp.clock.advance(30_000);
    return { ...fixture, france };
  }

  it('inscribes the point of order and calls it at once, interrupting the statement on the floor', async () => {
    const fixture = await speaking();
    const raised = (await raise(fixture, 'Brazil').expect(200)).body;
    expect(raised).toMatchObject({ status: 'paused', interruptedEntryIds: [fixture.france.id], limitMs: 120000 });
    expect(raised.speaker).toMatchObject({ delegation: { name: 'Brazil' }, capacity: 'point-of-order', status: 'speaking' });
    const list = await fixture.list();
    expect(list.entries.find((entry: Entry) => entry.capacity === 'point-of-order')).toMatchObject({ id: raised.entryId, status: 'speaking' });
    expect(waitingNames(list)).toEqual([['Japan', 1]]);
  });

  it('bumps the list and the floor versions once each', async () => {
    const fixture = await speaking();
    const [floorBefore, listBefore] = [await fixture.floor(), await fixture.list()];
    await raise(fixture, 'Brazil').expect(200);
    expect((await fixture.floor()).version).toBe(floorBefore.version + 1);
    expect((await fixture.list()).version).toBe(listBefore.version + 1);
  });

  it('gives the floor back to the interrupted speaker on next, with the time used so far', async () => {
    const fixture = await speaking();
    await raise(fixture, 'Brazil').expect(200);
    const back = (await fixture.command('next').expect(200)).body;
    expect(back).toMatchObject({ entryId: fixture.france.id, status: 'paused', elapsedMs: 30000, interruptedEntryIds: [] });
  });

  it('counts the interruption in the interrupted statement and records the point of order', async () => {
    const fixture = await speaking();
    await raise(fixture, 'Brazil').expect(200);
    await fixture.command('start').expect(200);
    await fixture.command('next').expect(200);
    await fixture.command('stop').expect(200);
    expect((await fixture.statements()).map((s: { delegation: { name: string }; interruptions: number }) => [s.delegation.name, s.interruptions])).toEqual([
      ['Brazil', 0],
      ['France', 1],
    ]);
  });

  it('simply calls the point of order on an idle floor', async () => {
    const fixture = await aMeeting(suite);
    const raised = (await raise(fixture, 'Brazil').expect(200)).body;
    expect(raised).toMatchObject({ status: 'paused', interruptedEntryIds: [], speaker: { delegation: { name: 'Brazil' } } });
  });

  it('refuses a stale floor version with 409 and changes neither the list nor the floor', async () => {
    const fixture = await speaking();
    const [floorBefore, listBefore] = [await fixture.floor(), await fixture.list()];
    await raise(fixture, 'Brazil', { version: floorBefore.version - 1 }).expect(409);
    expect(await fixture.floor()).toEqual({ ...floorBefore, serverNow: expect.any(Number) });
    expect(await fixture.list()).toEqual(listBefore);
  });

  it('refuses an unknown delegation with 404', async () => {
    const fixture = await speaking();
    await fixture.command('point-of-order', { delegationId: 999999 }).expect(404);
  });

  it('refuses a body without delegationId with 400 naming it', async () => {
    const fixture = await speaking();
    const response = await fixture.command('point-of-order', {}).expect(400);
    expect(response.body.message.join(' ')).toMatch(/delegationId/);
  });

  it('is for officers only: a delegate gets 403', async () => {
    const fixture = await speaking();
    const kenya = await delegateTokenFor(suite.testApp, 'Kenya');
    await suite
      .api()
      .post(`/api/meetings/${fixture.meetingId}/floor/point-of-order`)
      .set('Authorization', `Bearer ${kenya}`)
      .send({ delegationId: suite.bms7.delegationId('Kenya') })
      .expect(403);
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
    const after = (await request(testApp.app.getHttpServer()).get(`/api/meetings/${meetingId}/floor`).set('Authorization', `Bearer ${officer}`).expect(200)).body;
    expect(after).toMatchObject({ status: 'running', runningSince: started.runningSince, elapsedMs: 0, version: started.version });
    expect(after.serverNow - after.runningSince).toBe(42000);
    const list = (await request(testApp.app.getHttpServer()).get(`/api/meetings/${meetingId}/speakers`).set('Authorization', `Bearer ${officer}`).expect(200)).body;
    expect(list.entries.map((e: { delegation: { name: string }; status: string }) => [e.delegation.name, e.status])).toEqual([
      ['Kenya', 'speaking'],
      ['Peru', 'waiting'],
    ]);
    await testApp.close();
    removeDatabase(testApp.databasePath);
  });
});
