export const FLOOR_STATUSES = ['idle', 'running', 'paused', 'stopped'] as const;
export type FloorStatus = (typeof FLOOR_STATUSES)[number];

/** A statement paused by a point of order, resumed when the point of order ends. */
export interface InterruptedStatement {
  entryId: number;
  limitMs: number;
  elapsedMs: number;
  startedAt: number | null;
  interruptions: number;
  signalled?: TimerSignal;
}

/**
 * The last moment of a running statement the server has acted on (see enforcement.ts): each is
 * signalled once per statement, and again only after time is given back.
 */
export const TIMER_SIGNALS = ['none', 'warning', 'time-up'] as const;
export type TimerSignal = (typeof TIMER_SIGNALS)[number];

export const STATEMENT_ENDINGS = ['officer', 'time-limit', 'skip', 'point-of-order'] as const;
/** How a statement ended: the officer moved on, the server cut it, the speaker was skipped, or it never resumed after a point of order. */
export type StatementEnding = (typeof STATEMENT_ENDINGS)[number];

/** Who has the floor and the statement timer: state plus timestamps, never ticks. */
export interface Floor {
  status: FloorStatus;
  entryId: number | null;
  limitMs: number;
  elapsedMs: number;
  runningSince: number | null;
  statementStartedAt: number | null;
  interruptions: number;
  message: string | null;
  interrupted: InterruptedStatement[];
  signalled: TimerSignal;
  /** Brought back paused after a point of order and not yet resumed. */
  backFromPointOfOrder: boolean;
}

export const IDLE_FLOOR: Floor = {
  status: 'idle',
  entryId: null,
  limitMs: 0,
  elapsedMs: 0,
  runningSince: null,
  statementStartedAt: null,
  interruptions: 0,
  message: null,
  interrupted: [],
  signalled: 'none',
  backFromPointOfOrder: false,
};

/** What a statement that ended leaves for the record. */
export interface EndedStatement {
  entryId: number;
  limitMs: number;
  usedMs: number;
  overtimeMs: number;
  startedAt: number | null;
  endedAt: number;
  interruptions: number;
  endedBy: StatementEnding;
}
