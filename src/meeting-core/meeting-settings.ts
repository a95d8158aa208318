import { EntityManager } from 'typeorm';
import { ConferenceEntity } from '../conferences/conference.entity';
import { namesOf } from '../conferences/delegation-names';
import { DelegationEntity, DelegationMembershipEntity } from '../conferences/delegation.entity';
import { groupsByMember } from '../conferences/membership-index';
import { DomainError } from '../domain/domain-error';
import type { DirectoryDelegation, MeetingRules } from '../domain/meeting/meeting-state';
import { Enforcement, enforcementFor } from '../domain/timer/enforcement';
import { MeetingEntity } from '../meetings/meeting.entity';
import type { DelegationRef } from '../shared/api-types';
import type { ViewContext } from './meeting-views';

/** Everything about a meeting that its commands and views read but do not change. */
export interface MeetingSettings {
  meetingId: number;
  conferenceId: number;
  webcast: boolean;
  /** A rehearsal's webhook deliveries say so: a receiver driving room or broadcast systems may ignore them. */
  rehearsal: boolean;
  rules: MeetingRules;
  view: ViewContext;
}

/** A conference's delegations, for the inscription rules and the names in every view. */
export interface Directory {
  delegations: ReadonlyMap<number, DirectoryDelegation>;
  refs: ReadonlyMap<number, DelegationRef>;
}

export async function loadDirectory(manager: EntityManager, conferenceId: number): Promise<Directory> {
  const rows = await manager.find(DelegationEntity, { where: { conferenceId }, select: { id: true, name: true, kind: true } });
  const memberOf = groupsByMember(await manager.find(DelegationMembershipEntity, { order: { groupId: 'ASC' } }));
  return {
    delegations: new Map(rows.map((row) => [row.id, { id: row.id, name: row.name, kind: row.kind, memberOf: memberOf.get(row.id) ?? [] }])),
    // Looked up by English name, as every view has always done: every delegation comes from the seed, where names are unique.
    refs: new Map(rows.map((row) => [row.id, { id: row.id, name: row.name, names: namesOf({ name: row.name }) }])),
  };
}

function fallbackRef(id: number): DelegationRef {
  const name = `Delegation ${id}`;
  return { id, name, names: namesOf({ name }) };
}

export const conferenceEnforcement = (conference: ConferenceEntity): Enforcement => ({
  mode: conference.enforcementMode,
  graceSeconds: conference.enforcementGraceSeconds,
});

/** The meeting's own enforcement, or null when it follows the conference's. */
export const ownEnforcement = (meeting: MeetingEntity): Enforcement | null =>
  meeting.enforcementMode === null ? null : { mode: meeting.enforcementMode, graceSeconds: meeting.enforcementGraceSeconds ?? 0 };

export const meetingEnforcement = (meeting: MeetingEntity, conference: ConferenceEntity): Enforcement =>
  enforcementFor(conferenceEnforcement(conference), ownEnforcement(meeting));

export async function loadMeetingRow(manager: EntityManager, meetingId: number): Promise<MeetingEntity> {
  const meeting = await manager.findOneBy(MeetingEntity, { id: meetingId });
  if (!meeting) throw new DomainError('MEETING_NOT_FOUND', `Meeting ${meetingId} not found`);
  return meeting;
}

export function meetingSettings(meeting: MeetingEntity, conference: ConferenceEntity, directory: Directory): MeetingSettings {
  const enforcement = meetingEnforcement(meeting, conference);
  return {
    meetingId: meeting.id,
    conferenceId: conference.id,
    webcast: meeting.webcast,
    rehearsal: meeting.rehearsal,
    rules: {
      cancelled: meeting.cancelled,
      limits: conference,
      speakingOrder: conference.speakingOrder,
      delegations: directory.delegations,
      enforcement,
      warningMs: conference.warningSeconds * 1000,
    },
    view: {
      meeting: { startsAt: meeting.startsAt, endsAt: meeting.endsAt },
      warningMs: conference.warningSeconds * 1000,
      enforcement,
      delegationRef: (id) => directory.refs.get(id) ?? fallbackRef(id),
    },
  };
}
