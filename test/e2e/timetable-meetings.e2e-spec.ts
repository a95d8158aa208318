import { DataSource } from 'typeorm';
import { FloorEntity } from '../../src/floor/floor.entity';
import { SpeakersListEntity } from '../../src/speakers/speakers-list.entity';
import type { TestApp } from '../helpers/create-test-app';
import { Api, BMS7_ROOM, createMeeting, meetingBody, MeetingBody, MEETINGS, useTimetableApp } from './timetable-support';

// Preparatory consultations are virtual and may fall on any date: used for times far from July.
const VIRTUAL_PREPARATORY = { format: 'virtual', room: null, preparatory: true };

describe('timetable: officers add meetings to the BMS7 week', () => {
  let testApp: TestApp;
  let officer: string;
  let api: Api;
  const suite = useTimetableApp();
  beforeAll(() => ({ testApp, officer, api } = suite));

  const create = (overrides: Partial<MeetingBody> = {}) => createMeeting(api, officer, overrides);
  const agendaIds = async (): Promise<Record<string, number>> => {
    const items: { id: number; code: string }[] = (await api.get('/api/conferences/bms7/agenda').expect(200)).body;
    return Object.fromEntries(items.map((item) => [item.code, item.id]));
  };

  describe('creating', () => {
    it('reads times without offset as venue time and answers in UTC, with venue-local times beside', async () => {
      const { B } = await agendaIds();
      const created = await create({ agendaItemIds: [B] });
      expect(created).toMatchObject({
        title: 'Side event: gender-responsive small arms control',
        kind: 'other',
        format: 'in-person',
        webcast: false,
        room: BMS7_ROOM,
        startsAt: '2021-07-27T17:15:00.000Z',
        endsAt: '2021-07-27T18:45:00.000Z',
        agendaItemIds: [B],
        cancelled: false,
        preparatory: false,
        version: 1,
        venueLocal: {
          zone: 'America/New_York',
          startsAt: '2021-07-27T13:15:00.000-04:00',
          endsAt: '2021-07-27T14:45:00.000-04:00',
          date: '2021-07-27',
        },
      });
      expect(created).not.toHaveProperty('local');
      expect((await api.get(`/api/meetings/${created.id}`).expect(200)).body).toEqual(created);
      expect(await api.meetings()).toContainEqual(created);
    });

    it('creates the speakers list and the idle floor with the meeting', async () => {
      const created = await create({ startsAt: '2021-07-26T13:00', endsAt: '2021-07-26T14:00' });
      const dataSource = testApp.app.get(DataSource);
      expect(await dataSource.getRepository(SpeakersListEntity).countBy({ meetingId: created.id })).toBe(1);
      expect(await dataSource.getRepository(FloorEntity).countBy({ meetingId: created.id })).toBe(1);
    });

    it.each([
      ['an instant with offset', '2021-07-28T13:00-04:00', '2021-07-28T13:30-04:00'],
      ['a UTC instant', '2021-07-28T17:30:00Z', '2021-07-28T18:00:00.000Z'],
    ])('takes %s as given', async (_case, startsAt, endsAt) => {
      const created = await create({ startsAt, endsAt });
      expect(new Date(created.startsAt).getTime()).toBe(Date.parse(startsAt));
      expect(new Date(created.endsAt).getTime()).toBe(Date.parse(endsAt));
    });

    it('lets a virtual meeting have no room, at the same time as a plenary', async () => {
      const created = await create({ format: 'virtual', room: null, startsAt: '2021-07-26T10:00', endsAt: '2021-07-26T11:00' });
      expect(created).toMatchObject({ format: 'virtual', room: null });
    });

    it('lets a preparatory meeting fall before the conference', async () => {
      const created = await create({ ...VIRTUAL_PREPARATORY, startsAt: '2021-07-19T10:00', endsAt: '2021-07-19T12:00' });
      expect(created).toMatchObject({ preparatory: true, startsAt: '2021-07-19T14:00:00.000Z' });
    });

    it('defaults webcast, room, agenda, preparatory and cancelled', async () => {
      const bare = { title: 'Bureau meeting', kind: 'other', format: 'virtual', startsAt: '2021-07-29T08:00', endsAt: '2021-07-29T08:30' };
      const response = await api.post(MEETINGS, bare, officer).expect(201);
      expect(response.body).toMatchObject({ webcast: false, room: null, agendaItemIds: [], preparatory: false, cancelled: false });
    });
  });

  describe('refusing', () => {
    it.each([
      ['ends before it starts', { endsAt: '2021-07-27T13:00' }, 'endsAt: must be after startsAt'],
      ['ends as it starts', { endsAt: '2021-07-27T13:15' }, 'endsAt: must be after startsAt'],
      ['falls after the conference', { startsAt: '2021-08-02T10:00', endsAt: '2021-08-02T11:00' }, 'startsAt: 2021-08-02 is outside the conference'],
      ['starts before the first day, venue time', { startsAt: '2021-07-26T03:00Z', endsAt: '2021-07-26T05:00Z' }, 'startsAt: 2021-07-25 is outside'],
      ['names an unknown room', { room: 'Trusteeship Council Chamber' }, 'room: no room named "Trusteeship Council Chamber" in BMS7'],
      ['is hybrid with no room', { format: 'hybrid', room: null }, 'room: is required for a meeting held hybrid'],
      ['names an agenda item of no conference', { agendaItemIds: [9999] }, 'agendaItemIds: 9999 not on the agenda of BMS7'],
      ['repeats an agenda item', { agendaItemIds: [1, 1] }, 'agendaItemIds: must not name an agenda item twice'],
      ['has a malformed time', { startsAt: '27 July 2021 13:15' }, 'startsAt: must be an ISO instant with offset'],
      ['has an unknown kind', { kind: 'general-debate' }, 'kind:'],
      ['has an empty title', { title: '  ' }, 'title:'],
      ['carries an unknown field', { chair: 'Kenya' }, 'chair: unknown field'],
    ])('a meeting that %s: 400 naming the field', async (_rule, overrides, message) => {
      const response = await api.post(MEETINGS, { ...meetingBody(), ...overrides }, officer).expect(400);
      expect(response.body).toEqual({
        statusCode: 400,
        error: 'Bad Request',
        message: [expect.stringContaining(message)],
        code: 'INVALID_INPUT',
        fields: [expect.objectContaining({ field: message.split(':')[0] })],
      });
    });

    it.each([
      ['malformed', { title: '', startsAt: 'soon', endsAt: 'later' }, ['endsAt', 'startsAt', 'title']],
      [
        'unknown in the conference',
        { room: 'Nowhere', agendaItemIds: [9999], preparatory: true, endsAt: '2021-03-14T02:30' },
        ['agendaItemIds', 'endsAt', 'room'],
      ],
    ])('names every %s field at once', async (_case, overrides, fields) => {
      const response = await api.post(MEETINGS, meetingBody(overrides), officer).expect(400);
      expect(response.body.message.map((m: string) => m.split(':')[0]).sort()).toEqual(fields);
    });

    it('refuses a venue time the spring DST change skips, even for a preparatory meeting', async () => {
      const body = meetingBody({ ...VIRTUAL_PREPARATORY, startsAt: '2021-03-14T02:30', endsAt: '2021-03-14T04:00' });
      const response = await api.post(MEETINGS, body, officer).expect(400);
      expect(response.body.message).toEqual([
        'startsAt: 2021-03-14T02:30 does not exist in America/New_York: the clocks skip it for daylight saving time',
      ]);
    });

    it('refuses a venue time the autumn DST change repeats, and takes it with an offset', async () => {
      const body = meetingBody({ ...VIRTUAL_PREPARATORY, startsAt: '2021-11-07T01:30', endsAt: '2021-11-07T03:00' });
      const response = await api.post(MEETINGS, body, officer).expect(400);
      expect(response.body.message).toEqual([expect.stringContaining('give the offset, 2021-11-07T01:30-04:00 or 2021-11-07T01:30-05:00')]);
      const created = (await api.post(MEETINGS, { ...body, startsAt: '2021-11-07T01:30-05:00' }, officer).expect(201)).body;
      expect(created).toMatchObject({ startsAt: '2021-11-07T06:30:00.000Z', endsAt: '2021-11-07T08:00:00.000Z' });
      expect(created.venueLocal).toMatchObject({ startsAt: '2021-11-07T01:30:00.000-05:00', endsAt: '2021-11-07T03:00:00.000-05:00' });
    });

    it('refuses a booking overlapping another meeting in the room: 409 naming it and its times', async () => {
      const overlapping = meetingBody({ startsAt: '2021-07-27T12:00', endsAt: '2021-07-27T13:30' });
      const response = await api.post(MEETINGS, overlapping, officer).expect(409);
      expect(response.body).toEqual({
        statusCode: 409,
        error: 'Conflict',
        message:
          `Room "${BMS7_ROOM}" is already booked by meeting ${response.body.message.match(/meeting (\d+)/)[1]} ` +
          '"3rd plenary meeting: thematic debate on agenda item B" on 2021-07-27 10:00-13:00 America/New_York ' +
          '(2021-07-27T14:00:00.000Z to 2021-07-27T17:00:00.000Z)',
        code: 'ROOM_BOOKED',
      });
    });

    it('allows a meeting that starts as the one before it ends', async () => {
      await create({ startsAt: '2021-07-29T18:00', endsAt: '2021-07-29T19:00' });
    });
  });
});
