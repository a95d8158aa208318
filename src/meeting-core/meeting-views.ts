import { ListEntry, MeetingState, nextSpeakers, waitingEntries } from '../domain/meeting/meeting-state';
import type { Enforcement } from '../domain/timer/enforcement';
import { UNDO_WINDOW_MS } from '../domain/meeting/floor-commands';
import { forecastList, ListForecast } from '../domain/speakers/forecast';
import { epochMsToIso } from '../domain/timetable/venue-time';
import type { DelegationRef, FloorStateView, SpeakerEntryView, SpeakersListView, SpeakersNextView } from '../shared/api-types';

/** What the views need besides the state; loaded once per meeting (see MeetingSettings). */
export interface ViewContext {
  meeting: { startsAt: number; endsAt: number };
  warningMs: number;
  enforcement: Enforcement;
  delegationRef(id: number): DelegationRef;
}

const STATUS_ORDER = { done: 0, 'not-delivered': 0, speaking: 1, waiting: 2, withdrawn: 3 } as const;

function forecastOf(state: MeetingState, waiting: readonly ListEntry[], context: ViewContext, nowMs: number): ListForecast {
  return forecastList({
    now: nowMs,
    meeting: context.meeting,
    floor: state.floor,
    interruptedRemainingMs: state.floor.interrupted.map((statement) => statement.limitMs - statement.elapsedMs),
    entries: waiting,
  });
}

function entryView(entry: ListEntry, context: ViewContext, expectedStartAt?: number): SpeakerEntryView {
  const view: SpeakerEntryView = {
    id: entry.id,
    delegation: context.delegationRef(entry.delegationId),
    capacity: entry.capacity,
    onBehalfOf: entry.onBehalfOfId === null ? null : context.delegationRef(entry.onBehalfOfId),
    status: entry.status,
    position: entry.position,
    limitSeconds: entry.limitSeconds,
    usedMs: entry.usedMs,
    requestedAt: epochMsToIso(entry.requestedAt),
  };
  return expectedStartAt === undefined ? view : { ...view, expectedStartAt: epochMsToIso(expectedStartAt) };
}

/** The contract's SpeakersList: history first, then the queue in speaking order, then withdrawals. */
export function listView(state: MeetingState, context: ViewContext, nowMs: number): SpeakersListView {
  const rows = [...state.entries].sort(
    (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || (a.position ?? 0) - (b.position ?? 0) || a.id - b.id,
  );
  const forecast = forecastOf(state, waitingEntries(state), context, nowMs);
  const expectedStart = new Map(forecast.entries.map((entry) => [entry.id, entry.expectedStartAt]));
  return {
    meetingId: state.meetingId,
    version: state.listVersion,
    closed: state.closed,
    entries: rows.map((row) => entryView(row, context, expectedStart.get(row.id))),
    expectedEndAt: epochMsToIso(forecast.expectedEndAt),
    fitsInMeeting: forecast.fitsInMeeting,
    overrunSeconds: forecast.overrunSeconds,
    meetingEnded: forecast.meetingEnded,
  };
}

/**
 * Whether a change of the floor alone (extend, set, a resumed statement) moved the list's expected
 * times, both read at the same instant: start and pause move none, so they push no list.
 */
export function forecastMoved(before: MeetingState, after: MeetingState, context: ViewContext, nowMs: number): boolean {
  const was = forecastOf(before, waitingEntries(before), context, nowMs);
  const is = forecastOf(after, waitingEntries(after), context, nowMs);
  return was.expectedEndAt !== is.expectedEndAt || was.meetingEnded !== is.meetingEnded;
}

/** One entry as the list would show it, forecast included, without building the whole list. */
export function listEntryView(state: MeetingState, entryId: number, context: ViewContext, nowMs: number): SpeakerEntryView {
  const entry = state.entries.find((candidate) => candidate.id === entryId);
  if (!entry) throw new Error(`Entry ${entryId} is not in meeting ${state.meetingId}`);
  const startsAt = entry.status === 'waiting' ? forecastOf(state, waitingEntries(state), context, nowMs).entries.find((e) => e.id === entryId) : undefined;
  return entryView(entry, context, startsAt?.expectedStartAt);
}

export function nextView(state: MeetingState, count: number, context: ViewContext): SpeakersNextView {
  return {
    meetingId: state.meetingId,
    version: state.listVersion,
    closed: state.closed,
    entries: nextSpeakers(state, count).map((entry) => entryView(entry, context)),
  };
}

/** The contract's FloorState, stamped with the server's now so clients measure their offset. */
export function floorView(state: MeetingState, context: ViewContext, nowMs: number): FloorStateView {
  const { floor } = state;
  const speaker = floor.entryId === null ? undefined : state.entries.find((entry) => entry.id === floor.entryId);
  return {
    meetingId: state.meetingId,
    version: state.floorVersion,
    status: floor.status,
    entryId: floor.entryId,
    speaker: speaker ? entryView(speaker, context) : null,
    limitMs: floor.limitMs,
    elapsedMs: floor.elapsedMs,
    runningSince: floor.runningSince,
    serverNow: nowMs,
    warningMs: context.warningMs,
    message: floor.message,
    interruptedEntryIds: floor.interrupted.map((statement) => statement.entryId),
    statementStartedAt: floor.statementStartedAt,
    enforcement: context.enforcement,
    undoableUntil: state.undo && state.undo.floorVersion === state.floorVersion ? state.undo.atMs + UNDO_WINDOW_MS : null,
    overlayOnAir: state.overlayOnAir,
  };
}
