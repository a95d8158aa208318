import { DomainError } from '../domain-error';
import { checkInscription, InscriptionActor } from '../speakers/inscription-rules';
import { insertAt, moveEntry, placeByPolicy, removeEntry, swapEntries } from '../speakers/speaking-order';
import { applyWaitingOrder, assertVersion, findEntry, updateEntry } from './entry-updates';
import type { MeetingCommand } from './meeting-command';
import { DirectoryDelegation, ListEntry, MeetingRules, MeetingState, waitingEntries } from './meeting-state';

export type InscribeCommand = Extract<MeetingCommand, { kind: 'inscribe' }>;

export interface Inscribed {
  state: MeetingState;
  entryId: number;
  /** False when a retried request found the entry its first attempt created. */
  created: boolean;
}

function delegationIn(rules: MeetingRules, id: number, field: string): DirectoryDelegation {
  const delegation = rules.delegations.get(id);
  if (!delegation) throw new DomainError('DELEGATION_NOT_FOUND', `${field}: delegation ${id} is not part of this conference`);
  return delegation;
}

function findRetry(state: MeetingState, command: InscribeCommand): ListEntry | null {
  const existing = command.requestId ? state.entries.find((entry) => entry.requestId === command.requestId) : undefined;
  if (!existing) return null;
  if (command.actor.role === 'delegate' && existing.delegationId !== command.actor.delegationId) {
    throw new DomainError('REQUEST_ID_OF_OTHER_DELEGATION', 'This requestId belongs to another delegation');
  }
  if (existing.delegationId !== command.delegationId || existing.capacity !== command.capacity) {
    throw new DomainError('REQUEST_ID_REUSED', `requestId "${command.requestId}" was already used for another request`);
  }
  return existing;
}

/** The new entry, checked against the inscription rules; not yet placed in the order. */
export function newEntry(state: MeetingState, command: Omit<InscribeCommand, 'kind'>, rules: MeetingRules, nowMs: number): ListEntry {
  const delegation = delegationIn(rules, command.delegationId, 'delegationId');
  const onBehalfOf = command.onBehalfOfId ? delegationIn(rules, command.onBehalfOfId, 'onBehalfOfId') : null;
  const { limitSeconds } = checkInscription({
    actor: command.actor,
    delegation,
    capacity: command.capacity,
    onBehalfOf,
    limits: rules.limits,
    listClosed: state.closed,
    existingEntries: state.entries,
  });
  return {
    id: command.newEntryId,
    delegationId: delegation.id,
    capacity: command.capacity,
    onBehalfOfId: onBehalfOf?.id ?? null,
    status: 'waiting',
    position: null,
    pinned: false,
    limitSeconds,
    usedMs: 0,
    requestedAt: nowMs,
    requestId: command.requestId ?? null,
    inscribedByRole: command.actor.role,
  };
}

export function inscribe(state: MeetingState, command: InscribeCommand, rules: MeetingRules, nowMs: number): Inscribed {
  if (rules.cancelled) throw new DomainError('MEETING_CANCELLED', `Meeting ${state.meetingId} is cancelled: its list takes no inscriptions`);
  const retried = findRetry(state, command);
  if (retried) return { state, entryId: retried.id, created: false };
  if (command.position !== undefined && command.actor.role !== 'officer') {
    throw new DomainError('POSITION_OFFICERS_ONLY', 'Only officers place an entry at a chosen position');
  }
  assertVersion('speakers list', state.listVersion, command.version);
  const entry = newEntry(state, command, rules, nowMs);
  const waiting = waitingEntries(state);
  const order = command.position === undefined ? placeByPolicy(waiting, entry, rules.speakingOrder) : insertAt(waiting, entry, command.position);
  const entries = applyWaitingOrder([...state.entries, entry], order);
  return { state: { ...state, entries, listVersion: state.listVersion + 1 }, entryId: entry.id, created: true };
}

export function withdraw(state: MeetingState, actor: InscriptionActor, entryId: number): MeetingState {
  const entry = findEntry(state, entryId);
  if (actor.role === 'delegate' && actor.delegationId !== entry.delegationId) {
    throw new DomainError('OWN_DELEGATION_ONLY', 'A delegation can withdraw only its own entries');
  }
  if (entry.status !== 'waiting') {
    throw new DomainError('ENTRY_NOT_WAITING', `Entry ${entryId} is ${entry.status}, not waiting: it cannot be withdrawn`);
  }
  const order = removeEntry(waitingEntries(state), entryId);
  const entries = applyWaitingOrder(updateEntry(state.entries, entryId, { status: 'withdrawn', position: null, pinned: false }), order);
  return { ...state, entries, listVersion: state.listVersion + 1 };
}

function reorder(state: MeetingState, order: (waiting: ListEntry[]) => readonly ListEntry[]): MeetingState {
  return { ...state, entries: applyWaitingOrder(state.entries, order(waitingEntries(state))), listVersion: state.listVersion + 1 };
}

export const move = (state: MeetingState, entryId: number, position: number) => reorder(state, (waiting) => moveEntry(waiting, entryId, position));

export const swap = (state: MeetingState, idA: number, idB: number) => reorder(state, (waiting) => swapEntries(waiting, idA, idB));

export const setClosed = (state: MeetingState, closed: boolean): MeetingState => ({ ...state, closed, listVersion: state.listVersion + 1 });

/** A speaker passed over before speaking goes back into the queue, pinned at `position` (first by default). */
export function callAgain(state: MeetingState, entryId: number, position = 1): MeetingState {
  const entry = findEntry(state, entryId);
  if (entry.status !== 'not-delivered') {
    throw new DomainError('ENTRY_NOT_PASSED_OVER', `Entry ${entryId} is ${entry.status}: only a speaker passed over before speaking can be called again`);
  }
  const order = insertAt(waitingEntries(state), { ...entry, status: 'waiting' }, position);
  const entries = applyWaitingOrder(updateEntry(state.entries, entryId, { status: 'waiting' }), order);
  return { ...state, entries, listVersion: state.listVersion + 1 };
}
