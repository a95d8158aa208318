import { timerMoments, TimerRules } from '../timer/enforcement';
import type { EndedStatement, Floor, StatementEnding, TimerSignal } from '../timer/floor-state';

export const WEBHOOK_EVENTS = ['statement.started', 'statement.warning', 'statement.time-up', 'statement.ended', 'floor.message'] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** A moment of the floor the room's systems hear about, before names and addresses are added. */
export type FloorEvent =
  | { event: 'statement.started'; entryId: number; atMs: number; limitMs: number }
  | { event: 'statement.warning' | 'statement.time-up'; entryId: number; atMs: number; limitMs: number }
  | { event: 'statement.ended'; entryId: number; atMs: number; endedBy: StatementEnding; limitMs: number; usedMs: number; overtimeMs: number; startedAt: number | null }
  | { event: 'floor.message'; entryId: number | null; atMs: number; message: string | null };

const RANK: Record<TimerSignal, number> = { none: 0, warning: 1, 'time-up': 2 };

function started(before: Floor, after: Floor): boolean {
  if (after.status !== 'running' || after.statementStartedAt === null || after.entryId === null) return false;
  return before.entryId !== after.entryId || before.statementStartedAt === null;
}

/** What one committed step of the floor means for the room: in the order it happened. */
export function floorEvents(before: Floor, after: Floor, ended: EndedStatement | null, rules: TimerRules, nowMs: number): FloorEvent[] {
  const events: FloorEvent[] = [];
  if (started(before, after)) events.push({ event: 'statement.started', entryId: after.entryId!, atMs: after.statementStartedAt!, limitMs: after.limitMs });
  const sameStatement = before.entryId !== null && before.entryId === after.entryId;
  const moments = timerMoments(before, rules);
  if (sameStatement && RANK[after.signalled] >= 1 && RANK[before.signalled] < 1) {
    events.push({ event: 'statement.warning', entryId: before.entryId!, atMs: moments?.warningAt ?? nowMs, limitMs: before.limitMs });
  }
  if (sameStatement && RANK[after.signalled] >= 2 && RANK[before.signalled] < 2) {
    events.push({ event: 'statement.time-up', entryId: before.entryId!, atMs: moments?.timeUpAt ?? nowMs, limitMs: before.limitMs });
  }
  if (ended) {
    const { entryId, endedAt, endedBy, limitMs, usedMs, overtimeMs, startedAt } = ended;
    events.push({ event: 'statement.ended', entryId, atMs: endedAt, endedBy, limitMs, usedMs, overtimeMs, startedAt });
  }
  if (after.message !== before.message) events.push({ event: 'floor.message', entryId: after.entryId, atMs: nowMs, message: after.message });
  return events;
}

// Waits before the 2nd to 5th tries; a delivery is tried at most five times.
const RETRY_DELAYS_MS = [1_000, 4_000, 15_000, 60_000];
export const MAX_DELIVERY_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

/** After a failed attempt: when to try again, or null to give up. A 4xx other than 408/429 is final. */
export function retryAt(attempts: number, statusCode: number | null, nowMs: number): number | null {
  const retriable = statusCode === null || statusCode >= 500 || statusCode === 408 || statusCode === 429;
  if (!retriable || attempts >= MAX_DELIVERY_ATTEMPTS) return null;
  return nowMs + RETRY_DELAYS_MS[attempts - 1];
}
