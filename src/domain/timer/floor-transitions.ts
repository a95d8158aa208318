import type { Capacity } from '../capacity';
import { DomainError } from '../domain-error';
import { EndedStatement, Floor, IDLE_FLOOR, InterruptedStatement } from './floor-state';
import { elapsedAt } from './time-left';
import { leaveFloor, officerEnding } from './timer';

/** The first waiting entry, as the floor needs it. */
export interface CallableEntry {
  entryId: number;
  capacity: Capacity;
  limitSeconds: number;
  /** Time a skipped speaker already used: kept when called again. */
  usedMs: number;
}

export interface NextOutcome {
  floor: Floor;
  /** The statement that ended, for the record; null when none was running or paused, or the speaker never spoke. */
  ended: EndedStatement | null;
  /** The entry that left the floor for good, and what it leaves as: done, or not delivered. */
  doneEntryId: number | null;
  doneStatus: 'done' | 'not-delivered';
  /** The entry taken from the waiting list, if any. */
  calledEntryId: number | null;
  /** The entry paused by a point of order. */
  interruptedEntryId: number | null;
}

const isActive = (floor: Floor) => floor.status === 'running' || floor.status === 'paused';

function putOnFloor(entry: CallableEntry, interrupted: InterruptedStatement[]): Floor {
  return {
    ...IDLE_FLOOR,
    status: 'paused',
    entryId: entry.entryId,
    limitMs: entry.limitSeconds * 1000,
    elapsedMs: entry.usedMs,
    interrupted,
  };
}

function restore(interrupted: InterruptedStatement[]): Floor {
  const resumed = interrupted[interrupted.length - 1];
  return {
    ...IDLE_FLOOR,
    status: 'paused',
    entryId: resumed.entryId,
    limitMs: resumed.limitMs,
    elapsedMs: resumed.elapsedMs,
    statementStartedAt: resumed.startedAt,
    interruptions: resumed.interruptions,
    interrupted: interrupted.slice(0, -1),
    signalled: resumed.signalled ?? 'none',
    backFromPointOfOrder: true,
  };
}

/**
 * `next`: ends the statement on the floor and calls the first waiting entry. A point of order
 * interrupts a running or paused statement instead of ending it; when a point of order ends,
 * the statement it interrupted comes back, paused, with its time used so far.
 */
export function callNext(floor: Floor, head: CallableEntry | null, nowMs: number): NextOutcome {
  if (head?.capacity === 'point-of-order' && isActive(floor) && floor.entryId !== null) {
    const paused: InterruptedStatement = {
      entryId: floor.entryId,
      limitMs: floor.limitMs,
      elapsedMs: elapsedAt(floor, nowMs),
      startedAt: floor.statementStartedAt,
      interruptions: floor.interruptions + 1,
      signalled: floor.signalled,
    };
    return {
      floor: putOnFloor(head, [...floor.interrupted, paused]),
      ended: null,
      doneEntryId: null,
      doneStatus: 'done',
      calledEntryId: head.entryId,
      interruptedEntryId: floor.entryId,
    };
  }
  const left = isActive(floor) ? leaveFloor(floor, nowMs, officerEnding(floor)) : { ended: null, entryStatus: 'done' as const };
  const outcome = { ended: left.ended, doneEntryId: floor.entryId, doneStatus: left.entryStatus, interruptedEntryId: null };
  if (head?.capacity === 'point-of-order' || (head !== null && floor.interrupted.length === 0)) {
    return { ...outcome, floor: putOnFloor(head, floor.interrupted), calledEntryId: head.entryId };
  }
  if (floor.interrupted.length > 0) {
    return { ...outcome, floor: restore(floor.interrupted), calledEntryId: null };
  }
  return { ...outcome, floor: IDLE_FLOOR, calledEntryId: null };
}

/**
 * A remote speaker whose link failed leaves the floor without ending the statement: the time
 * used goes back with the entry into the list. The returned floor is empty, ready for `callNext`.
 */
export function skipSpeaker(floor: Floor, nowMs: number): { floor: Floor; skippedEntryId: number; usedMs: number } {
  if (!isActive(floor) || floor.entryId === null) {
    throw new DomainError('ILLEGAL_TRANSITION', `Cannot skip: the floor is ${floor.status} (allowed when running or paused)`);
  }
  return {
    floor: { ...IDLE_FLOOR, interrupted: floor.interrupted },
    skippedEntryId: floor.entryId,
    usedMs: elapsedAt(floor, nowMs),
  };
}
