import { createTestApp, removeDatabase, TestApp } from '../helpers/create-test-app';
import { apiFor, MeetingJson } from './timetable-support';

const MEETINGS = '/api/conferences/bms7/meetings';
const CONTRACT_FIELDS = ['id', 'title', 'kind', 'format', 'webcast', 'room', 'startsAt', 'endsAt', 'agendaItemIds'];

describe('timetable: each reader sees the week in their own zone', () => {
  let testApp: TestApp;
  let api: ReturnType<typeof apiFor>;
  let week: MeetingJson[];

  beforeAll(async () => {
    testApp = await createTestApp();
    api = apiFor(testApp);
    week = await api.meetings();
  });

  afterAll(async () => {
    await testApp.close();
    removeDatabase(testApp.databasePath);
  });

  const byStart = (meetings: MeetingJson[], startsAt: string) => meetings.find((m) => m.startsAt === startsAt)!;

  describe('local times with ?tz=', () => {
    it('keeps the contract shape without tz, with venue times beside and no local times', async () => {
      expect(week).toHaveLength(22);
      for (const meeting of week) {
        expect(Object.keys(meeting)).toEqual(expect.arrayContaining(CONTRACT_FIELDS));
        expect(meeting).not.toHaveProperty('local');
        expect(meeting.venueLocal.zone).toBe('America/New_York');
      }
    });

    it.each([
      // The 2nd plenary, Mon 26 July 15:00-18:00 in New York, is already Tuesday morning in Tokyo.
      ['Asia/Tokyo', '2021-07-26T19:00:00.000Z', '2021-07-27T04:00:00.000+09:00', '2021-07-27T07:00:00.000+09:00', '2021-07-27'],
      // The 1st plenary, Mon 26 July 10:00-13:00 in New York, is 02:00 on Tuesday in Auckland (NZST, winter).
      ['Pacific/Auckland', '2021-07-26T14:00:00.000Z', '2021-07-27T02:00:00.000+12:00', '2021-07-27T05:00:00.000+12:00', '2021-07-27'],
      // The same plenary is still Monday in Tokyo.
      ['Asia/Tokyo', '2021-07-26T14:00:00.000Z', '2021-07-26T23:00:00.000+09:00', '2021-07-27T02:00:00.000+09:00', '2021-07-26'],
      ['Africa/Nairobi', '2021-07-27T13:00:00.000Z', '2021-07-27T16:00:00.000+03:00', '2021-07-27T17:00:00.000+03:00', '2021-07-27'],
    ])('in %s, the meeting starting %s runs %s to %s, local date %s', async (zone, startsAtUtc, startsAt, endsAt, date) => {
      const local = byStart(await api.meetings(`?tz=${encodeURIComponent(zone)}`), startsAtUtc);
      expect(local.local).toEqual({ zone, startsAt, endsAt, date });
      expect(local.startsAt).toBe(startsAtUtc);
    });

    it('only adds to the meetings: without local they are the same as without tz', async () => {
      const inTokyo = await api.meetings('?tz=Asia/Tokyo');
      expect(inTokyo.map(({ local, ...rest }) => (expect(local?.zone).toBe('Asia/Tokyo'), rest))).toEqual(week);
    });

    it('spells the zone canonically', async () => {
      const [first] = await api.meetings('?tz=asia/tokyo');
      expect(first.local?.zone).toBe('Asia/Tokyo');
    });

    it.each([['Mars/Olympus_Mons'], ['+09:00'], ['JST9'], ['']])('refuses tz=%p: 400 naming tz', async (zone) => {
      const response = await api.get(`${MEETINGS}?tz=${encodeURIComponent(zone)}`).expect(400);
      expect(response.body).toEqual({
        statusCode: 400,
        error: 'Bad Request',
        message: ['tz: must be an IANA time zone, such as "Asia/Tokyo"'],
        code: 'INVALID_INPUT',
        fields: [{ field: 'tz', code: 'INVALID', message: 'must be an IANA time zone, such as "Asia/Tokyo"' }],
      });
    });
  });

  describe('instant range with ?from=&to=', () => {
    it('keeps the meetings of one venue day', async () => {
      const range = new URLSearchParams({ from: '2021-07-27T00:00-04:00', to: '2021-07-28T00:00-04:00' });
      const tuesday = await api.meetings(`?${range}`);
      expect(tuesday.map((m) => m.venueLocal.startsAt)).toEqual([
        '2021-07-27T09:00:00.000-04:00',
        '2021-07-27T10:00:00.000-04:00',
        '2021-07-27T15:00:00.000-04:00',
      ]);
    });

    it('treats the range as half-open: a meeting ending at from or starting at to is out', async () => {
      // The 27 July consultations end at 14:00Z, as the 3rd plenary starts; the 4th starts at 19:00Z.
      const midday = await api.meetings('?from=2021-07-27T14:00:00Z&to=2021-07-27T19:00:00Z');
      expect(midday.map((m) => m.title)).toEqual(['3rd plenary meeting: thematic debate on agenda item B']);
    });

    it('keeps meetings that only partly overlap the range', async () => {
      const partly = await api.meetings('?from=2021-07-27T16:59:00Z&to=2021-07-27T17:01:00Z');
      expect(partly.map((m) => m.startsAt)).toEqual(['2021-07-27T14:00:00.000Z']);
    });

    it('takes from or to alone', async () => {
      const preparatory = await api.meetings('?to=2021-07-26T00:00:00Z');
      expect(preparatory).toHaveLength(7);
      expect(preparatory.every((m) => m.format === 'virtual')).toBe(true);
      const friday = await api.meetings('?from=2021-07-30T04:00:00Z');
      expect(friday).toHaveLength(3);
    });

    it('combines the range with tz', async () => {
      const [first] = await api.meetings('?from=2021-07-30T04:00:00Z&tz=Pacific/Auckland');
      expect(first.local).toEqual({
        zone: 'Pacific/Auckland',
        startsAt: '2021-07-31T01:00:00.000+12:00',
        endsAt: '2021-07-31T02:00:00.000+12:00',
        date: '2021-07-31',
      });
    });

    it.each([
      ['from=yesterday', 'from: must be an ISO instant with offset or Z'],
      ['to=2021-07-27T09:00', 'to: must be an ISO instant with offset or Z'],
      ['from=2021-07-28T00:00:00Z&to=2021-07-27T00:00:00Z', 'to: must be after from'],
      ['from=2021-07-28T00:00:00Z&to=2021-07-27T20:00:00-04:00', 'to: must be after from'],
      ['day=2021-07-27', 'day: unknown field'],
    ])('refuses ?%s: 400 naming the field', async (query, message) => {
      const response = await api.get(`${MEETINGS}?${query.replace(/\+/g, '%2B')}`).expect(400);
      expect(response.body.message).toEqual([expect.stringContaining(message)]);
    });
  });
});
