import { Capacity, DEFAULT_SPEAKING_ORDER } from '../capacity';
import { DomainError, invalidField } from '../domain-error';

/** A waiting entry as the order cares about it; callers may carry more fields. */
export interface OrderedEntry {
  id: number;
  capacity: Capacity;
  /** The officer placed it by hand: later inscriptions never go ahead of it. */
  pinned: boolean;
}

/** Capacities from first to last; the chair's to set, so it is data. */
export type SpeakingOrderPolicy = readonly Capacity[];

function rankOf(capacity: Capacity, policy: SpeakingOrderPolicy): number {
  const rank = policy.indexOf(capacity);
  return rank === -1 ? policy.length : rank;
}

function indexOfId(waiting: readonly OrderedEntry[], entryId: number): number {
  const index = waiting.findIndex((entry) => entry.id === entryId);
  if (index === -1) {
    throw new DomainError('ENTRY_NOT_FOUND', `Entry ${entryId} is not waiting on the list`);
  }
  return index;
}

function assertPosition(position: number, max: number): void {
  if (!Number.isInteger(position) || position < 1 || position > max) {
    throw invalidField('position', 'OUT_OF_RANGE', `position must be a whole number from 1 to ${max}, got ${position}`);
  }
}

/** 0-based index at which a new, unpinned entry of `capacity` joins `waiting`. */
export function insertionIndex(
  waiting: readonly Pick<OrderedEntry, 'capacity' | 'pinned'>[],
  capacity: Capacity,
  policy: SpeakingOrderPolicy = DEFAULT_SPEAKING_ORDER,
): number {
  if (capacity === 'point-of-order') {
    // Precedence over everything, pins included; nested points of order keep their order.
    let index = 0;
    while (index < waiting.length && waiting[index].capacity === 'point-of-order') index++;
    return index;
  }
  // Only the part after the officer's last hand-placed entry is ordered by the policy.
  let segmentStart = 0;
  waiting.forEach((entry, index) => {
    if (entry.pinned) segmentStart = index + 1;
  });
  const rank = rankOf(capacity, policy);
  for (let index = waiting.length - 1; index >= segmentStart; index--) {
    if (rankOf(waiting[index].capacity, policy) <= rank) return index + 1;
  }
  return segmentStart;
}

/** Inscription: the new entry goes where the policy puts it, unpinned. */
export function placeByPolicy<T extends OrderedEntry>(
  waiting: readonly T[],
  newEntry: T,
  policy: SpeakingOrderPolicy = DEFAULT_SPEAKING_ORDER,
): T[] {
  const index = insertionIndex(waiting, newEntry.capacity, policy);
  return [...waiting.slice(0, index), { ...newEntry, pinned: false }, ...waiting.slice(index)];
}

/** Moves an entry to a 1-based position among the waiting entries and pins it there. */
export function moveEntry<T extends OrderedEntry>(waiting: readonly T[], entryId: number, position: number): T[] {
  const from = indexOfId(waiting, entryId);
  assertPosition(position, waiting.length);
  const rest = waiting.filter((_, index) => index !== from);
  const moved = { ...waiting[from], pinned: true };
  return [...rest.slice(0, position - 1), moved, ...rest.slice(position - 1)];
}

/** Exchanges two entries; both become pinned. */
export function swapEntries<T extends OrderedEntry>(waiting: readonly T[], idA: number, idB: number): T[] {
  const indexA = indexOfId(waiting, idA);
  const indexB = indexOfId(waiting, idB);
  const result = [...waiting];
  result[indexA] = { ...waiting[indexB], pinned: true };
  result[indexB] = { ...waiting[indexA], pinned: true };
  return result;
}

/** The officer inserts a new entry at a 1-based position (1 to length + 1); it is pinned. */
export function insertAt<T extends OrderedEntry>(waiting: readonly T[], newEntry: T, position: number): T[] {
  if (waiting.some((entry) => entry.id === newEntry.id)) {
    throw new DomainError('ENTRY_ALREADY_LISTED', `Entry ${newEntry.id} is already on the list`);
  }
  assertPosition(position, waiting.length + 1);
  return [...waiting.slice(0, position - 1), { ...newEntry, pinned: true }, ...waiting.slice(position - 1)];
}

/** Takes an entry out of the waiting order (withdrawn, or called to the floor). */
export function removeEntry<T extends OrderedEntry>(waiting: readonly T[], entryId: number): T[] {
  const index = indexOfId(waiting, entryId);
  return waiting.filter((_, i) => i !== index);
}
