import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { AgendaItemEntity } from '../conferences/agenda-item.entity';
import type { ConferenceEntity } from '../conferences/conference.entity';
import { localTimesOf } from '../domain/timetable/local-times';
import type { MeetingEntity } from './meeting.entity';

export interface MeetingCalendarInput {
  conference: Pick<ConferenceEntity, 'slug' | 'shortTitle' | 'title' | 'timeZone'>;
  meetings: MeetingEntity[];
  roomNames: Map<number, string>;
  agenda: Pick<AgendaItemEntity, 'id' | 'code' | 'title'>[];
  /** The conference secretariat ("Name <address>"); without one the file has no METHOD (RFC 5546 asks PUBLISH for an ORGANIZER). */
  organizer?: string;
}

/** Stable across exports, so a calendar app updates an event rather than adding a second one. */
export function meetingUid(meetingId: number, slug: string): string {
  return `meeting-${meetingId}@${slug}.rostrum`;
}

/** RFC 5545 text: one VEVENT per meeting, times in UTC, SEQUENCE following the meeting's version, DTSTAMP its last change. */
export function buildMeetingCalendar({ conference, meetings, roomNames, agenda, organizer }: MeetingCalendarInput): string {
  const calendar = ical({
    name: conference.shortTitle,
    description: conference.title,
    prodId: { company: 'Rostrum', product: 'Rostrum timetable', language: 'EN' },
    ...(organizer === undefined ? {} : { method: ICalCalendarMethod.PUBLISH }),
    // Subscribed calendars poll: an hour keeps cancellations and moves reasonably fresh.
    ttl: 60 * 60,
  });
  const agendaById = new Map(agenda.map((item) => [item.id, item]));
  for (const meeting of meetings) {
    calendar.createEvent({
      id: meetingUid(meeting.id, conference.slug),
      sequence: meeting.version,
      // The meeting's last change, not the fetch: the same file twice is the same bytes (and ETag).
      stamp: new Date(meeting.changedAt ?? meeting.startsAt),
      organizer,
      start: new Date(meeting.startsAt),
      end: new Date(meeting.endsAt),
      summary: meeting.title,
      location: meeting.roomId === null ? 'Virtual' : (roomNames.get(meeting.roomId) ?? 'Virtual'),
      description: describe(meeting, agendaById, conference.timeZone),
      status: meeting.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  // RFC 5545 ends every content line, the last one too, with CRLF.
  return `${withVenueZone(calendar.toString(), conference.timeZone)}\r\n`;
}

/**
 * X-WR-TIMEZONE tells calendar apps the venue's zone for display; times stay UTC. Setting the
 * calendar's timezone in ical-generator would instead write every time as TZID local time, and its
 * custom properties land after the events, where RFC 5545 allows no calendar property.
 */
function withVenueZone(text: string, zone: string): string {
  const firstComponent = text.search(/^(?:BEGIN:VEVENT|END:VCALENDAR)/m);
  return `${text.slice(0, firstComponent)}X-WR-TIMEZONE:${zone}\r\n${text.slice(firstComponent)}`;
}

function describe(meeting: MeetingEntity, agendaById: Map<number, Pick<AgendaItemEntity, 'code' | 'title'>>, zone: string): string {
  const items = meeting.agendaItemIds.flatMap((id) => {
    const item = agendaById.get(id);
    return item ? [`${item.code}. ${item.title}`] : [];
  });
  const venue = localTimesOf(meeting, zone);
  return [
    ...(meeting.cancelled ? ['CANCELLED'] : []),
    items.length > 0 ? `Agenda items:\n${items.join('\n')}` : 'Agenda items: none',
    `Format: ${meeting.format}`,
    `Webcast: ${meeting.webcast ? 'yes' : 'no'}`,
    `Venue time (${zone}): ${venue.startsAt.slice(0, 16).replace('T', ' ')} to ${venue.endsAt.slice(0, 16).replace('T', ' ')}`,
  ].join('\n');
}
