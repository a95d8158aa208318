import type { FloorStateView } from '../../src/shared/api-types';

/** The officer's on-air switch; a server that does not send it keeps every overlay on air. */
export function isOnAir(floor: (Pick<FloorStateView, 'status'> & { overlayOnAir?: boolean }) | null): boolean {
  return floor?.overlayOnAir !== false;
}

/** The overlay draws anything at all only on air, with somebody on the floor and the join accepted. */
export function overlayVisible(floor: Parameters<typeof isOnAir>[0], hasSpeaker: boolean, refused: boolean): boolean {
  return isOnAir(floor) && hasSpeaker && !refused;
}
