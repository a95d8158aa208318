import ical, { VEvent } from 'node-ical';
import { rfc5545Problems } from '../helpers/icalendar';
import { useBms7App } from '../helpers/use-bms7-app';
import { meetingBody, MeetingJson } from './timetable-support';

const WEEK = '/api/conferences/bms7/calendar.ics';
const calendarOf = (id: number) => `/api/meetings/${id}/calendar.ics`;
const events = (text: string) => Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === 'VEVENT');

describe('GET /api/meetings/:id/calendar.ics: one meeting for "Add to calendar"', () => {
  const suite = useBms7App();
  const asOfficer = (method: 'post' | 'patch', path: string, body: object) =>
    suite.api()[method](path).set('Authorization', `Bearer ${suite.officer}`).send(body);
  let meetings: MeetingJson[];
  beforeAll(async () => {
    meetings = (await suite.api().get('/api/conferences/bms7/meetings').expect(200)).body;
  });

  it('is public RFC 5545 text with the one event, UID and fields as in the week’s file', async () => {
    const opening = meetings.find((m) => m.startsAt === '2021-07-26T14:00:00.000Z')!;
    const response = await suite.api().get(calendarOf(opening.id)).expect(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="bms7-meeting-${opening.id}.ics"`);
    expect(rfc5545Problems(response.text)).toEqual([]);
    const [event, ...others] = events(response.text);
    expect(others).toEqual([]);
    const inWeek = events((await suite.api().get(WEEK).expect(200)).text).find((e) => e.uid === event.uid)!;
    expect(event.uid).toBe(`meeting-${opening.id}@bms7.rostrum`);
    for (const field of ['summary', 'location', 'description', 'status', 'sequence'] as const) expect(event[field]).toEqual(inWeek[field]);
    expect([event.start.toISOString(), event.end.toISOString(), event.dtstamp.toISOString()]).toEqual([
      inWeek.start.toISOString(),
      inWeek.end.toISOString(),
      inWeek.dtstamp.toISOString(),
    ]);
  });

  it('is the same bytes as the conference calendar’s ?meeting= file', async () => {
    const [first] = meetings;
    const byId = await suite.api().get(calendarOf(first.id)).expect(200);
    const byQuery = await suite.api().get(`${WEEK}?meeting=${first.id}`).expect(200);
    expect(byId.text).toBe(byQuery.text);
  });

  it('keeps its ETag while the meeting is unchanged, answers 304 to If-None-Match, and a new one after a change', async () => {
    const created: MeetingJson = (await asOfficer('post', '/api/conferences/bms7/meetings', meetingBody()).expect(201)).body;
    const first = await suite.api().get(calendarOf(created.id)).expect(200);
    suite.testApp.clock.advance(3_600_000);
    const second = await suite.api().get(calendarOf(created.id)).expect(200);
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(second.headers['cache-control']).toBe('public, max-age=300');
    await suite.api().get(calendarOf(created.id)).set('If-None-Match', first.headers.etag).expect(304);
    await asOfficer('patch', `/api/meetings/${created.id}`, { cancelled: true }).expect(200);
    const after = await suite.api().get(calendarOf(created.id)).set('If-None-Match', first.headers.etag).expect(200);
    expect(after.headers.etag).not.toBe(first.headers.etag);
  });

  it('marks a cancelled meeting CANCELLED under the same UID, with a higher SEQUENCE', async () => {
    const created: MeetingJson = (await asOfficer('post', '/api/conferences/bms7/meetings', meetingBody({ startsAt: '2021-07-29T13:15', endsAt: '2021-07-29T14:00' })).expect(201)).body;
    await asOfficer('patch', `/api/meetings/${created.id}`, { cancelled: true }).expect(200);
    const [event] = events((await suite.api().get(calendarOf(created.id)).expect(200)).text);
    expect(event).toMatchObject({ uid: `meeting-${created.id}@bms7.rostrum`, status: 'CANCELLED', sequence: '2', summary: created.title });
  });

  it('answers 404 for an unknown meeting and for a rehearsal (left out of calendars), 400 for a bad id', async () => {
    await suite.api().get(calendarOf(99_999)).expect(404);
    const rehearsal: MeetingJson = (await asOfficer('post', `/api/meetings/${meetings[0].id}/rehearsal`, {}).expect(201)).body;
    await suite.api().get(calendarOf(rehearsal.id)).expect(404);
    const bad = await suite.api().get('/api/meetings/first/calendar.ics').expect(400);
    expect(bad.body.message).toEqual(['id: must be a positive integer']);
  });
});
