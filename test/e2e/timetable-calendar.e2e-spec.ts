import ical, { VEvent } from 'node-ical';
import { rfc5545Problems } from '../helpers/icalendar';
import { Api, BMS7_ROOM, meetingBody, MeetingJson, useTimetableApp } from './timetable-support';

const CALENDAR = '/api/conferences/bms7/calendar.ics';

describe('timetable: the week as an iCalendar feed', () => {
  let officer: string;
  let api: Api;
  const suite = useTimetableApp();
  beforeAll(() => ({ officer, api } = suite));

  const fetchCalendar = async (query = '') => {
    const response = await api.get(`${CALENDAR}${query}`).expect(200);
    return { response, text: response.text, events: vevents(response.text) };
  };

  it('serves text/calendar as a bms7.ics download', async () => {
    const { response } = await fetchCalendar();
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="bms7.ics"');
  });

  it('is RFC 5545 text: CRLF lines, VERSION, PRODID, calendar name and venue zone before the first event', async () => {
    const { text } = await fetchCalendar();
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(rfc5545Problems(text)).toEqual([]);
    const header = text.slice(0, text.indexOf('BEGIN:VEVENT'));
    expect(header).toContain('X-WR-CALNAME:BMS7\r\n');
    expect(header).toContain('X-WR-TIMEZONE:America/New_York\r\n');
    expect(text).toContain('DTSTART:20210726T140000Z\r\n');
  });

  it('has one event per meeting, with the same times, title and room', async () => {
    const meetings = await api.meetings();
    const { events } = await fetchCalendar();
    expect(events).toHaveLength(meetings.length);
    for (const meeting of meetings) {
      const event = events.find((e) => e.uid === `meeting-${meeting.id}@bms7.rostrum`)!;
      expect(event.start.toISOString()).toBe(meeting.startsAt);
      expect(event.end.toISOString()).toBe(meeting.endsAt);
      expect(event.summary).toBe(meeting.title);
      expect(event.location).toBe(meeting.room ?? 'Virtual');
      expect(event.status).toBe('CONFIRMED');
      expect(Number(event.sequence)).toBe(meeting.version);
    }
  });

  it('describes the agenda items, the format and the webcast', async () => {
    const firstPlenary = (await api.meetings()).find((m) => m.startsAt === '2021-07-26T14:00:00.000Z')!;
    const [event] = (await fetchCalendar(`?meeting=${firstPlenary.id}`)).events;
    expect(event.description).toContain('Agenda items:\nA. ');
    expect(event.description).toContain('Format: hybrid\nWebcast: yes');
    expect(event.description).toContain('Venue time (America/New_York): 2021-07-26 10:00 to 2021-07-26 13:00');
    expect(event.location).toBe(BMS7_ROOM);
  });

  it('keeps every UID across two fetches', async () => {
    const first = (await fetchCalendar()).events.map((e) => e.uid);
    const second = (await fetchCalendar()).events.map((e) => e.uid);
    expect(second).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
  });

  it('marks a cancelled meeting CANCELLED, under the same UID with a higher SEQUENCE', async () => {
    const created: MeetingJson = (await api.post('/api/conferences/bms7/meetings', meetingBody(), officer).expect(201)).body;
    const uid = `meeting-${created.id}@bms7.rostrum`;
    const before = (await fetchCalendar()).events.find((e) => e.uid === uid)!;
    expect(before).toMatchObject({ status: 'CONFIRMED', sequence: '1' });

    await api.patch(`/api/meetings/${created.id}`, { cancelled: true }, officer).expect(200);
    const { events } = await fetchCalendar();
    expect(events).toHaveLength((await api.meetings()).length);
    const after = events.find((e) => e.uid === uid)!;
    expect(after).toMatchObject({ status: 'CANCELLED', sequence: '2', summary: created.title });
    expect(after.start.toISOString()).toBe(created.startsAt);
  });

  it('gives a single meeting with ?meeting=', async () => {
    const [meeting] = await api.meetings();
    const { response, events } = await fetchCalendar(`?meeting=${meeting.id}`);
    expect(events.map((e) => e.uid)).toEqual([`meeting-${meeting.id}@bms7.rostrum`]);
    expect(response.headers['content-disposition']).toBe(`attachment; filename="bms7-meeting-${meeting.id}.ics"`);
  });

  it('answers 404 for a meeting not in the conference or an unknown conference, 400 for a bad id', async () => {
    await api.get(`${CALENDAR}?meeting=99999`).expect(404);
    await api.get('/api/conferences/bms99/calendar.ics').expect(404);
    const response = await api.get(`${CALENDAR}?meeting=first`).expect(400);
    expect(response.body.message).toEqual(['meeting: must be a positive integer']);
  });
});

function vevents(text: string): VEvent[] {
  return Object.values(ical.sync.parseICS(text)).filter((component): component is VEvent => component?.type === 'VEVENT');
}
