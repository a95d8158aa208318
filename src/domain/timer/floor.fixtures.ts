/** Builders for the timer specs: defaults plus overrides, one floor per status. */
import { Capacity } from '../capacity';
import { DomainError } from '../domain-error';
import { Floor, FloorStatus, IDLE_FLOOR, InterruptedStatement } from './floor-state';
import { CallableEntry } from './floor-transitions';

/** Mon 26 July 2021, 10:00 in New York: the fake clock starts here. */
export const T0 = Date.UTC(2021, 6, 26, 14, 0);
export const SECOND = 1000;
export const MINUTE = 60 * SECOND;

/** The entry on the floor in the built floors. */
export const ON_FLOOR_ID = 11;

export function aFloor(overrides: Partial<Floor> = {}): Floor {
  return {
    ...IDLE_FLOOR,
    status: 'paused',
    entryId: ON_FLOOR_ID,
    limitMs: 3 * MINUTE,
    interrupted: [],
    ...overrides,
  };
}

/**
 * A floor in the given status at `nowMs`: running for 20 s on top of 40 s used, paused at 40 s,
 * stopped at 60 s, or idle.
 */
export function floorIn(status: FloorStatus, nowMs: number, overrides: Partial<Floor> = {}): Floor {
  switch (status) {
    case 'idle':
      return { ...IDLE_FLOOR, interrupted: [], ...overrides };
    case 'running':
      return aFloor({
        status,
        elapsedMs: 40 * SECOND,
        runningSince: nowMs - 20 * SECOND,
        statementStartedAt: nowMs - 60 * SECOND,
        ...overrides,
      });
    case 'paused':
      return aFloor({ status, elapsedMs: 40 * SECOND, statementStartedAt: nowMs - 60 * SECOND, ...overrides });
    case 'stopped':
      return aFloor({ status, elapsedMs: 60 * SECOND, statementStartedAt: nowMs - 90 * SECOND, ...overrides });
  }
}

export function anInterrupted(overrides: Partial<InterruptedStatement> = {}): InterruptedStatement {
  return { entryId: 5, limitMs: 3 * MINUTE, elapsedMs: 30 * SECOND, startedAt: T0 - MINUTE, interruptions: 1, ...overrides };
}

export function callable(entryId: number, overrides: Partial<CallableEntry> = {}): CallableEntry {
  return { entryId, capacity: 'national' as Capacity, limitSeconds: 180, usedMs: 0, ...overrides };
}

export function pointOfOrder(entryId: number, overrides: Partial<CallableEntry> = {}): CallableEntry {
  return callable(entryId, { capacity: 'point-of-order', limitSeconds: 60, ...overrides });
}

/** The error a synchronous call throws, so its code and message can be checked. */
export function thrownBy(act: () => unknown): DomainError {
  try {
    act();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError, nothing was thrown');
}

/** Freezes a floor and its stack, so a command that mutates its input fails loudly. */
export function frozen(floor: Floor): Floor {
  floor.interrupted.forEach((statement) => Object.freeze(statement));
  Object.freeze(floor.interrupted);
  return Object.freeze(floor);
}
