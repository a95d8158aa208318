import { aMeeting } from '../factories/meeting';
import { useBms7App } from '../helpers/use-bms7-app';

describe('the record of the conference', () => {
  const suite = useBms7App();
  let firstMeeting: number;
  let secondMeeting: number;

  /** One statement each, run through the floor: called, started, 200 s later the next is called. */
  async function statementsIn(meeting: Awaited<ReturnType<typeof aMeeting>>, names: string[]) {
    for (const name of names) await meeting.inscribe(name);
    for (let i = 0; i < names.length; i++) {
      await meeting.command('next').expect(200);
      await meeting.command('start').expect(200);
      suite.testApp.clock.advance(200_000);
    }
    await meeting.command('next').expect(200);
  }

  beforeAll(async () => {
    const first = await aMeeting(suite, { startsAt: '2021-07-26T10:00', endsAt: '2021-07-26T13:00' });
    const second = await aMeeting(suite, { startsAt: '2021-07-27T10:00', endsAt: '2021-07-27T13:00' });
    [firstMeeting, secondMeeting] = [first.meetingId, second.meetingId];
    await statementsIn(second, ['Brazil']);
    await statementsIn(first, ['Kenya', 'Brazil']);
  });

  it('lists every statement of the week in the order given, each with its meeting', async () => {
    const { body } = await suite.api().get('/api/conferences/bms7/statements').set('Authorization', `Bearer ${suite.officer}`).expect(200);
    expect(body.map((s: { delegation: { name: string }; meetingId: number }) => [s.delegation.name, s.meetingId])).toEqual([
      ['Brazil', secondMeeting],
      ['Kenya', firstMeeting],
      ['Brazil', firstMeeting],
    ]);
    expect(body[1]).toMatchObject({ meetingTitle: expect.stringMatching(/^Floor test/), capacity: 'national', limitMs: 180_000, usedMs: 200_000, overtimeMs: 20_000 });
  });

  it('filters the speech list by delegation', async () => {
    const brazil = suite.bms7.delegationId('Brazil');
    const { body } = await suite.api().get('/api/conferences/bms7/statements').set('Authorization', `Bearer ${suite.officer}`).query({ delegationId: String(brazil) }).expect(200);
    expect(body).toHaveLength(2);
    expect(body.every((s: { delegation: { id: number } }) => s.delegation.id === brazil)).toBe(true);
  });

  it('gives the speech list as CSV', async () => {
    const response = await suite.api().get('/api/conferences/bms7/statements.csv').set('Authorization', `Bearer ${suite.officer}`).expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toContain('bms7-statements.csv');
    const lines = response.text.trim().split(/\r?\n/);
    expect(lines[0]).toContain('delegation');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toContain('Kenya');
  });

  it('gives the report per meeting and per delegation as CSV, with overruns and cut-offs', async () => {
    const response = await suite.api().get('/api/conferences/bms7/report.csv').set('Authorization', `Bearer ${suite.officer}`).expect(200);
    const lines = response.text.trim().split(/\r?\n/);
    expect(lines[0]).toBe('per,id,name,statements,used seconds,overruns,overtime seconds,cut-offs');
    expect(lines).toContain(`delegation,${suite.bms7.delegationId('Brazil')},Brazil,2,400.0,2,40.0,0`);
    expect(lines.some((line) => line.startsWith(`meeting,${firstMeeting},`) && line.endsWith(',2,400.0,2,40.0,0'))).toBe(true);
    expect(lines[lines.length - 1]).toBe('conference,,all,3,600.0,3,60.0,0');
  });

  it('names a bad delegation filter with 400 and an unknown conference with 404', async () => {
    const bad = await suite.api().get('/api/conferences/bms7/statements').set('Authorization', `Bearer ${suite.officer}`).query({ delegationId: 'x' }).expect(400);
    expect(String(bad.body.message)).toContain('delegationId');
    await suite.api().get('/api/conferences/nope/statements').set('Authorization', `Bearer ${suite.officer}`).expect(404);
    await suite.api().get('/api/conferences/nope/report.csv').set('Authorization', `Bearer ${suite.officer}`).expect(404);
  });

  it('is for signed-in readers: the statements of the week hold closed meetings too, the report is for officers', async () => {
    await suite.api().get('/api/conferences/bms7/statements').expect(401);
    await suite.api().get('/api/conferences/bms7/statements.csv').expect(401);
    await suite.api().get('/api/conferences/bms7/report.csv').expect(401);
  });
});
