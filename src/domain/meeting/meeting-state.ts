import type { Capacity, DelegationKind } from '../capacity';
import type { SpeakingOrderPolicy } from '../speakers/speaking-order';
import { upcomingSpeakers } from '../speakers/upcoming-speakers';
import type { EntryStatus } from '../speakers/entry-status';
import type { InscriptionLimits } from '../speakers/inscription-rules';
import type { Enforcement } from '../timer/enforcement';
import type { EndedStatement, Floor } from '../timer/floor-state';
import type { FloorCommandKind } from './meeting-command';

/** One request for the floor, as the meeting keeps it. */
export interface ListEntry {
  id: number;
  delegationId: number;
  capacity: Capacity;
  onBehalfOfId: number | null;
  status: EntryStatus;
  /** 1-based among waiting entries; null once the entry has left the queue. */
  position: number | null;
  /** Placed by an officer: later inscriptions are ordered after it. */
  pinned: boolean;
  limitSeconds: number;
  /** Time already used by a speaker who was skipped and will be called again. */
  usedMs: number;
  requestedAt: number;
  requestId: string | null;
  inscribedByRole: 'officer' | 'delegate';
}

/**
 * A meeting's floor and its speakers' list: one unit of state, changed only by `decide`. Each half
 * keeps its own version, as the contract publishes them.
 */
export interface MeetingState {
  meetingId: number;
  listVersion: number;
  closed: boolean;
  /** Every entry ever inscribed, withdrawn ones included, in inscription order (by id). */
  entries: readonly ListEntry[];
  floorVersion: number;
  floor: Floor;
  /** The officer's last floor command, kept so that it can be undone for a short while. */
  undo: UndoPoint | null;
  /** Whether the broadcast overlays show the floor; the webcast team's switch, kept apart from the floor that undo puts back. */
  overlayOnAir: boolean;
}

/** What a floor command changed, to put back: the floor and entries before it, the record it wrote. */
export interface UndoPoint {
  command: FloorCommandKind;
  atMs: number;
  /** The versions the command left: once either changes again, there is nothing to undo. */
  floorVersion: number;
  listVersion: number;
  listChanged: boolean;
  floor: Floor;
  /** The entries it changed, as they were; entries it created are withdrawn. */
  entries: ListEntry[];
  createdEntryIds: number[];
  ended: EndedStatement | null;
}

export interface DirectoryDelegation {
  id: number;
  name: string;
  kind: DelegationKind;
  /** Ids of the group delegations it belongs to. */
  memberOf: readonly number[];
}

/** What the rules read besides the state: the conference's settings and delegations, the meeting's status. */
export interface MeetingRules {
  cancelled: boolean;
  limits: InscriptionLimits;
  speakingOrder: SpeakingOrderPolicy;
  delegations: ReadonlyMap<number, DirectoryDelegation>;
  enforcement: Enforcement;
  warningMs: number;
}

/** Waiting entries in speaking order. */
export function waitingEntries(state: Pick<MeetingState, 'entries'>): ListEntry[] {
  return state.entries.filter((entry) => entry.status === 'waiting').sort((a, b) => (a.position ?? 0) - (b.position ?? 0) || a.id - b.id);
}

/** The next `count` entries to take the floor: points of order and the statements they interrupted included. */
export function nextSpeakers(state: Pick<MeetingState, 'entries' | 'floor'>, count: number): ListEntry[] {
  const byId = new Map(state.entries.map((entry) => [entry.id, entry]));
  const { floor } = state;
  const onFloor = floor.entryId === null ? undefined : byId.get(floor.entryId);
  return upcomingSpeakers(
    {
      waiting: waitingEntries(state),
      interrupted: floor.interrupted.flatMap((statement) => byId.get(statement.entryId) ?? []),
      active: onFloor && (floor.status === 'running' || floor.status === 'paused') ? onFloor : null,
    },
    count,
  );
}
