import type { Capacity } from '../capacity';

/** What decides who comes to the floor next. */
export interface FloorQueue<T extends { capacity: Capacity }> {
  /** Waiting entries in speaking order. */
  waiting: readonly T[];
  /** Statements paused by points of order, innermost last: each resumes when the one above it ends. */
  interrupted: readonly T[];
  /** The entry whose statement is running or paused on the floor: a point of order called now interrupts it. */
  active: T | null;
}

/**
 * The next `count` to take the floor, in order, as Next brings them (see `callNext`): a waiting
 * point of order first, then the statements it interrupted, innermost first, then the list. After
 * the first call each statement is taken to end on the floor: only a point of order interrupts.
 */
export function upcomingSpeakers<T extends { capacity: Capacity }>(queue: FloorQueue<T>, count: number): T[] {
  const { waiting, active } = queue;
  const resuming = [...queue.interrupted];
  if (active && waiting[0]?.capacity === 'point-of-order') resuming.push(active);
  const upcoming: T[] = [];
  let index = 0;
  while (upcoming.length < count) {
    const head = waiting[index];
    if (head && (head.capacity === 'point-of-order' || resuming.length === 0)) {
      upcoming.push(head);
      index += 1;
    } else if (resuming.length > 0) {
      upcoming.push(resuming.pop()!);
    } else {
      break;
    }
  }
  return upcoming;
}
