import type { SpeakersListView } from '../../src/shared/api-types';
import { OwnTurn, ownTurn } from './own-turn';

/** Alert once the delegation's entry has this many waiting before it (besides the speaker on the floor). */
export const TURN_ALERT_AHEAD = 1;
/** Entries already alerted for, kept so that a reload or a second tab does not alert again. */
const REMEMBERED_ENTRIES = 20;
const ALERT_KEY = 'rostrum.turnAlert';

export interface TurnAlertChoice {
  enabled: boolean;
  alertedEntryIds: number[];
}

/** The delegation's turn once its first waiting entry is TURN_ALERT_AHEAD or fewer from the front; null otherwise. */
export function turnToAlert(list: SpeakersListView | null, delegationId: number, interruptedIds: readonly number[] = []): OwnTurn | null {
  const turn = ownTurn(list, delegationId, interruptedIds);
  return turn && turn.ahead <= TURN_ALERT_AHEAD ? turn : null;
}

/** The choice with `entryId` alerted for, besides those `others` (another tab) alerted for. */
export function withAlerted(choice: TurnAlertChoice, entryId: number, others: readonly number[] = []): TurnAlertChoice {
  const ids = new Set([...others, ...choice.alertedEntryIds]);
  ids.delete(entryId);
  return { ...choice, alertedEntryIds: [...ids, entryId].slice(-REMEMBERED_ENTRIES) };
}

/** Where the choice is kept; a getter, since reading `localStorage` itself throws where storage is blocked. */
export type StorageSource = () => Pick<Storage, 'getItem' | 'setItem'>;

export function readTurnAlert(storage: StorageSource): TurnAlertChoice {
  try {
    const stored = JSON.parse(storage().getItem(ALERT_KEY) ?? 'null') as Partial<TurnAlertChoice> | null;
    return {
      enabled: stored?.enabled === true,
      alertedEntryIds: Array.isArray(stored?.alertedEntryIds) ? stored.alertedEntryIds.filter(Number.isInteger) : [],
    };
  } catch {
    return { enabled: false, alertedEntryIds: [] };
  }
}

export function writeTurnAlert(storage: StorageSource, choice: TurnAlertChoice): void {
  try {
    storage().setItem(ALERT_KEY, JSON.stringify(choice));
  } catch {
    // Without storage the choice lasts for this visit.
  }
}
