import request from 'supertest';
import { DataSource } from 'typeorm';
import { DelegationEntity } from '../../src/conferences/delegation.entity';
import { MeetingEntity } from '../../src/meetings/meeting.entity';
import { createTestApp, removeDatabase, TestApp } from '../helpers/create-test-app';

describe('foundation: the BMS7 week over HTTP', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp();
  });

  afterAll(async () => {
    await testApp.close();
    removeDatabase(testApp.databasePath);
  });

  const api = () => request(testApp.app.getHttpServer());

  it('reports health', async () => {
    const response = await api().get('/api/health').expect(200);
    expect(response.body).toMatchObject({ status: 'ok' });
  });

  it('lists the BMS7 conference', async () => {
    const response = await api().get('/api/conferences').expect(200);
    expect(response.body).toEqual([
      {
        slug: 'bms7',
        title: expect.stringContaining('Seventh Biennial Meeting of States'),
        timeZone: 'America/New_York',
        startsOn: '2021-07-26',
        endsOn: '2021-07-30',
      },
    ]);
  });

  it('gives the statement limits the chair announced', async () => {
    const response = await api().get('/api/conferences/bms7').expect(200);
    expect(response.body.statementLimits).toMatchObject({ national: 180, group: 300, 'right-of-reply': 600 });
    expect(response.body.rightOfReplySeconds).toEqual([600, 300]);
    expect(response.body.warningSeconds).toBe(30);
    expect(response.body.bureau).toContainEqual({ role: 'chair', regionalGroup: 'African', delegation: 'Kenya', person: 'Martin Kimani' });
    expect(response.body.bureau).toContainEqual({ role: 'vice-chair', regionalGroup: 'GRULAC', delegation: null, person: null });
  });

  it('answers 404 in Nest error shape for an unknown conference', async () => {
    const response = await api().get('/api/conferences/bms99').expect(404);
    expect(response.body).toEqual({ statusCode: 404, error: 'Not Found', message: expect.stringContaining('bms99'), code: 'CONFERENCE_NOT_FOUND' });
  });

  it('lists the agenda items A to E', async () => {
    const response = await api().get('/api/conferences/bms7/agenda').expect(200);
    expect(response.body.map((item: { code: string }) => item.code)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(response.body[3]).toEqual({ id: expect.any(Number), code: 'D', title: 'Exchange of views on BMS8' });
  });

  it('lists meetings sorted by start, with the 27 July consultation at 13:00 UTC', async () => {
    const response = await api().get('/api/conferences/bms7/meetings').expect(200);
    const starts = response.body.map((m: { startsAt: string }) => m.startsAt);
    expect([...starts].sort()).toEqual(starts);
    const consultation = response.body.find((m: { startsAt: string }) => m.startsAt === '2021-07-27T13:00:00.000Z');
    expect(consultation).toMatchObject({ kind: 'informal-consultation', endsAt: '2021-07-27T14:00:00.000Z' });
    expect(Object.keys(consultation).sort()).toEqual(
      expect.arrayContaining(['id', 'title', 'kind', 'format', 'webcast', 'room', 'startsAt', 'endsAt', 'agendaItemIds']),
    );
  });

  it('seeds ten webcast hybrid plenary sittings in the conference week', async () => {
    const response = await api().get('/api/conferences/bms7/meetings').expect(200);
    const plenaries = response.body.filter((m: { kind: string }) => m.kind === 'plenary');
    expect(plenaries).toHaveLength(10);
    for (const plenary of plenaries) {
      expect(plenary).toMatchObject({ format: 'hybrid', webcast: true, room: expect.any(String) });
      expect(plenary.agendaItemIds.length).toBeGreaterThan(0);
    }
    expect(plenaries[0].startsAt).toBe('2021-07-26T14:00:00.000Z');
  });

  it('seeds the virtual consultations of 22 July at 10:00 EDT with no room', async () => {
    const response = await api().get('/api/conferences/bms7/meetings').expect(200);
    const july22 = response.body.find((m: { startsAt: string }) => m.startsAt === '2021-07-22T14:00:00.000Z');
    expect(july22).toMatchObject({ format: 'virtual', room: null, kind: 'informal-consultation' });
  });

  it('gets one meeting by id in the list shape', async () => {
    const [first] = (await api().get('/api/conferences/bms7/meetings').expect(200)).body;
    const response = await api().get(`/api/meetings/${first.id}`).expect(200);
    expect(response.body).toEqual(first);
  });

  it('answers 404 for an unknown meeting and 400 naming the field for a malformed id', async () => {
    await api().get('/api/meetings/99999').expect(404);
    const response = await api().get('/api/meetings/abc').expect(400);
    expect(response.body.message).toEqual([expect.stringContaining('id')]);
  });

  it('lists delegations with kind, regional group and group membership', async () => {
    const response = await api().get('/api/conferences/bms7/delegations').expect(200);
    const byName = new Map(response.body.map((d: { name: string }) => [d.name, d]));
    const kenya = byName.get('Kenya') as { kind: string; regionalGroup: string; memberOf: number[] };
    const african = byName.get('African Group') as { id: number; kind: string };
    expect(kenya).toMatchObject({ kind: 'member-state', regionalGroup: 'African' });
    expect(african.kind).toBe('group');
    expect(kenya.memberOf).toContain(african.id);
    expect(response.body.filter((d: { kind: string }) => d.kind === 'member-state')).toHaveLength(193);
    expect(byName.get('Holy See')).toMatchObject({ kind: 'observer-state', regionalGroup: null });
  });

  it('validates query parameters, naming the bad field', async () => {
    const response = await api().get('/api/conferences/bms7/delegations?kind=planet').expect(400);
    expect(response.body.message).toEqual([expect.stringMatching(/^kind/)]);
  });

  it('serves the OpenAPI document', async () => {
    const response = await api().get('/api/docs-json').expect(200);
    expect(response.body.paths).toHaveProperty('/api/conferences/{slug}/meetings');
  });

  it('keeps the data and seeds nothing twice after a restart on the same file', async () => {
    testApp = await testApp.restart();
    const dataSource = testApp.app.get(DataSource);
    expect(await dataSource.getRepository(MeetingEntity).count()).toBe(22);
    expect(await dataSource.getRepository(DelegationEntity).countBy({ kind: 'member-state' })).toBe(193);
    const response = await api().get('/api/conferences').expect(200);
    expect(response.body).toHaveLength(1);
  });
});
