import type { EndedStatement } from '../timer/floor-state';
import { assertVersion } from './entry-updates';
import { floorStep } from './floor-commands';
import { inscribe, move, setClosed, swap, withdraw } from './list-commands';
import type { MeetingCommand } from './meeting-command';
import type { MeetingRules, MeetingState } from './meeting-state';

/** The new state and what changed; an illegal command throws a DomainError and changes nothing. */
export interface Decision {
  state: MeetingState;
  listChanged: boolean;
  floorChanged: boolean;
  /** The statement that ended, for the record. */
  ended: EndedStatement | null;
  /** The entry an inscription created, or found again for a retried request. */
  entryId: number | null;
  /** False when a retried inscription found the entry its first attempt created. */
  created: boolean;
}

function decided(before: MeetingState, state: MeetingState, extra: Partial<Decision> = {}): Decision {
  return {
    state,
    listChanged: state.listVersion !== before.listVersion,
    floorChanged: state.floorVersion !== before.floorVersion,
    ended: null,
    entryId: null,
    created: false,
    ...extra,
  };
}

/** The one transition function of a meeting: every command on its floor and list goes through here. */
export function decide(state: MeetingState, command: MeetingCommand, rules: MeetingRules, nowMs: number): Decision {
  switch (command.kind) {
    case 'inscribe': {
      const inscribed = inscribe(state, command, rules, nowMs);
      return decided(state, inscribed.state, { entryId: inscribed.entryId, created: inscribed.created });
    }
    case 'withdraw':
    case 'move':
    case 'swap':
    case 'close':
    case 'reopen': {
      assertVersion('speakers list', state.listVersion, command.version);
      return decided(state, listStep(state, command));
    }
    default: {
      assertVersion('floor', state.floorVersion, command.version);
      const step = floorStep(state, command, rules, nowMs);
      const next: MeetingState = { ...state, floor: step.floor, floorVersion: state.floorVersion + 1 };
      if (step.entries) Object.assign(next, { entries: step.entries, listVersion: state.listVersion + 1 });
      return decided(state, next, { ended: step.ended ?? null, entryId: command.kind === 'point-of-order' ? command.newEntryId : null });
    }
  }
}

function listStep(state: MeetingState, command: Extract<MeetingCommand, { kind: 'withdraw' | 'move' | 'swap' | 'close' | 'reopen' }>): MeetingState {
  switch (command.kind) {
    case 'withdraw':
      return withdraw(state, command.actor, command.entryId);
    case 'move':
      return move(state, command.entryId, command.position);
    case 'swap':
      return swap(state, command.entryIdA, command.entryIdB);
    case 'close':
      return setClosed(state, true);
    case 'reopen':
      return setClosed(state, false);
    default: {
      const unknown: never = command;
      throw new Error(`Unknown list command ${JSON.stringify(unknown)}`);
    }
  }
}
