import { EntityManager, In, LessThan, MoreThan } from 'typeorm';
import { AgendaItemEntity } from '../conferences/agenda-item.entity';
import type { ConferenceEntity } from '../conferences/conference.entity';
import { RoomEntity } from '../conferences/room.entity';
import { DomainError, invalidInput } from '../domain/domain-error';
import { checkMeetingPlan } from '../domain/timetable/meeting-plan';
import { parseMeetingTime } from '../domain/timetable/meeting-time';
import { describeRoomClash, findRoomClash } from '../domain/timetable/room-clash';
import type { FieldError } from '../shared/error-codes';
import { MeetingEntity } from './meeting.entity';
import type { CreateMeetingBody, UpdateMeetingBody } from './meetings.dto';

export type MeetingDraft = Omit<MeetingEntity, 'id' | 'version' | 'changedAt'>;

const CONFIRMING_FIELDS = ['startsAt', 'endsAt', 'format', 'room', 'agendaItemIds'] as const;
type MeetingInput = Omit<UpdateMeetingBody, 'version'>;

/**
 * The row a create or patch would write: names and times resolved in the conference, checked
 * against its dates and the room's other bookings. 400 lists every bad field; 409 names the clash.
 */
export async function resolveMeetingDraft(
  manager: EntityManager,
  conference: ConferenceEntity,
  input: MeetingInput | CreateMeetingBody,
  current: MeetingEntity | null,
): Promise<MeetingDraft> {
  const problems: FieldError[] = [];
  const time = (field: 'startsAt' | 'endsAt'): number => {
    const value = input[field];
    if (value === undefined) return current![field];
    const parsed = parseMeetingTime(value, conference.timeZone);
    if (parsed.ok) return parsed.epochMs;
    problems.push({ field, code: 'INVALID_TIME', message: parsed.problem });
    return NaN;
  };
  const startsAt = time('startsAt');
  const endsAt = time('endsAt');

  let room: RoomEntity | null = current?.roomId ? await manager.findOneBy(RoomEntity, { id: current.roomId }) : null;
  if (input.room !== undefined) {
    room = input.room === null ? null : await manager.findOneBy(RoomEntity, { conferenceId: conference.id, name: input.room });
    if (input.room !== null && !room) problems.push({ field: 'room', code: 'UNKNOWN_ROOM', message: await unknownRoomProblem(manager, conference, input.room) });
  }

  if (input.agendaItemIds !== undefined && input.agendaItemIds.length > 0) {
    const found = await manager.findBy(AgendaItemEntity, { conferenceId: conference.id, id: In(input.agendaItemIds) });
    const known = new Set(found.map((item) => item.id));
    const unknown = input.agendaItemIds.filter((id) => !known.has(id));
    if (unknown.length > 0) problems.push({ field: 'agendaItemIds', code: 'NOT_ON_AGENDA', message: `${unknown.join(', ')} not on the agenda of ${conference.shortTitle}` });
  }
  if (problems.length > 0) throw invalidInput(problems);

  const draft: MeetingDraft = {
    conferenceId: conference.id,
    roomId: input.room === undefined ? (current?.roomId ?? null) : (room?.id ?? null),
    title: input.title ?? current!.title,
    // Translations of an old title would be wrong beside a new one: the new one stands alone.
    titles: input.title === undefined || input.title === current?.title ? (current?.titles ?? null) : null,
    kind: input.kind ?? current!.kind,
    format: input.format ?? current!.format,
    webcast: input.webcast ?? current!.webcast,
    startsAt,
    endsAt,
    agendaItemIds: input.agendaItemIds ?? current!.agendaItemIds,
    preparatory: input.preparatory ?? current!.preparatory,
    cancelled: input.cancelled ?? current!.cancelled,
    rehearsal: current?.rehearsal ?? false,
    rehearsalOf: current?.rehearsalOf ?? null,
    // An officer who sets a seeded meeting's times, format, room or items has confirmed them.
    ...(current?.provisional && !CONFIRMING_FIELDS.some((field) => input[field] !== undefined)
      ? { provisional: true, note: current.note }
      : { provisional: false, note: null }),
    ...draftEnforcement(input.enforcement, current),
  };
  // A rehearsal runs today, whatever the conference dates.
  const planProblems = checkMeetingPlan({ ...draft, hasRoom: draft.roomId !== null, preparatory: draft.preparatory || draft.rehearsal }, conference);
  if (planProblems.length > 0) throw invalidInput(planProblems);

  // A rehearsal holds no booking: it neither clashes with nor blocks a real meeting in its room.
  if (room && draft.roomId !== null && !draft.rehearsal) {
    const others = await manager.findBy(MeetingEntity, {
      roomId: draft.roomId,
      cancelled: false,
      rehearsal: false,
      startsAt: LessThan(draft.endsAt),
      endsAt: MoreThan(draft.startsAt),
    });
    const clash = findRoomClash({ ...draft, id: current?.id ?? null }, others);
    if (clash) throw new DomainError('ROOM_BOOKED', describeRoomClash(clash, room.name, conference.timeZone));
  }
  return draft;
}

async function unknownRoomProblem(manager: EntityManager, conference: ConferenceEntity, name: string): Promise<string> {
  const rooms = await manager.find(RoomEntity, { where: { conferenceId: conference.id }, order: { name: 'ASC' } });
  const known = rooms.length > 0 ? `rooms: ${rooms.map((r) => `"${r.name}"`).join(', ')}` : 'it has no rooms yet';
  return `no room named "${name}" in ${conference.shortTitle} (${known}); use null for a virtual meeting`;
}

function draftEnforcement(
  input: MeetingInput['enforcement'],
  current: MeetingEntity | null,
): Pick<MeetingDraft, 'enforcementMode' | 'enforcementGraceSeconds'> {
  if (input === undefined) return { enforcementMode: current?.enforcementMode ?? null, enforcementGraceSeconds: current?.enforcementGraceSeconds ?? null };
  if (input === null) return { enforcementMode: null, enforcementGraceSeconds: null };
  return { enforcementMode: input.mode, enforcementGraceSeconds: input.graceSeconds ?? current?.enforcementGraceSeconds ?? 0 };
}
