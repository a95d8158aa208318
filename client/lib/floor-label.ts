import type { FloorStateView } from '../../src/shared/api-types';
import type { StringKey } from './strings';

/** What the floor's state is called on screen: "Ready" for a speaker called but not yet started. */
export function floorStatusKey(floor: Pick<FloorStateView, 'status' | 'entryId' | 'statementStartedAt'>): StringKey {
  // Paused and never started on this call (a skipped speaker called again included): the statement not begun.
  if (floor.status === 'paused' && floor.entryId !== null && floor.statementStartedAt === null) return 'status.ready';
  return `status.${floor.status}`;
}
