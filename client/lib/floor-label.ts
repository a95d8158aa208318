import type { FloorStateView } from '../../src/shared/api-types';
import type { StringKey } from './strings';

/** What the floor's state is called on screen: "Ready" for a speaker called but not yet started. */
export function floorStatusKey(floor: Pick<FloorStateView, 'status' | 'entryId' | 'elapsedMs'>): StringKey {
  // Paused with no time used: called to the floor, the statement not begun.
  if (floor.status === 'paused' && floor.entryId !== null && floor.elapsedMs === 0) return 'status.ready';
  return `status.${floor.status}`;
}
