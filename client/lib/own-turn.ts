import type { SpeakerEntryView, SpeakersListView } from '../../src/shared/api-types';
import { upcomingFromList } from './upcoming';

export interface OwnTurn {
  /** The delegation's next entry to speak: waiting, or a statement a point of order interrupted. */
  entry: SpeakerEntryView;
  /** Speakers Next brings before it (besides the one on the floor): 0 when it is next. */
  ahead: number;
}

/**
 * Where the delegation stands in the order Next follows (a point of order's interrupted speaker
 * resumes first, as every screen shows); null when it has nothing coming.
 */
export function ownTurn(list: SpeakersListView | null, delegationId: number, interruptedIds: readonly number[] = []): OwnTurn | null {
  const upcoming = upcomingFromList(list, interruptedIds);
  const ahead = upcoming.findIndex((entry) => entry.delegation.id === delegationId);
  return ahead === -1 ? null : { entry: upcoming[ahead], ahead };
}
