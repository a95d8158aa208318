import type { Capacity } from '../../src/domain/capacity';
import { CAPACITIES_OPEN_AFTER_CLOSE } from '../../src/domain/speakers/inscription-rules';
import type { MeetingView, SpeakersListView } from '../../src/shared/api-types';

/** Why a delegate cannot ask for the floor now. */
export type RequestBlock = 'cancelled' | 'ended' | 'closed';

/**
 * Whether the delegate's request in `capacity` would be refused, read from the meeting and the
 * live list: a closed list still takes what the server lets through after closure.
 */
export function requestBlock(
  meeting: Pick<MeetingView, 'cancelled'> | null,
  list: Pick<SpeakersListView, 'closed' | 'meetingEnded'> | null,
  capacity: Capacity | null,
): RequestBlock | null {
  if (meeting?.cancelled) return 'cancelled';
  if (list?.meetingEnded) return 'ended';
  if (list?.closed && !(capacity !== null && CAPACITIES_OPEN_AFTER_CLOSE.includes(capacity))) return 'closed';
  return null;
}
