import { upcomingSpeakers } from '../../src/domain/speakers/upcoming-speakers';
import type { SpeakerEntryView, SpeakersListView } from '../../src/shared/api-types';
import { waitingEntries } from './meetings';

/**
 * Who takes the floor next, from the whole list and the floor's interrupted statements: the
 * server's rule, for a page that holds the list. An entry speaking and not interrupted is the one
 * on the floor, running or paused: stopping a statement ends the entry.
 */
export function upcomingFromList(list: SpeakersListView | null, interruptedIds: readonly number[], count = Infinity): SpeakerEntryView[] {
  if (!list) return [];
  const byId = new Map(list.entries.map((entry) => [entry.id, entry]));
  const active = list.entries.find((entry) => entry.status === 'speaking' && !interruptedIds.includes(entry.id)) ?? null;
  const interrupted = interruptedIds.flatMap((id) => byId.get(id) ?? []);
  return upcomingSpeakers({ waiting: waitingEntries(list), interrupted, active }, count);
}
