import request from 'supertest';
import { delegateTokenFor, loginAsOfficer } from '../helpers/auth';
import { isFirstPlenary, seededBms7, SeededBms7 } from '../helpers/bms7';
import { createTestApp, removeDatabase, TestApp } from '../helpers/create-test-app';
import { parseSpreadsheet } from '../helpers/spreadsheet';
import { useBms7App } from '../helpers/use-bms7-app';

interface Entry {
  id: number;
  delegation: { id: number; name: string };
  capacity: string;
  onBehalfOf: { id: number; name: string } | null;
  status: string;
  position: number | null;
  limitSeconds: number;
  expectedStartAt?: string;
}

describe("speakers' list", () => {
  let testApp: TestApp;
  let bms7: SeededBms7;
  let officer: string;
  const delegates: Record<string, string> = {};
  let meetingsUsed = 0;

  beforeAll(async () => {
    testApp = await createTestApp();
    bms7 = await seededBms7(testApp);
    officer = await loginAsOfficer(testApp);
    for (const name of ['Kenya', 'France', 'Brazil', 'Holy See']) delegates[name] = await delegateTokenFor(testApp, name);
  });

  afterAll(async () => {
    await testApp.close();
    removeDatabase(testApp.databasePath);
  });

  const api = () => request(testApp.app.getHttpServer());
  // Each test gets its own meeting, so lists never leak between tests.
  const freshMeeting = () => bms7.meetingIds[meetingsUsed++];
  const inscribe = (meetingId: number, token: string, body: Record<string, unknown>) =>
    api().post(`/api/meetings/${meetingId}/speakers`).set('Authorization', `Bearer ${token}`).send(body);
  const list = async (meetingId: number) => (await api().get(`/api/meetings/${meetingId}/speakers`).set('Authorization', `Bearer ${officer}`).expect(200)).body;
  const waiting = async (meetingId: number): Promise<Entry[]> =>
    (await list(meetingId)).entries.filter((e: Entry) => e.status === 'waiting').sort((a: Entry, b: Entry) => a.position! - b.position!);
  const national = (name: string) => ({ delegationId: bms7.delegationId(name), capacity: 'national' });

  it('inscribes a delegate for its own delegation with the national limit', async () => {
    const meetingId = freshMeeting();
    const response = await inscribe(meetingId, delegates.Kenya, national('Kenya')).expect(201);
    expect(response.body).toMatchObject({
      delegation: { id: bms7.delegationId('Kenya'), name: 'Kenya' },
      capacity: 'national',
      onBehalfOf: null,
      status: 'waiting',
      position: 1,
      limitSeconds: 180,
      requestedAt: expect.any(String),
    });
  });

  it('refuses a delegate inscribing another delegation', async () => {
    const meetingId = freshMeeting();
    await inscribe(meetingId, delegates.Kenya, national('France')).expect(403);
    expect(await waiting(meetingId)).toHaveLength(0);
  });

  it('refuses a second waiting entry in the same capacity, saying where the first stands', async () => {
    const meetingId = freshMeeting();
    await inscribe(meetingId, delegates.France, national('France')).expect(201);
    await inscribe(meetingId, delegates.Kenya, national('Kenya')).expect(201);
    const response = await inscribe(meetingId, delegates.Kenya, national('Kenya')).expect(409);
    expect(response.body.message).toMatch(/Kenya.*position 2/);
    expect(await waiting(meetingId)).toHaveLength(2);
  });

  it('returns the first entry with 200 when the same requestId is sent again', async () => {
    const meetingId = freshMeeting();
    const first = await inscribe(meetingId, delegates.Kenya, { ...national('Kenya'), requestId: 'retry-1' }).expect(201);
    const second = await inscribe(meetingId, delegates.Kenya, { ...national('Kenya'), requestId: 'retry-1' }).expect(200);
    expect(second.body.id).toBe(first.body.id);
    expect(await waiting(meetingId)).toHaveLength(1);
  });

  it('gives a group statement the group limit and places it before national statements', async () => {
    const meetingId = freshMeeting();
    await inscribe(meetingId, delegates.France, national('France')).expect(201);
    const group = await inscribe(meetingId, delegates.Kenya, {
      delegationId: bms7.delegationId('Kenya'),
      capacity: 'group',
      onBehalfOfId: bms7.delegationId('African Group'),
    }).expect(201);
    expect(group.body).toMatchObject({ limitSeconds: 300, position: 1, onBehalfOf: { name: 'African Group' } });
  });

  it('refuses a group statement for a group the delegation does not belong to', async () => {
    const meetingId = freshMeeting();
    await inscribe(meetingId, delegates.Kenya, {
      delegationId: bms7.delegationId('Kenya'),
      capacity: 'group',
      onBehalfOfId: bms7.delegationId('European Union'),
    }).expect(403);
  });

  it('requires onBehalfOfId for a group statement', async () => {
    const meetingId = freshMeeting();
    await inscribe(meetingId, delegates.Kenya, { delegationId: bms7.delegationId('Kenya'), capacity: 'group' }).expect(400);
  });

  it('keeps the observer capacity for observer States', async () => {
    const meetingId = freshMeeting();
    await inscribe(meetingId, delegates.Kenya, { delegationId: bms7.delegationId('Kenya'), capacity: 'observer' }).expect(403);
    const holySee = await inscribe(meetingId, delegates['Holy See'], { delegationId: bms7.delegationId('Holy See'), capacity: 'observer' });
    expect(holySee.status).toBe(201);
  });

  it('lets an officer inscribe any delegation', async () => {
    const meetingId = freshMeeting();
    await inscribe(meetingId, officer, national('Brazil')).expect(201);
  });

  it('puts a point of order at the top at once', async () => {
    const meetingId = freshMeeting();
    await inscribe(meetingId, delegates.Kenya, national('Kenya')).expect(201);
    await inscribe(meetingId, delegates.France, national('France')).expect(201);
    const point = await inscribe(meetingId, delegates.Brazil, { delegationId: bms7.delegationId('Brazil'), capacity: 'point-of-order' });
    expect(point.status).toBe(201);
    expect((await waiting(meetingId)).map((e) => e.delegation.name)).toEqual(['Brazil', 'Kenya', 'France']);
  });

  it('closes the list to delegates but not to officers, and reopens it', async () => {
    const meetingId = freshMeeting();
    const closed = await api().post(`/api/meetings/${meetingId}/speakers/close`).set('Authorization', `Bearer ${officer}`).expect(200);
    expect(closed.body.closed).toBe(true);
    await inscribe(meetingId, delegates.Kenya, national('Kenya')).expect(409);
    await inscribe(meetingId, officer, national('Kenya')).expect(201);
    const reopened = await api().post(`/api/meetings/${meetingId}/speakers/reopen`).set('Authorization', `Bearer ${officer}`).expect(200);
    expect(reopened.body.closed).toBe(false);
    await inscribe(meetingId, delegates.France, national('France')).expect(201);
  });
});

