import { DomainError } from '../domain/domain-error';
import { decide, Decision } from '../domain/meeting/decide';
import { MeetingCommand, newEntriesNeeded } from '../domain/meeting/meeting-command';
import type { MeetingRules, MeetingState } from '../domain/meeting/meeting-state';
import type { EndedStatement } from '../domain/timer/floor-state';
import type { StatementRecords } from './meeting-state.store';

type WithoutEntryId<C> = C extends { newEntryId: number } ? Omit<C, 'newEntryId'> : C;
/** A command as a caller sends it: the ids of the entries it creates are the store's to give. */
export type MeetingIntent = WithoutEntryId<MeetingCommand>;

/** One command's outcome in a burst: the state right after it, or the error it alone failed with. */
export type CommandOutcome = { ok: true; decision: Decision; before: MeetingState; nowMs: number } | { ok: false; error: DomainError };

export interface AppliedBatch {
  before: MeetingState;
  after: MeetingState;
  outcomes: CommandOutcome[];
  records: StatementRecords;
}

export const entryIdsNeeded = (intents: readonly MeetingIntent[]) => intents.reduce((sum, intent) => sum + newEntriesNeeded(intent.kind), 0);

/**
 * Applies a burst of commands in arrival order, each to the state the previous one left. A refused
 * command fails alone; its neighbours go on. Anything but a DomainError is a fault and aborts the burst.
 */
export function applyBatch(
  before: MeetingState,
  intents: readonly MeetingIntent[],
  rules: MeetingRules,
  entryIds: readonly number[],
  now: () => number,
): AppliedBatch {
  let state = before;
  let nextId = 0;
  const ended: EndedStatement[] = [];
  const retracted: EndedStatement[] = [];
  const outcomes = intents.map((intent): CommandOutcome => {
    const command = (newEntriesNeeded(intent.kind) > 0 ? { ...intent, newEntryId: entryIds[nextId++] } : intent) as MeetingCommand;
    const nowMs = now();
    try {
      const decision = decide(state, command, rules, nowMs);
      const previous = state;
      state = decision.state;
      if (decision.ended) ended.push(decision.ended);
      if (decision.retracted) {
        // Undone in the same burst: the record is never written.
        const unwritten = ended.indexOf(decision.retracted);
        if (unwritten >= 0) ended.splice(unwritten, 1);
        else retracted.push(decision.retracted);
      }
      return { ok: true, decision, before: previous, nowMs };
    } catch (error) {
      if (error instanceof DomainError) return { ok: false, error };
      throw error;
    }
  });
  return { before, after: state, outcomes, records: { ended, retracted } };
}
