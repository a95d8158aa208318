import { EntityManager } from 'typeorm';
import { AgendaItemEntity } from '../conferences/agenda-item.entity';
import { ConferenceEntity } from '../conferences/conference.entity';
import { DelegationEntity, DelegationMembershipEntity } from '../conferences/delegation.entity';
import { RoomEntity } from '../conferences/room.entity';
import type { DelegationKind } from '../domain/capacity';
import { venueLocalToEpochMs } from '../domain/timetable/venue-time';
import { createMeetingRows } from '../meetings/create-meeting-rows';
import { BMS7_AGENDA, BMS7_CONFERENCE, BMS7_ROOM } from './bms7-conference';
import { BMS7_MEETINGS } from './bms7-meetings';
import { GROUPS } from './data/groups';
import { MEMBER_STATES } from './data/member-states';
import { OBSERVER_STATES } from './data/observer-states';
import { ORGANIZATIONS } from './data/organizations';

interface DelegationSeedRow {
  name: string;
  kind: DelegationKind;
  regionalGroup: string | null;
  isoCode: string | null;
}

function delegationRows(): DelegationSeedRow[] {
  return [
    ...MEMBER_STATES.map((s) => ({ name: s.name, kind: 'member-state' as const, regionalGroup: s.regionalGroup, isoCode: s.iso2 })),
    ...OBSERVER_STATES.map((s) => ({ name: s.name, kind: 'observer-state' as const, regionalGroup: null, isoCode: s.iso2 })),
    ...GROUPS.map((g) => ({ name: g.name, kind: 'group' as const, regionalGroup: null, isoCode: null })),
    ...ORGANIZATIONS.map((o) => ({ name: o.name, kind: o.kind, regionalGroup: null, isoCode: null })),
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
    group.members.map((member) => ({ groupId: idByName.get(group.name)!, memberId: idByName.get(member)! })),
  );
  await manager.insert(DelegationMembershipEntity, memberships);

  for (const meeting of BMS7_MEETINGS) {
    await createMeetingRows(manager, {
      conferenceId,
      roomId: meeting.inRoom ? room.id : null,
      title: meeting.title,
      kind: meeting.kind,
      format: meeting.format,
      webcast: meeting.webcast,
      startsAt: venueLocalToEpochMs(meeting.startsLocal, conference.timeZone),
      endsAt: venueLocalToEpochMs(meeting.endsLocal, conference.timeZone),
      agendaItemIds: meeting.agendaCodes.map((code) => agendaIdByCode.get(code)!),
      preparatory: meeting.preparatory,
      cancelled: false,
      changedAt: nowMs,
    });
  }
  return conference;
}
