import ical, { VEvent } from 'node-ical';
import { rfc5545Problems } from '../helpers/icalendar';
import { useBms7App } from '../helpers/use-bms7-app';
import { meetingBody, MeetingJson } from './timetable-support';

const CALENDAR = '/api/conferences/bms7/calendar.ics';
const events = (text: string) => Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === 'VEVENT');

describe('the calendar file: stamps, ETag and organizer', () => {
  const suite = useBms7App();

  it('names no METHOD when no organizer is configured (RFC 5546 asks PUBLISH for an ORGANIZER)', async () => {
    const { text } = await suite.api().get(CALENDAR).expect(200);
    expect(text).not.toMatch(/^METHOD:/m);
    expect(text).not.toMatch(/^ORGANIZER/m);
    expect(rfc5545Problems(text)).toEqual([]);
  });

  it('is the same file later: DTSTAMP is the last change, so the ETag holds and If-None-Match answers 304', async () => {
    const first = await suite.api().get(CALENDAR).expect(200);
    suite.testApp.clock.advance(3_600_000);
    const second = await suite.api().get(CALENDAR).expect(200);
    expect(second.text).toBe(first.text);
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(second.headers['cache-control']).toBe('public, max-age=300');
    const again = await suite.api().get(CALENDAR).set('If-None-Match', first.headers.etag).expect(304);
    expect(again.text ?? '').toBe('');
  });

  it('stamps a changed meeting with the time of its change, and only that one', async () => {
    const created: MeetingJson = (await suite.api().post('/api/conferences/bms7/meetings').set('Authorization', `Bearer ${suite.officer}`).send(meetingBody()).expect(201)).body;
    const before = await suite.api().get(CALENDAR).expect(200);
    suite.testApp.clock.advance(90_000);
    const changedAt = new Date(suite.testApp.clock.now());
    await suite.api().patch(`/api/meetings/${created.id}`).set('Authorization', `Bearer ${suite.officer}`).send({ title: 'Renamed' }).expect(200);
    const after = await suite.api().get(CALENDAR).expect(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    const stamps = (text: string) => new Map(events(text).map((event) => [event.uid, event.dtstamp.toISOString()]));
    const [old, now] = [stamps(before.text), stamps(after.text)];
    const uid = `meeting-${created.id}@bms7.rostrum`;
    expect(now.get(uid)).toBe(changedAt.toISOString());
    expect([...now].filter(([key, stamp]) => key !== uid && stamp !== old.get(key))).toEqual([]);
  });
});

describe('the calendar file with CALENDAR_ORGANIZER', () => {
  const suite = useBms7App({ env: { CALENDAR_ORGANIZER: 'UNODA Secretariat <bms7@example.org>' } });

  it('publishes with METHOD:PUBLISH and the secretariat as every event\'s ORGANIZER', async () => {
    const { text } = await suite.api().get(CALENDAR).expect(200);
    expect(text).toMatch(/^METHOD:PUBLISH\r$/m);
    const parsed = events(text);
    expect(parsed.length).toBeGreaterThan(0);
    const unfolded = text.replace(/\r\n[ \t]/g, '');
    expect(unfolded.match(/^ORGANIZER;CN="?UNODA Secretariat"?:mailto:bms7@example\.org\r$/gm)).toHaveLength(parsed.length);
    expect(rfc5545Problems(text)).toEqual([]);
  });
});
