import type { FloorStateView, PresenceView, SpeakersListView } from '../../src/shared/api-types';
import { ownTurn } from './own-turn';

export type PresenceByDelegation = ReadonlyMap<number, PresenceView>;

/** The delegate page reminds the delegation to switch "ready" on from this many speakers before its turn. */
export const READY_REMINDER_AHEAD = 2;

/** Rows received: a join's list replaces what was shown, a push or an answer replaces its own row. */
export function withPresence(shown: PresenceByDelegation, rows: readonly PresenceView[], replace: boolean): PresenceByDelegation {
  const next = new Map(replace ? [] : shown);
  for (const row of rows) next.set(row.delegationId, row);
  return next;
}

/** How many speakers Next brings before the delegation's next entry; null when it has none coming. */
export function speakersAhead(speakers: SpeakersListView | null, delegationId: number, interruptedIds: readonly number[] = []): number | null {
  return ownTurn(speakers, delegationId, interruptedIds)?.ahead ?? null;
}

/** Waiting at most READY_REMINDER_AHEAD speakers away, and not ready yet. */
export function needsReadyReminder(ahead: number | null, presence: PresenceView | undefined): boolean {
  return ahead !== null && ahead <= READY_REMINDER_AHEAD && !presence?.ready;
}

/** The speaker on the floor declared itself remote and none of its pages is connected any more. */
export function remoteSpeakerDropped(floor: FloorStateView | null, presence: PresenceByDelegation): boolean {
  if (!floor?.speaker || floor.status === 'idle' || floor.status === 'stopped') return false;
  const row = presence.get(floor.speaker.delegation.id);
  return row?.mode === 'remote' && !row.online;
}
