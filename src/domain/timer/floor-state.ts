export const FLOOR_STATUSES = ['idle', 'running', 'paused', 'stopped'] as const;
export type FloorStatus = (typeof FLOOR_STATUSES)[number];

/** A statement paused by a point of order, resumed when the point of order ends. */
export interface InterruptedStatement {
  entryId: number;
  limitMs: number;
  elapsedMs: number;
  startedAt: number | null;
  interruptions: number;
}

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
}
