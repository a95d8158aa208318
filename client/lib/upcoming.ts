import { upcomingSpeakers } from '../../src/domain/speakers/upcoming-speakers';
import type { FloorStateView, SpeakerEntryView, SpeakersListView } from '../../src/shared/api-types';
import { waitingEntries } from './meetings';

/** Who takes the floor next, from the whole list and the floor: the server's rule, for a page that holds the list. */
export function upcomingFromList(list: SpeakersListView | null, floor: FloorStateView | null, count = Infinity): SpeakerEntryView[] {
  if (!list) return [];
  const byId = new Map(list.entries.map((entry) => [entry.id, entry]));
  const active = floor && (floor.status === 'running' || floor.status === 'paused') ? floor.speaker : null;
  const interrupted = (floor?.interruptedEntryIds ?? []).flatMap((id) => byId.get(id) ?? []);
  return upcomingSpeakers({ waiting: waitingEntries(list), interrupted, active }, count);
}
