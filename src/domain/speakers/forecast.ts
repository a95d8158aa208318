import type { FloorStatus } from '../timer/floor-state';

export interface ForecastFloor {
  status: FloorStatus;
  limitMs: number;
  /** Time used before runningSince. */
  elapsedMs: number;
  /** Epoch ms while running, else null. */
  runningSince: number | null;
}

export interface ForecastEntry {
  id: number;
  limitSeconds: number;
  /** Time already used by a speaker who was skipped and put back; 0 normally. */
  usedMs: number;
}

export interface ForecastInput {
  /** Epoch ms. */
  now: number;
  meeting: { startsAt: number; endsAt: number };
  floor: ForecastFloor;
  /** Time left to statements interrupted by points of order; they resume before the list goes on. */
  interruptedRemainingMs: readonly number[];
  /** Waiting entries in speaking order. */
  entries: readonly ForecastEntry[];
}

export interface ListForecast {
  entries: { id: number; expectedStartAt: number }[];
  expectedEndAt: number;
  fitsInMeeting: boolean;
  /** Never more than the list itself needs: time already past the end is not the list's doing. */
  overrunSeconds: number;
  /** The scheduled end has passed and nobody has been called: the times are not a forecast. */
  meetingEnded: boolean;
}

/** Time the speaker on the floor still needs; an overtime speaker needs none, not a negative amount. */
export function floorRemainingMs(floor: ForecastFloor, now: number): number {
  if (floor.status !== 'running' && floor.status !== 'paused') return 0;
  const runningMs = floor.runningSince !== null ? now - floor.runningSince : 0;
  return Math.max(0, floor.limitMs - floor.elapsedMs - runningMs);
}

/**
 * When each waiting entry is expected to speak and whether the list fits in the meeting. A
 * meeting not yet begun counts from its scheduled start; one whose end has passed with the floor
 * idle has ended, and its list is counted from now only to say how long it would take.
 */
export function forecastList(input: ForecastInput): ListForecast {
  const { now, meeting, floor } = input;
  const startAt = Math.max(now, meeting.startsAt);
  let cursor = startAt;
  cursor += floorRemainingMs(floor, now);
  for (const remainingMs of input.interruptedRemainingMs) cursor += Math.max(0, remainingMs);

  const entries = input.entries.map((entry) => {
    const expectedStartAt = cursor;
    cursor += Math.max(0, entry.limitSeconds * 1000 - entry.usedMs);
    return { id: entry.id, expectedStartAt };
  });

  const overrunMs = Math.min(cursor - meeting.endsAt, cursor - startAt);
  return {
    entries,
    expectedEndAt: cursor,
    fitsInMeeting: cursor <= meeting.endsAt,
    overrunSeconds: Math.max(0, Math.ceil(overrunMs / 1000)),
    meetingEnded: floor.status === 'idle' && now >= meeting.endsAt,
  };
}
