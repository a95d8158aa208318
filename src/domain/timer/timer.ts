import { DomainError } from '../domain-error';
import { EndedStatement, Floor, FloorStatus } from './floor-state';
import { elapsedAt } from './time-left';

export const MAX_EXTENSION_SECONDS = 600;
export const MAX_MESSAGE_LENGTH = 80;

function requireStatus(floor: Floor, command: string, allowed: readonly FloorStatus[]): void {
  if (!allowed.includes(floor.status)) {
    throw new DomainError(
      'ILLEGAL_TRANSITION',
      `Cannot ${command}: the floor is ${floor.status} (allowed when ${allowed.join(' or ')})`,
    );
  }
}

function run(floor: Floor, nowMs: number): Floor {
  return { ...floor, status: 'running', runningSince: nowMs, statementStartedAt: floor.statementStartedAt ?? nowMs };
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
    throw new DomainError('INVALID_INPUT', `seconds must be a whole number from 1 to ${MAX_EXTENSION_SECONDS}`);
  }
  return { ...floor, limitMs: floor.limitMs + seconds * 1000 };
}

export function setSpeakerMessage(floor: Floor, text: string | null): Floor {
  const trimmed = text?.trim() ?? '';
  if (trimmed.length > MAX_MESSAGE_LENGTH) {
    throw new DomainError('INVALID_INPUT', `text must be at most ${MAX_MESSAGE_LENGTH} characters`);
  }
  return { ...floor, message: trimmed === '' ? null : trimmed };
}

/** Ends the statement on the floor; the speaker stays shown until the next is called. */
export function stopTimer(floor: Floor, nowMs: number): { floor: Floor; ended: EndedStatement } {
  requireStatus(floor, 'stop', ['running', 'paused']);
  const ended = endStatement(floor, nowMs);
  return { floor: { ...floor, status: 'stopped', elapsedMs: ended.usedMs, runningSince: null }, ended };
}

export function endStatement(floor: Floor, nowMs: number): EndedStatement {
  if (floor.entryId === null) throw new DomainError('ILLEGAL_TRANSITION', 'No statement is on the floor');
  const usedMs = elapsedAt(floor, nowMs);
  return {
    entryId: floor.entryId,
    limitMs: floor.limitMs,
    usedMs,
    overtimeMs: Math.max(0, usedMs - floor.limitMs),
    startedAt: floor.statementStartedAt,
    endedAt: nowMs,
    interruptions: floor.interruptions,
  };
}
