import type { Capacity, DelegationKind } from '../domain/capacity';
import type { EntryStatus } from '../domain/speakers/entry-status';
import type { FloorStatus } from '../domain/timer/floor-state';

/** Response shapes of the public contract (docs/contract.md): add fields, never rename. */
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
  /** Wall-clock times at the venue (the conference's zone). */
  venueLocal: LocalTimesView;
  /** Wall-clock times in the zone asked for with `?tz=`; absent without it. */
  local?: LocalTimesView;
}

/** A meeting's times in one zone: ISO with that zone's offset, and the local date it starts on. */
export interface LocalTimesView {
  zone: string;
  startsAt: string;
  endsAt: string;
  date: string;
}

export interface RoomView {
  id: number;
  name: string;
}

export interface AgendaItemView {
  id: number;
  code: string;
  title: string;
}

/** The six official languages of the United Nations, in UN order. */
export type UnLanguage = 'ar' | 'zh' | 'en' | 'fr' | 'ru' | 'es';

/** A name in each UN language; `en` always equals the English `name` beside it. */
export type LocalizedNames = Readonly<Record<UnLanguage, string>>;

export interface DelegationView {
  id: number;
  name: string;
  names: LocalizedNames;
  kind: DelegationKind;
  regionalGroup: string | null;
  memberOf: number[];
}

export interface DelegationRef {
  id: number;
  name: string;
  names: LocalizedNames;
}

export interface SpeakerEntryView {
  id: number;
  delegation: DelegationRef;
  capacity: Capacity;
  onBehalfOf: DelegationRef | null;
  status: EntryStatus;
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

/**
 * What a screen that shows no list (display, overlay) asks for at join: the next speakers only,
 * without a forecast, so that it changes only when they do. Pushed as `speakers:next` when they
 * change; `version` is the list's.
 */
export interface SpeakersNextView {
  meetingId: number;
  version: number;
  closed: boolean;
  /** The first waiting entries, in speaking order. */
  entries: SpeakerEntryView[];
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

export interface StatementView {
  meetingId: number;
  entryId: number;
  delegation: DelegationRef;
  capacity: Capacity;
  onBehalfOf: DelegationRef | null;
  limitMs: number;
  usedMs: number;
  overtimeMs: number;
  startedAt: string | null;
  endedAt: string;
  interruptions: number;
}

export interface StatementTotals {
  statements: number;
  usedMs: number;
  overLimit: number;
  overtimeMs: number;
  maxOvertimeMs: number;
}

export interface StatementsReport {
  conferenceSlug: string;
  overall: StatementTotals;
  meetings: (StatementTotals & { meetingId: number; title: string })[];
  delegations: (StatementTotals & { delegation: DelegationRef })[];
}
