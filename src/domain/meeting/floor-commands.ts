import { DomainError } from '../domain-error';
import type { EndedStatement, Floor } from '../timer/floor-state';
import { CallableEntry, callNext, skipSpeaker } from '../timer/floor-transitions';
import { rearmSignals, signalTime } from '../timer/enforcement';
import { adjustTimer, extendTimer, pauseTimer, resumeTimer, setSpeakerMessage, setTimeLeft, startTimer, stopTimer } from '../timer/timer';
import { applyWaitingOrder, findEntry, updateEntry } from './entry-updates';
import { newEntry } from './list-commands';
import type { FloorCommandKind, MeetingCommand } from './meeting-command';
import { ListEntry, MeetingRules, MeetingState, waitingEntries } from './meeting-state';

/** A floor command's effect: the new floor, and the entries when the list changed with it. */
export interface FloorStep {
  floor: Floor;
  entries?: ListEntry[];
  ended?: EndedStatement;
  /** Undo: the record the undone command wrote, to take back. */
  retracted?: EndedStatement;
}

export type FloorCommand = Extract<MeetingCommand, { kind: FloorCommandKind }>;

const callable = (entry: ListEntry): CallableEntry => ({
  entryId: entry.id,
  capacity: entry.capacity,
  limitSeconds: entry.limitSeconds,
  usedMs: entry.usedMs,
});

/**
 * Calls `head` (or, with null, whatever `callNext` brings back) from `order`, the waiting entries
 * in speaking order: the speaker leaving for good is done, the one called leaves the queue.
 */
function call(state: MeetingState, entries: readonly ListEntry[], order: readonly ListEntry[], head: ListEntry | null, nowMs: number): FloorStep {
  const outcome = callNext(state.floor, head ? callable(head) : null, nowMs);
  let next = [...entries];
  const leaving = outcome.doneEntryId === null ? undefined : next.find((entry) => entry.id === outcome.doneEntryId);
  if (leaving?.status === 'speaking') next = updateEntry(next, leaving.id, { status: outcome.doneStatus, position: null });
  if (outcome.calledEntryId !== null) next = updateEntry(next, outcome.calledEntryId, { status: 'speaking', position: null, pinned: false });
  next = applyWaitingOrder(
    next,
    order.filter((entry) => entry.id !== outcome.calledEntryId),
  );
  return { floor: outcome.floor, entries: next, ended: outcome.ended ?? undefined };
}

function next(state: MeetingState, nowMs: number): FloorStep {
  const waiting = waitingEntries(state);
  return call(state, state.entries, waiting, waiting[0] ?? null, nowMs);
}

/** The speaker goes back into the list after `after` waiting entries, time used kept; the next is called. */
function skip(state: MeetingState, after: number, nowMs: number): FloorStep {
  const { floor: emptied, skippedEntryId, usedMs } = skipSpeaker(state.floor, nowMs);
  const waiting = waitingEntries(state);
  const requeued: ListEntry = { ...findEntry(state, skippedEntryId), status: 'waiting', usedMs, pinned: true };
  const order = [...waiting];
  order.splice(Math.min(after, waiting.length), 0, requeued);
  const head = order[0].id === skippedEntryId ? null : order[0];
  const entries = updateEntry(state.entries, skippedEntryId, { status: 'waiting', usedMs });
  return call({ ...state, floor: emptied }, entries, order, head, nowMs);
}

/** Inscribes a point of order and calls it at once: nothing can fall between the two. */
function pointOfOrder(state: MeetingState, command: Extract<FloorCommand, { kind: 'point-of-order' }>, rules: MeetingRules, nowMs: number): FloorStep {
  if (rules.cancelled) throw new DomainError('MEETING_CANCELLED', `Meeting ${state.meetingId} is cancelled: its list takes no inscriptions`);
  const raised = newEntry(
    state,
    { actor: { role: 'officer' }, newEntryId: command.newEntryId, delegationId: command.delegationId, capacity: 'point-of-order' },
    rules,
    nowMs,
  );
  return call(state, [...state.entries, raised], [raised, ...waitingEntries(state)], raised, nowMs);
}

export const UNDO_WINDOW_MS = 30_000;

/** Puts back what the officer's last floor command changed, if it was recent and nothing changed since. */
function undo(state: MeetingState, nowMs: number): FloorStep {
  const point = state.undo;
  if (!point) throw new DomainError('NOTHING_TO_UNDO', 'Nothing to undo: no floor command since the last undo or restart of the floor');
  const agoSeconds = Math.round((nowMs - point.atMs) / 1000);
  if (nowMs - point.atMs > UNDO_WINDOW_MS) {
    throw new DomainError('UNDO_TOO_LATE', `Cannot undo ${point.command}: it was ${agoSeconds} s ago, and undo is allowed within ${UNDO_WINDOW_MS / 1000} s`);
  }
  if (state.floorVersion !== point.floorVersion) throw new DomainError('UNDO_OVERTAKEN', `Cannot undo ${point.command}: the floor changed since`);
  if (point.listChanged && state.listVersion !== point.listVersion) {
    throw new DomainError('UNDO_OVERTAKEN', `Cannot undo ${point.command}: the speakers list changed since`);
  }
  const restored = new Map(point.entries.map((entry) => [entry.id, entry]));
  const created = new Set(point.createdEntryIds);
  const entries = state.entries.map((entry) => {
    if (created.has(entry.id)) return { ...entry, status: 'withdrawn' as const, position: null, pinned: false };
    return restored.get(entry.id) ?? entry;
  });
  return { floor: point.floor, entries: point.listChanged ? entries : undefined, retracted: point.ended ?? undefined };
}

export function floorStep(state: MeetingState, command: FloorCommand, rules: MeetingRules, nowMs: number): FloorStep {
  const { floor } = state;
  switch (command.kind) {
    case 'start':
      return { floor: startTimer(floor, nowMs) };
    case 'pause':
      return { floor: pauseTimer(floor, nowMs) };
    case 'resume':
      return { floor: resumeTimer(floor, nowMs) };
    case 'extend':
      return { floor: rearmSignals(extendTimer(floor, command.seconds), rules, nowMs) };
    case 'adjust':
      return { floor: rearmSignals(adjustTimer(floor, command.seconds, nowMs), rules, nowMs) };
    case 'set':
      return { floor: rearmSignals(setTimeLeft(floor, command.remainingSeconds, nowMs), rules, nowMs) };
    case 'undo':
      return undo(state, nowMs);
    case 'time-signal': {
      const signalled = signalTime(floor, rules, nowMs);
      if (!signalled.ended) return { floor: signalled.floor };
      const entries = updateEntry(state.entries, signalled.ended.entryId, { status: 'done', position: null });
      return { floor: signalled.floor, entries, ended: signalled.ended };
    }
    case 'message':
      return { floor: setSpeakerMessage(floor, command.text) };
    case 'stop': {
      const stopped = stopTimer(floor, nowMs);
      const entries = updateEntry(state.entries, floor.entryId!, { status: stopped.outcome.entryStatus, position: null });
      return { floor: stopped.floor, entries, ended: stopped.outcome.ended ?? undefined };
    }
    case 'next':
      return next(state, nowMs);
    case 'skip':
      return skip(state, command.after ?? 1, nowMs);
    case 'point-of-order':
      return pointOfOrder(state, command, rules, nowMs);
    default: {
      const unknown: never = command;
      throw new Error(`Unknown floor command ${JSON.stringify(unknown)}`);
    }
  }
}