describe("speakers' list: order, versions and concurrency", () => {
  const suite = useBms7App();
  let meetingId: number;

  beforeAll(() => {
    meetingId = suite.bms7.meetingId(isFirstPlenary);
  });

  const { api } = suite;
  const asOfficer = (req: request.Test) => req.set('Authorization', `Bearer ${suite.officer}`);
  const inscribe = (name: string, capacity = 'national') =>
    asOfficer(api().post(`/api/meetings/${meetingId}/speakers`)).send({ delegationId: suite.bms7.delegationId(name), capacity });
  const order = async () => {
    const body = (await api().get(`/api/meetings/${meetingId}/speakers`).set('Authorization', `Bearer ${suite.officer}`).expect(200)).body;
    return {
      version: body.version as number,
      names: (body.entries as Entry[]).filter((e) => e.status === 'waiting').map((e) => e.delegation.name),
      entries: body.entries as Entry[],
      body,
    };
  };
  const idOf = async (name: string) => (await order()).entries.find((e) => e.delegation.name === name && e.status === 'waiting')!.id;

  it('keeps a moved entry in place when later entries arrive', async () => {
    for (const name of ['Kenya', 'France', 'Brazil']) await inscribe(name).expect(201);
    const { version } = await order();
    await asOfficer(api().post(`/api/meetings/${meetingId}/speakers/${await idOf('Brazil')}/move`)).send({ position: 1, version }).expect(200);
    await inscribe('Japan').expect(201);
    expect((await order()).names).toEqual(['Brazil', 'Kenya', 'France', 'Japan']);
  });

  it('refuses a stale version with 409 and changes nothing', async () => {
    const before = await order();
    await asOfficer(api().post(`/api/meetings/${meetingId}/speakers/${await idOf('Japan')}/move`))
      .send({ position: 1, version: before.version - 1 })
      .expect(409);
    const after = await order();
    expect(after.names).toEqual(before.names);
    expect(after.version).toBe(before.version);
  });

  it('swaps two entries', async () => {
    const { version } = await order();
    await asOfficer(api().post(`/api/meetings/${meetingId}/speakers/swap`))
      .send({ entryIdA: await idOf('Kenya'), entryIdB: await idOf('Japan'), version })
      .expect(200);
    expect((await order()).names).toEqual(['Brazil', 'Japan', 'France', 'Kenya']);
  });

  it('withdraws an entry and keeps it in the history', async () => {
    const franceId = await idOf('France');
    await asOfficer(api().delete(`/api/meetings/${meetingId}/speakers/${franceId}`)).expect(200);
    const after = await order();
    expect(after.names).toEqual(['Brazil', 'Japan', 'Kenya']);
    expect(after.entries.find((e) => e.id === franceId)).toMatchObject({ status: 'withdrawn', position: null });
  });

  it('forecasts when each waiting entry speaks and whether the list fits', async () => {
    const { body } = await order();
    const queue = (body.entries as Entry[]).filter((e) => e.status === 'waiting');
    expect(queue[0].expectedStartAt).toBe('2021-07-26T14:00:00.000Z');
    expect(queue[1].expectedStartAt).toBe('2021-07-26T14:03:00.000Z');
    expect(body.expectedEndAt).toBe('2021-07-26T14:09:00.000Z');
    expect(body.fitsInMeeting).toBe(true);
  });

  it('answers 404 for unknown meetings, entries and delegations', async () => {
    await asOfficer(api().post('/api/meetings/99999/speakers')).send({ delegationId: 1, capacity: 'national' }).expect(404);
    await asOfficer(api().delete(`/api/meetings/${meetingId}/speakers/99999`)).expect(404);
    await asOfficer(api().post(`/api/meetings/${meetingId}/speakers`)).send({ delegationId: 99999, capacity: 'national' }).expect(404);
  });

  it.each(['0x31', '1e0', ' 1', '+1', '1.0', '-1'])('reads a version in the query string as decimal digits only: %j is a 400', async (version) => {
    const entry = (await inscribe('Tonga').expect(201)).body;
    const response = await asOfficer(api().delete(`/api/meetings/${meetingId}/speakers/${entry.id}`).query({ version })).expect(400);
    expect(response.body.message).toEqual([expect.stringMatching(/^version: /)]);
    await asOfficer(api().delete(`/api/meetings/${meetingId}/speakers/${entry.id}`)).expect(200);
  });

  it('names every bad field in a 400', async () => {
    const response = await asOfficer(api().post(`/api/meetings/${meetingId}/speakers`)).send({ delegationId: 'x', capacity: 'king', extra: 1 });
    expect(response.status).toBe(400);
    const message = (response.body.message as string[]).join(' | ');
    expect(message).toMatch(/delegationId/);
    expect(message).toMatch(/capacity/);
    expect(message).toMatch(/extra/);
  });

  it('exports the list as CSV with a header row, CRLF records and a byte-order mark', async () => {
    const response = await asOfficer(api().get(`/api/meetings/${meetingId}/speakers.csv`)).expect(200);
    expect(response.headers['content-type']).toMatch(/text\/csv/);
    const [header, ...rows] = parseSpreadsheet(response.text);
    expect(header).toEqual(['position', 'delegation', 'capacity', 'on behalf of', 'status', 'inscribed at', 'limit seconds', 'expected start']);
    expect(rows.some((row) => row.slice(0, 3).join() === '1,Brazil,national')).toBe(true);
  });

  it('takes 20 delegates inscribing at once: 20 entries at distinct positions', async () => {
    const meeting = suite.bms7.meetingId((m) => m.kind === 'plenary' && m.startsAt === '2021-07-26T19:00:00.000Z');
    const names = ['Argentina', 'Australia', 'Austria', 'Bangladesh', 'Belgium', 'Canada', 'Chile', 'China', 'Colombia', 'Egypt',
      'Ghana', 'India', 'Indonesia', 'Ireland', 'Italy', 'Mexico', 'Nigeria', 'Norway', 'Peru', 'Senegal'];
    const tokens = await Promise.all(names.map((name) => delegateTokenFor(suite.testApp, name)));
    const responses = await Promise.all(
      names.map((name, index) =>
        api()
          .post(`/api/meetings/${meeting}/speakers`)
          .set('Authorization', `Bearer ${tokens[index]}`)
          .send({ delegationId: suite.bms7.delegationId(name), capacity: 'national', requestId: `rush-${index}` }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(names.map(() => 201));
    const entries: Entry[] = (await asOfficer(api().get(`/api/meetings/${meeting}/speakers`)).expect(200)).body.entries;
    expect(entries).toHaveLength(20);
    expect(entries.map((e) => e.position).sort((a, b) => a! - b!)).toEqual(names.map((_, i) => i + 1));
    expect(new Set(entries.map((e) => e.delegation.name)).size).toBe(20);
  });
});
