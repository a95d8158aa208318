import { EntityManager, IsNull } from 'typeorm';
import { AgendaItemEntity } from '../conferences/agenda-item.entity';
import { ConferenceEntity } from '../conferences/conference.entity';
import { DelegationEntity, DelegationMembershipEntity } from '../conferences/delegation.entity';
import { RoomEntity } from '../conferences/room.entity';
import type { DelegationKind } from '../domain/capacity';
import { venueLocalToEpochMs } from '../domain/timetable/venue-time';
import { createMeetingRows } from '../meetings/create-meeting-rows';
import { MeetingEntity } from '../meetings/meeting.entity';
import { BMS7_AGENDA, BMS7_CONFERENCE, BMS7_ROOM } from './bms7-conference';
import { BMS7_MEETINGS } from './bms7-meetings';
import { GROUPS, regionalGroupsOf } from './data/groups';
import { MEMBER_STATES } from './data/member-states';
import { OBSERVER_STATES } from './data/observer-states';
import { ORGANIZATIONS } from './data/organizations';
import type { RegionalGroup } from './data/regional-groups';

type DelegationSeedRow = Pick<DelegationEntity, 'name' | 'regionalGroup' | 'regionalGroups' | 'isoCode' | 'provisional' | 'note'> & {
  kind: DelegationKind;
};

const SOURCED = { provisional: false, note: null };
const NO_GROUP = { regionalGroup: null, regionalGroups: null, isoCode: null };

function stateRow(state: { name: string; iso2: string; regionalGroup: RegionalGroup | null }, kind: 'member-state' | 'observer-state'): DelegationSeedRow {
  const groups = regionalGroupsOf(state);
  return { name: state.name, kind, regionalGroup: state.regionalGroup, regionalGroups: groups.length > 0 ? groups : null, isoCode: state.iso2, ...SOURCED };
}

function delegationRows(): DelegationSeedRow[] {
  return [
    ...MEMBER_STATES.map((s) => stateRow(s, 'member-state')),
    ...OBSERVER_STATES.map((s) => stateRow(s, 'observer-state')),
    ...GROUPS.map((g) => ({ name: g.name, kind: 'group' as const, ...NO_GROUP, ...SOURCED })),
    ...ORGANIZATIONS.map((o) => ({
      name: o.name,
      kind: o.kind,
      ...NO_GROUP,
      ...(o.provisionalNote ? { provisional: true, note: o.provisionalNote } : SOURCED),
    })),
  ];
}

/** Writes the BMS7 conference; the caller runs it in one transaction on an empty database. */
/** `nowMs`: when the meetings were written, their calendar stamp until an officer changes them. */
export async function seedBms7(manager: EntityManager, nowMs: number): Promise<ConferenceEntity> {
  const conference = await manager.save(ConferenceEntity, manager.create(ConferenceEntity, { ...BMS7_CONFERENCE, version: 1 }));
  const conferenceId = conference.id;

  const agenda = await manager.save(
    AgendaItemEntity,
    BMS7_AGENDA.map((item, index) => manager.create(AgendaItemEntity, { ...item, conferenceId, position: index + 1 })),
  );
  const agendaIdByCode = new Map(agenda.map((item) => [item.code, item.id]));
  const room = await manager.save(RoomEntity, manager.create(RoomEntity, { conferenceId, name: BMS7_ROOM }));

  const delegations = await manager.save(
    DelegationEntity,
    delegationRows().map((row) => manager.create(DelegationEntity, { ...row, conferenceId })),
    { chunk: 100 },
  );
  const idByName = new Map(delegations.map((d) => [d.name, d.id]));
  const memberships = GROUPS.flatMap((group) =>
    group.members.map((member) => ({
      groupId: idByName.get(group.name)!,
      memberId: idByName.get(member)!,
      asObserver: group.observers?.includes(member) ?? false,
    })),
  );
  await manager.insert(DelegationMembershipEntity, memberships);

  for (const meeting of BMS7_MEETINGS) {
    await createMeetingRows(manager, {
      conferenceId,
      roomId: meeting.inRoom ? room.id : null,
      title: meeting.title,
      titles: meeting.titles,
      kind: meeting.kind,
      format: meeting.format,
      webcast: meeting.webcast,
      startsAt: venueLocalToEpochMs(meeting.startsLocal, conference.timeZone),
      endsAt: venueLocalToEpochMs(meeting.endsLocal, conference.timeZone),
      agendaItemIds: meeting.agendaCodes.map((code) => agendaIdByCode.get(code)!),
      preparatory: meeting.preparatory,
      cancelled: false,
      rehearsal: false,
      rehearsalOf: null,
      provisional: meeting.provisionalNote !== null,
      note: meeting.provisionalNote,
      enforcementMode: null,
      enforcementGraceSeconds: null,
      changedAt: nowMs,
    });
  }
  return conference;
}

/**
 * A database seeded before the titles in six languages existed: its seeded meetings get them, matched
 * by their English title (one an officer has retitled keeps only its own). Returns how many were filled.
 */
export async function fillSeededTitles(manager: EntityManager): Promise<number> {
  const conference = await manager.findOneBy(ConferenceEntity, { slug: BMS7_CONFERENCE.slug });
  if (!conference) return 0;
  const titlesByTitle = new Map(BMS7_MEETINGS.map((meeting) => [meeting.title, meeting.titles]));
  const untranslated = await manager.find(MeetingEntity, { where: { conferenceId: conference.id, titles: IsNull(), rehearsal: false }, select: { id: true, title: true } });
  const filled = untranslated.filter((meeting) => titlesByTitle.has(meeting.title));
  for (const meeting of filled) await manager.update(MeetingEntity, { id: meeting.id }, { titles: titlesByTitle.get(meeting.title)! });
  return filled.length;
}
