import { DomainError } from '../domain-error';
import type { ListEntry, MeetingState } from './meeting-state';

export function findEntry(state: MeetingState, entryId: number): ListEntry {
  const entry = state.entries.find((candidate) => candidate.id === entryId);
  if (!entry) throw new DomainError('ENTRY_NOT_FOUND', `Entry ${entryId} is not on this meeting's list`);
  return entry;
}

/** A new entries array with one entry changed; untouched entries keep their identity (see changedEntries). */
export function updateEntry(entries: readonly ListEntry[], entryId: number, patch: Partial<ListEntry>): ListEntry[] {
  return entries.map((entry) => (entry.id === entryId ? { ...entry, ...patch } : entry));
}

/** Gives the waiting entries positions 1..n in the given order, with the pinned flags the order policy set. */
export function applyWaitingOrder(entries: readonly ListEntry[], ordered: readonly Pick<ListEntry, 'id' | 'pinned'>[]): ListEntry[] {
  const placed = new Map(ordered.map(({ id, pinned }, index) => [id, { position: index + 1, pinned }]));
  return entries.map((entry) => {
    const place = placed.get(entry.id);
    if (!place || (entry.position === place.position && entry.pinned === place.pinned)) return entry;
    return { ...entry, ...place };
  });
}

/** Entries that a decision added or changed: every change makes a new object, so identity tells. */
export function changedEntries(before: readonly ListEntry[], after: readonly ListEntry[]): { added: ListEntry[]; updated: ListEntry[] } {
  const previous = new Map(before.map((entry) => [entry.id, entry]));
  const added: ListEntry[] = [];
  const updated: ListEntry[] = [];
  for (const entry of after) {
    const old = previous.get(entry.id);
    if (!old) added.push(entry);
    else if (old !== entry) updated.push(entry);
  }
  return { added, updated };
}

export function assertVersion(kind: 'speakers list' | 'floor', current: number, sent: number | undefined): void {
  if (sent !== undefined && sent !== current) {
    throw new DomainError('STALE_VERSION', `The ${kind} has changed (now version ${current}, you sent ${sent}): reload and retry`);
  }
}
