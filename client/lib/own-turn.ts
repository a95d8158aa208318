import type { SpeakerEntryView, SpeakersListView } from '../../src/shared/api-types';
import { waitingEntries } from './meetings';

export interface OwnTurn {
  /** The delegation's first waiting entry. */
  entry: SpeakerEntryView;
  /** Waiting entries before it: 0 when it is next. */
  ahead: number;
}

/** Where the delegation's first waiting entry stands; null when it has none waiting. */
export function ownTurn(list: SpeakersListView | null, delegationId: number): OwnTurn | null {
  const waiting = waitingEntries(list);
  const ahead = waiting.findIndex((entry) => entry.delegation.id === delegationId);
  return ahead === -1 ? null : { entry: waiting[ahead], ahead };
}
