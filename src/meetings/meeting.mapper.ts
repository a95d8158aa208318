import type { ConferenceEntity } from '../conferences/conference.entity';
import { localTimesOf } from '../domain/timetable/local-times';
import { epochMsToIso } from '../domain/timetable/venue-time';
import type { MeetingView } from '../shared/api-types';
import type { MeetingEntity } from './meeting.entity';

/** `viewerZone` adds `local`, the times in the zone a reader asked for. */
export function toMeetingView(
  meeting: MeetingEntity,
  conference: Pick<ConferenceEntity, 'slug' | 'timeZone'>,
  roomName: string | null,
  viewerZone?: string,
): MeetingView {
  return {
    id: meeting.id,
    conferenceSlug: conference.slug,
    title: meeting.title,
    titles: meeting.titles,
    kind: meeting.kind,
    format: meeting.format,
    webcast: meeting.webcast,
    room: roomName,
    startsAt: epochMsToIso(meeting.startsAt),
    endsAt: epochMsToIso(meeting.endsAt),
    agendaItemIds: meeting.agendaItemIds,
    cancelled: meeting.cancelled,
    preparatory: meeting.preparatory,
    rehearsal: meeting.rehearsal,
    rehearsalOf: meeting.rehearsalOf,
    provisional: meeting.provisional,
    note: meeting.note,
    version: meeting.version,
    enforcement: meeting.enforcementMode === null ? null : { mode: meeting.enforcementMode, graceSeconds: meeting.enforcementGraceSeconds ?? 0 },
    venueLocal: localTimesOf(meeting, conference.timeZone),
    ...(viewerZone === undefined ? {} : { local: localTimesOf(meeting, viewerZone) }),
  };
}
