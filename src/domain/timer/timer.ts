import { DomainError, invalidField } from '../domain-error';
import { EndedStatement, Floor, FloorStatus, StatementEnding } from './floor-state';
import { elapsedAt } from './time-left';

export const MAX_EXTENSION_SECONDS = 600;
export const MAX_MESSAGE_LENGTH = 80;
export const MAX_ADJUST_SECONDS = 600;
export const MAX_REMAINING_SECONDS = 3600;

function requireStatus(floor: Floor, command: string, allowed: readonly FloorStatus[]): void {
  if (!allowed.includes(floor.status)) {
    throw new DomainError(
      'ILLEGAL_TRANSITION',
      `Cannot ${command}: the floor is ${floor.status} (allowed when ${allowed.join(' or ')})`,
    );
  }
}

function run(floor: Floor, nowMs: number): Floor {
  return { ...floor, status: 'running', runningSince: nowMs, statementStartedAt: floor.statementStartedAt ?? nowMs, backFromPointOfOrder: false };
}

export function startTimer(floor: Floor, nowMs: number): Floor {
  requireStatus(floor, 'start', ['paused']);
  return run(floor, nowMs);
}

export function resumeTimer(floor: Floor, nowMs: number): Floor {
  requireStatus(floor, 'resume', ['paused']);
  return run(floor, nowMs);
}

export function pauseTimer(floor: Floor, nowMs: number): Floor {
  requireStatus(floor, 'pause', ['running']);
  return { ...floor, status: 'paused', elapsedMs: elapsedAt(floor, nowMs), runningSince: null };
}

export function extendTimer(floor: Floor, seconds: number): Floor {
  requireStatus(floor, 'extend', ['running', 'paused']);
  if (!Number.isInteger(seconds) || seconds <= 0 || seconds > MAX_EXTENSION_SECONDS) {
    throw invalidField('seconds', 'OUT_OF_RANGE', `seconds must be a whole number from 1 to ${MAX_EXTENSION_SECONDS}`);
  }
  return { ...floor, limitMs: floor.limitMs + seconds * 1000 };
}

export function setSpeakerMessage(floor: Floor, text: string | null): Floor {
  const trimmed = text?.trim() ?? '';
  if (trimmed.length > MAX_MESSAGE_LENGTH) {
    throw invalidField('text', 'TOO_BIG', `text must be at most ${MAX_MESSAGE_LENGTH} characters`);
  }
  return { ...floor, message: trimmed === '' ? null : trimmed };
}

/** Adds time (or takes it away, never below zero left by this) to the statement on the floor. */
export function adjustTimer(floor: Floor, seconds: number, nowMs: number): Floor {
  requireStatus(floor, 'adjust', ['running', 'paused']);
  if (!Number.isInteger(seconds) || seconds === 0 || Math.abs(seconds) > MAX_ADJUST_SECONDS) {
    throw invalidField('seconds', 'OUT_OF_RANGE', `seconds must be a whole number from -${MAX_ADJUST_SECONDS} to ${MAX_ADJUST_SECONDS}, not 0`);
  }
  const wanted = floor.limitMs + seconds * 1000;
  const floorOfLimit = Math.min(floor.limitMs, elapsedAt(floor, nowMs));
  return { ...floor, limitMs: seconds > 0 ? wanted : Math.max(wanted, floorOfLimit) };
}

/** Sets the time left exactly: the limit becomes the time used plus `remainingSeconds`. */
export function setTimeLeft(floor: Floor, remainingSeconds: number, nowMs: number): Floor {
  requireStatus(floor, 'set the time of', ['running', 'paused']);
  if (!Number.isInteger(remainingSeconds) || remainingSeconds < 0 || remainingSeconds > MAX_REMAINING_SECONDS) {
    throw invalidField('remainingSeconds', 'OUT_OF_RANGE', `remainingSeconds must be a whole number from 0 to ${MAX_REMAINING_SECONDS}`);
  }
  return { ...floor, limitMs: elapsedAt(floor, nowMs) + remainingSeconds * 1000 };
}

/** What leaving the floor records: a statement if the speaker spoke on this call, else nothing. */
export interface StatementOutcome {
  ended: EndedStatement | null;
  /** `not-delivered`: called, never started, no time used: it can be called again. */
  entryStatus: 'done' | 'not-delivered';
}

export function leaveFloor(floor: Floor, nowMs: number, endedBy: StatementEnding): StatementOutcome {
  if (floor.statementStartedAt !== null) return { ended: endStatement(floor, nowMs, endedBy), entryStatus: 'done' };
  // A skipped speaker called again and passed over: the part heard before the skip was the statement.
  if (floor.elapsedMs > 0) return { ended: endStatement(floor, nowMs, 'skip'), entryStatus: 'done' };
  return { ended: null, entryStatus: 'not-delivered' };
}

/** How an officer's Next or Stop ends the statement on the floor. */
export const officerEnding = (floor: Floor): StatementEnding => (floor.backFromPointOfOrder ? 'point-of-order' : 'officer');

/** Ends the statement on the floor; the speaker stays shown until the next is called. */
export function stopTimer(floor: Floor, nowMs: number): { floor: Floor; outcome: StatementOutcome } {
  requireStatus(floor, 'stop', ['running', 'paused']);
  const outcome = leaveFloor(floor, nowMs, officerEnding(floor));
  return { floor: { ...floor, status: 'stopped', elapsedMs: elapsedAt(floor, nowMs), runningSince: null, backFromPointOfOrder: false }, outcome };
}

export function endStatement(floor: Floor, nowMs: number, endedBy: StatementEnding): EndedStatement {
  if (floor.entryId === null) throw new DomainError('NO_STATEMENT_ON_FLOOR', 'No statement is on the floor');
  const usedMs = elapsedAt(floor, nowMs);
  return {
    entryId: floor.entryId,
    limitMs: floor.limitMs,
    usedMs,
    overtimeMs: Math.max(0, usedMs - floor.limitMs),
    startedAt: floor.statementStartedAt,
    endedAt: nowMs,
    interruptions: floor.interruptions,
    endedBy,
  };
}
