import type { Capacity, DelegationKind } from '../domain/capacity';
import type { FloorStatus } from '../domain/timer/floor-state';

/** Response shapes of the public contract (../shared/contract.md): add fields, never rename. */
export interface ConferenceSummary {
  slug: string;
  title: string;
  timeZone: string;
  startsOn: string;
  endsOn: string;
}

export interface BureauSeatView {
  role: 'chair' | 'vice-chair';
  regionalGroup: string;
  delegation: string | null;
  person: string | null;
}

export interface ConferenceDetail extends ConferenceSummary {
  shortTitle: string;
  venue: string;
  statementLimits: Record<Capacity, number>;
  rightOfReplySeconds: number[];
  warningSeconds: number;
  speakingOrder: Capacity[];
  bureau: BureauSeatView[];
}

export interface MeetingView {
  id: number;
  conferenceSlug: string;
  title: string;
  kind: string;
  format: string;
  webcast: boolean;
  room: string | null;
  startsAt: string;
  endsAt: string;
  agendaItemIds: number[];
  cancelled: boolean;
  preparatory: boolean;
  version: number;
}

export interface AgendaItemView {
  id: number;
  code: string;
  title: string;
}

export interface DelegationView {
  id: number;
  name: string;
  kind: DelegationKind;
  regionalGroup: string | null;
  memberOf: number[];
}

export interface DelegationRef {
  id: number;
  name: string;
}

export interface SpeakerEntryView {
  id: number;
  delegation: DelegationRef;
  capacity: Capacity;
  onBehalfOf: DelegationRef | null;
  status: 'waiting' | 'speaking' | 'done' | 'withdrawn';
  position: number | null;
  limitSeconds: number;
  usedMs: number;
  requestedAt: string;
  expectedStartAt?: string;
}

export interface SpeakersListView {
  meetingId: number;
  version: number;
  closed: boolean;
  entries: SpeakerEntryView[];
  expectedEndAt: string;
  fitsInMeeting: boolean;
  overrunSeconds: number;
}

export interface FloorStateView {
  meetingId: number;
  version: number;
  status: FloorStatus;
  entryId: number | null;
  speaker: SpeakerEntryView | null;
  limitMs: number;
  elapsedMs: number;
  runningSince: number | null;
  serverNow: number;
  warningMs: number;
  message: string | null;
  /** Entries whose statements a point of order interrupted, innermost last. */
  interruptedEntryIds: number[];
}
