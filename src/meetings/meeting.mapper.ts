import { epochMsToIso } from '../domain/timetable/venue-time';
import type { MeetingView } from '../shared/api-types';
import type { MeetingEntity } from './meeting.entity';

export function toMeetingView(meeting: MeetingEntity, conferenceSlug: string, roomName: string | null): MeetingView {
  return {
    id: meeting.id,
    conferenceSlug,
    title: meeting.title,
    kind: meeting.kind,
    format: meeting.format,
    webcast: meeting.webcast,
    room: roomName,
    startsAt: epochMsToIso(meeting.startsAt),
    endsAt: epochMsToIso(meeting.endsAt),
    agendaItemIds: meeting.agendaItemIds,
    cancelled: meeting.cancelled,
    preparatory: meeting.preparatory,
    version: meeting.version,
  };
}
