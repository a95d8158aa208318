import { isFirstPlenary } from '../helpers/bms7';
import { useBms7App } from '../helpers/use-bms7-app';

// The fake clock stands at a day long after BMS7, as a newcomer's machine would.
const TODAY_MS = Date.UTC(2026, 11, 2, 15, 7, 42);

describe('rehearsal: a copy of a meeting that is live today', () => {
  const suite = useBms7App();
  const asOfficer = (method: 'get' | 'post' | 'delete' | 'patch', path: string) =>
    suite.api()[method](path).set('Authorization', `Bearer ${suite.officer}`);
  const rehearse = async (meetingId: number) => (await asOfficer('post', `/api/meetings/${meetingId}/rehearsal`).expect(201)).body;

  beforeAll(() => suite.testApp.clock.set(TODAY_MS));

  it('copies the first plenary to start now, on the minute, for the same length, agenda, kind and format', async () => {
    const plenaryId = suite.bms7.meetingId(isFirstPlenary);
    const plenary = (await suite.api().get(`/api/meetings/${plenaryId}`).expect(200)).body;
    const copy = await rehearse(plenaryId);
    expect(copy).toMatchObject({
      rehearsal: true,
      rehearsalOf: plenaryId,
      webcast: false,
      kind: plenary.kind,
      format: plenary.format,
      room: plenary.room,
      agendaItemIds: plenary.agendaItemIds,
      startsAt: '2026-12-02T15:07:00.000Z',
      endsAt: '2026-12-02T18:07:00.000Z',
      title: `Rehearsal: ${plenary.title}`,
      provisional: false,
    });
    expect(copy.id).not.toBe(plenaryId);
    expect((await suite.api().get(`/api/meetings/${copy.id}`).expect(200)).body).toEqual(copy);
  });

  it('is under way: its list forecasts from now and fits in its time', async () => {
    const copy = await rehearse(suite.bms7.meetingId(isFirstPlenary));
    await asOfficer('post', `/api/meetings/${copy.id}/speakers`).send({ delegationId: suite.bms7.delegationId('Kenya'), capacity: 'national' }).expect(201);
    const list = (await asOfficer('get', `/api/meetings/${copy.id}/speakers`).expect(200)).body;
    expect(Date.parse(list.entries[0].expectedStartAt)).toBeGreaterThanOrEqual(TODAY_MS);
    expect(list.fitsInMeeting).toBe(true);
  });

  it('is not refused because a real meeting holds the room now: a rehearsal books no room', async () => {
    const plenaryId = suite.bms7.meetingId(isFirstPlenary);
    const plenary = (await suite.api().get(`/api/meetings/${plenaryId}`).expect(200)).body;
    await asOfficer('post', '/api/conferences/bms7/meetings')
      .send({ title: 'A real meeting today', kind: 'other', format: 'in-person', room: plenary.room, startsAt: '2026-12-02T10:00', endsAt: '2026-12-02T12:00', preparatory: true })
      .expect(201);
    expect((await rehearse(plenaryId)).room).toBe(plenary.room);
  });

  it('is refused without an officer token (the authorization matrix tries every caller)', async () => {
    const plenaryId = suite.bms7.meetingId(isFirstPlenary);
    await suite.api().post(`/api/meetings/${plenaryId}/rehearsal`).expect(401);
  });

  it('answers 404 for an unknown meeting', async () => {
    await asOfficer('post', '/api/meetings/999999/rehearsal').expect(404);
  });

  it('stays out of the calendar file and the conference report', async () => {
    const copy = await rehearse(suite.bms7.meetingId(isFirstPlenary));
    await asOfficer('post', `/api/meetings/${copy.id}/speakers`).send({ delegationId: suite.bms7.delegationId('Brazil'), capacity: 'national' }).expect(201);
    for (const command of ['next', 'start']) await asOfficer('post', `/api/meetings/${copy.id}/floor/${command}`).send({}).expect(200);
    suite.testApp.clock.advance(60_000);
    await asOfficer('post', `/api/meetings/${copy.id}/floor/stop`).send({}).expect(200);
    expect((await asOfficer('get', `/api/meetings/${copy.id}/statements`).expect(200)).body).toHaveLength(1);

    const calendar = (await suite.api().get('/api/conferences/bms7/calendar.ics').expect(200)).text;
    expect(calendar).not.toContain('Rehearsal:');
    expect(calendar).toContain('1st plenary meeting');
    await suite.api().get(`/api/conferences/bms7/calendar.ics?meeting=${copy.id}`).expect(404);
    const report = (await asOfficer('get', '/api/conferences/bms7/report').expect(200)).body;
    expect(report.meetings.map((meeting: { meetingId: number }) => meeting.meetingId)).not.toContain(copy.id);
  });

  it('is deleted with its list and statements, where a real meeting with speakers is refused', async () => {
    const copy = await rehearse(suite.bms7.meetingId(isFirstPlenary));
    await asOfficer('post', `/api/meetings/${copy.id}/speakers`).send({ delegationId: suite.bms7.delegationId('Germany'), capacity: 'national' }).expect(201);
    for (const command of ['next', 'start', 'stop']) await asOfficer('post', `/api/meetings/${copy.id}/floor/${command}`).send({}).expect(200);
    await asOfficer('post', `/api/meetings/${copy.id}/speakers`).send({ delegationId: suite.bms7.delegationId('Japan'), capacity: 'national' }).expect(201);

    await asOfficer('delete', `/api/meetings/${copy.id}`).expect(204);
    await suite.api().get(`/api/meetings/${copy.id}`).expect(404);
    await suite.api().get(`/api/meetings/${copy.id}/speakers`).expect(404);
    expect((await suite.api().get(`/api/meetings/${copy.id}/statements`)).status).toBe(404);

    const real = suite.bms7.meetingId(isFirstPlenary);
    await asOfficer('post', `/api/meetings/${real}/speakers`).send({ delegationId: suite.bms7.delegationId('Kenya'), capacity: 'national' }).expect(201);
    await asOfficer('delete', `/api/meetings/${real}`).expect(409);
  });

  it('can be moved to another time today, outside the conference dates', async () => {
    const copy = await rehearse(suite.bms7.meetingId(isFirstPlenary));
    const moved = (await asOfficer('patch', `/api/meetings/${copy.id}`).send({ startsAt: '2026-12-02T14:00', endsAt: '2026-12-02T15:00' }).expect(200)).body;
    expect(moved).toMatchObject({ rehearsal: true, startsAt: '2026-12-02T19:00:00.000Z' });
  });
});
