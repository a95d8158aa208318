import type { Capacity, DelegationKind } from '../domain/capacity';
import type { PresenceMode } from '../domain/presence/presence';
import type { EntryStatus } from '../domain/speakers/entry-status';
import type { EnforcementMode } from '../domain/timer/enforcement';
import type { WebhookEvent } from '../domain/webhooks/webhook-events';
import type { FloorStatus, StatementEnding } from '../domain/timer/floor-state';

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
  documents: ConferenceDocumentView[];
  /**
   * Where each limit comes from, keyed like statementLimits plus `right-of-reply` and `warning`:
   * `provisional` when it is an assumption rather than the chair's letters.
   */
  limitNotes: Record<string, FactNoteView>;
  enforcement: EnforcementView;
  version: number;
}

export interface ConferenceDocumentView {
  symbol: string;
  title: string;
  /** ISO date of issue. */
  date: string;
}

export interface FactNoteView {
  provisional: boolean;
  note: string;
}

export interface MeetingView {
  id: number;
  conferenceSlug: string;
  title: string;
  /** The title in the six UN languages; null where there is only `title` (fall back to it). */
  titles: LocalizedNames | null;
  kind: string;
  format: string;
  webcast: boolean;
  room: string | null;
  startsAt: string;
  endsAt: string;
  agendaItemIds: number[];
  cancelled: boolean;
  preparatory: boolean;
  /** A copy made to try the floor out; never webcast, left out of the calendar and the report. */
  rehearsal: boolean;
  /** The meeting a rehearsal copies, else null. */
  rehearsalOf: number | null;
  /** Seeded from an assumption, not the chair's letters; `note` says what is assumed. */
  provisional: boolean;
  note: string | null;
  version: number;
  /** The meeting's own enforcement; null when it follows the conference's. */
  enforcement: EnforcementView | null;
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
  /** The State's group for electoral purposes; `regionalGroups` lists every one it is in. */
  regionalGroup: string | null;
  regionalGroups: string[];
  memberOf: number[];
  /** Of `memberOf`, the groups it attends as an observer (the United States in WEOG). */
  observerOf: number[];
  /** Seeded from an assumption (an example organization); `note` says so. */
  provisional: boolean;
  note: string | null;
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
  /** The scheduled end has passed with nobody called: the expected times are no forecast. */
  meetingEnded: boolean;
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
  /**
   * Who takes the floor next, in order: waiting points of order, then the statements they
   * interrupted (status `speaking`, innermost first), then the waiting list.
   */
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
  /** Epoch ms the speaker on the floor first started on this call; null while called but not started ("Ready"). */
  statementStartedAt: number | null;
  /** What happens at zero in this meeting. */
  enforcement: EnforcementView;
  /** Epoch ms until which the officer's last floor command can be undone; null when it cannot. */
  undoableUntil: number | null;
  /** Whether the broadcast overlays show the floor (the console's on-air switch); true by default. */
  overlayOnAir: boolean;
}

export interface EnforcementView {
  mode: EnforcementMode;
  graceSeconds: number;
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
  endedBy: StatementEnding;
  /** Where the speaker spoke from, as its delegation had declared; null if it had not. */
  mode: PresenceMode | null;
}

/**
 * One delegation's presence in a meeting (officers only), the same over REST and live. Instants
 * are ISO; each is null when that value was never seen to change.
 */
export interface PresenceView {
  delegationId: number;
  /** A signed-in page of the delegation is connected to the meeting now. */
  online: boolean;
  mode: PresenceMode | null;
  ready: boolean;
  /** When any of the three last changed. */
  since: string | null;
  /** Online: since its earliest page still connected joined; off line: since its last page left. */
  onlineSince: string | null;
  modeSince: string | null;
  readySince: string | null;
}

export interface StatementTotals {
  statements: number;
  usedMs: number;
  overLimit: number;
  overtimeMs: number;
  /** Statements the server ended at limit + grace (enforcement `cut`). */
  cutOffs: number;
  maxOvertimeMs: number;
  /** Statements by speakers whose delegation had declared itself remote, or in the room. */
  remoteStatements: number;
  inRoomStatements: number;
}

export interface StatementsReport {
  conferenceSlug: string;
  overall: StatementTotals;
  meetings: (StatementTotals & { meetingId: number; title: string })[];
  delegations: (StatementTotals & { delegation: DelegationRef })[];
}

export interface WebhookView {
  id: number;
  url: string;
  events: WebhookEvent[];
  createdAt: string;
}

export interface WebhookDeliveryView {
  /** The `X-Rostrum-Delivery` header, the same on every try. */
  id: string;
  event: WebhookEvent;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: string;
  lastAttemptAt: string | null;
  nextAttemptAt: string | null;
  body: unknown;
}

/** A read-only screen link of a meeting, as listed: never its key, which is shown once. */
export interface ScreenLinkView {
  id: number;
  meetingId: number;
  label: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** A screen link just made: its key, and the display and overlay addresses that carry it. */
export interface CreatedScreenLink {
  id: number;
  meetingId: number;
  label: string | null;
  key: string;
  createdAt: string;
  displayPath: string;
  overlayPath: string;
}
