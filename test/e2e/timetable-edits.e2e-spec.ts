import { DataSource } from 'typeorm';
import { FloorEntity } from '../../src/floor/floor.entity';
import { StatementEntity } from '../../src/floor/statement.entity';
import { SpeakerEntryEntity } from '../../src/speakers/speaker-entry.entity';
import { SpeakersListEntity } from '../../src/speakers/speakers-list.entity';
import type { TestApp } from '../helpers/create-test-app';
import { Api, createMeeting, delegateToken, insertRow, MeetingBody, meetingBody, MEETINGS, sendWrite, useTimetableApp } from './timetable-support';

describe('timetable: officers edit, cancel and delete meetings', () => {
  let testApp: TestApp;
  let officer: string;
  let api: Api;
  const suite = useTimetableApp();
  beforeAll(() => ({ testApp, officer, api } = suite));

  const create = (overrides: Partial<MeetingBody> = {}) => createMeeting(api, officer, overrides);
  const rowCount = (entity: typeof SpeakersListEntity | typeof FloorEntity | typeof SpeakerEntryEntity, meetingId: number) =>
    testApp.app.get(DataSource).getRepository(entity).countBy({ meetingId });

  describe('editing', () => {
    it('patches fields, bumps the version and keeps the rest', async () => {
      const created = await create({ startsAt: '2021-07-30T13:00', endsAt: '2021-07-30T14:00' });
      const patch = { title: 'Side event (moved)', endsAt: '2021-07-30T14:30', version: 1 };
      const response = await api.patch(`${MEETINGS}/${created.id}`, patch, officer).expect(200);
      expect(response.body).toEqual({
        ...created,
        title: 'Side event (moved)',
        endsAt: '2021-07-30T18:30:00.000Z',
        version: 2,
        venueLocal: { ...created.venueLocal, endsAt: '2021-07-30T14:30:00.000-04:00' },
      });
      expect((await api.get(`/api/meetings/${created.id}`).expect(200)).body).toEqual(response.body);
    });

    it('refuses a stale version with 409 and changes nothing', async () => {
      const created = await create({ startsAt: '2021-07-30T07:00', endsAt: '2021-07-30T08:00' });
      await api.patch(`${MEETINGS}/${created.id}`, { title: 'First edit' }, officer).expect(200);
      const response = await api.patch(`${MEETINGS}/${created.id}`, { title: 'Second edit', version: 1 }, officer).expect(409);
      expect(response.body.message).toContain('now version 2, you sent 1');
      expect((await api.get(`/api/meetings/${created.id}`).expect(200)).body).toMatchObject({ title: 'First edit', version: 2 });
    });

    it('checks a patch against the merged meeting: moving into a plenary is 409', async () => {
      const created = await create({ startsAt: '2021-07-28T07:00', endsAt: '2021-07-28T08:00' });
      const into = { startsAt: '2021-07-28T11:00', endsAt: '2021-07-28T12:00' };
      const response = await api.patch(`${MEETINGS}/${created.id}`, into, officer).expect(409);
      expect(response.body.message).toContain('"5th plenary meeting: thematic debate on agenda item C"');
      await api.patch(`${MEETINGS}/${created.id}`, { endsAt: '2021-07-28T06:00' }, officer).expect(400);
    });

    it('answers the same patch at /api/meetings/:id', async () => {
      const created = await create({ startsAt: '2021-07-28T19:00', endsAt: '2021-07-28T20:00' });
      const response = await api.patch(`/api/meetings/${created.id}`, { webcast: true }, officer).expect(200);
      expect(response.body).toMatchObject({ webcast: true, version: 2 });
    });

    it('refuses an empty patch, and one for another conference', async () => {
      const [first] = await api.meetings();
      const empty = await api.patch(`${MEETINGS}/${first.id}`, { version: 1 }, officer).expect(400);
      expect(empty.body.message).toEqual(['body: give at least one field to change']);
      await api.patch(`/api/conferences/bms99/meetings/${first.id}`, { title: 'x' }, officer).expect(404);
      await api.patch(`${MEETINGS}/99999`, { title: 'x' }, officer).expect(404);
    });
  });

  describe('cancelling', () => {
    it('keeps a cancelled meeting listed, frees its room, and refuses to restore it over a new booking', async () => {
      const created = await create({ startsAt: '2021-07-29T13:00', endsAt: '2021-07-29T14:00' });
      const cancelled = await api.patch(`${MEETINGS}/${created.id}`, { cancelled: true }, officer).expect(200);
      expect(cancelled.body).toMatchObject({ cancelled: true, version: 2 });
      expect((await api.meetings()).find((m) => m.id === created.id)).toMatchObject({ cancelled: true });

      const replacement = await create({ title: 'Replacement briefing', startsAt: '2021-07-29T13:30', endsAt: '2021-07-29T14:30' });
      const restore = await api.patch(`${MEETINGS}/${created.id}`, { cancelled: false }, officer).expect(409);
      expect(restore.body.message).toContain(`meeting ${replacement.id} "Replacement briefing"`);
    });
  });

  describe('deleting', () => {
    it('removes the meeting with its speakers list and floor', async () => {
      const created = await create({ startsAt: '2021-07-26T19:00', endsAt: '2021-07-26T20:00' });
      await api.delete(`${MEETINGS}/${created.id}`, officer).expect(204);
      await api.get(`/api/meetings/${created.id}`).expect(404);
      expect(await rowCount(SpeakersListEntity, created.id)).toBe(0);
      expect(await rowCount(FloorEntity, created.id)).toBe(0);
      await api.delete(`${MEETINGS}/${created.id}`, officer).expect(404);
    });

    it('deletes at /api/meetings/:id too', async () => {
      const created = await create({ startsAt: '2021-07-26T20:00', endsAt: '2021-07-26T21:00' });
      await api.delete(`/api/meetings/${created.id}`, officer).expect(204);
      await api.get(`/api/meetings/${created.id}`).expect(404);
    });

    it('deletes a meeting whose only entries were withdrawn', async () => {
      const created = await create({ startsAt: '2021-07-26T21:00', endsAt: '2021-07-26T22:00' });
      await inscribe(created.id, 'withdrawn');
      await api.delete(`${MEETINGS}/${created.id}`, officer).expect(204);
      expect(await rowCount(SpeakerEntryEntity, created.id)).toBe(0);
    });

    it('refuses to delete a meeting with inscribed speakers: 409 suggesting to cancel', async () => {
      const created = await create({ startsAt: '2021-07-26T22:00', endsAt: '2021-07-26T23:00' });
      await inscribe(created.id, 'waiting');
      const response = await api.delete(`${MEETINGS}/${created.id}`, officer).expect(409);
      expect(response.body.message).toContain('cancel it instead (PATCH {"cancelled": true})');
      await api.get(`/api/meetings/${created.id}`).expect(200);
    });

    it('refuses to delete a meeting with statements recorded', async () => {
      const created = await create({ startsAt: '2021-07-27T19:00', endsAt: '2021-07-27T20:00' });
      const entry = await inscribe(created.id, 'done');
      await insertRow(testApp, StatementEntity, {
        meetingId: created.id,
        entryId: entry.id,
        delegationId: 1,
        capacity: 'national',
        onBehalfOfId: null,
        limitMs: 180_000,
        usedMs: 170_000,
        overtimeMs: 0,
        startedAt: Date.parse('2021-07-27T23:00:00Z'),
        endedAt: Date.parse('2021-07-27T23:03:00Z'),
        interruptions: 0,
      });
      const response = await api.delete(`${MEETINGS}/${created.id}`, officer).expect(409);
      expect(response.body.message).toContain('1 statement(s) recorded');
    });
  });

  describe('who may write', () => {
    it.each([
      ['POST', MEETINGS],
      ['PATCH', `${MEETINGS}/1`],
      ['PATCH', '/api/meetings/1'],
      ['DELETE', `${MEETINGS}/1`],
      ['DELETE', '/api/meetings/1'],
    ] as const)('%s %s: 401 without a token, 403 for a delegate', async (method, path) => {
      const delegate = await delegateToken(testApp);
      const body = method === 'POST' ? meetingBody() : { title: 'x' };
      expect((await sendWrite(api, method, path, body)).status).toBe(401);
      expect((await sendWrite(api, method, path, body, delegate)).status).toBe(403);
      expect((await api.get('/api/meetings/1').expect(200)).body.title).not.toBe('x');
    });
  });

  async function inscribe(meetingId: number, status: 'waiting' | 'withdrawn' | 'done'): Promise<SpeakerEntryEntity> {
    return insertRow(testApp, SpeakerEntryEntity, {
      meetingId,
      delegationId: 1,
      capacity: 'national',
      onBehalfOfId: null,
      status,
      position: status === 'waiting' ? 1 : null,
      pinned: false,
      limitSeconds: 180,
      usedMs: 0,
      requestedAt: testApp.clock.now(),
      requestId: null,
      inscribedByRole: 'officer',
    });
  }
});
