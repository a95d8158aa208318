import type { EndedStatement } from '../timer/floor-state';
import { assertVersion, changedEntries } from './entry-updates';
import { FloorCommand, floorStep, FloorStep } from './floor-commands';
import { callAgain, inscribe, move, setClosed, swap, withdraw } from './list-commands';
import type { MeetingCommand } from './meeting-command';
import type { MeetingRules, MeetingState, UndoPoint } from './meeting-state';

/** The new state and what changed; an illegal command throws a DomainError and changes nothing. */
export interface Decision {
  state: MeetingState;
  listChanged: boolean;
  floorChanged: boolean;
  /** The statement that ended, for the record. */
  ended: EndedStatement | null;
  /** The record an undone command wrote, to take back. */
  retracted: EndedStatement | null;
  /** The entry an inscription created, or found again for a retried request. */
  entryId: number | null;
  /** False when a retried inscription found the entry its first attempt created. */
  created: boolean;
}

function decided(before: MeetingState, state: MeetingState, extra: Partial<Decision> = {}): Decision {
  return {
    state,
    listChanged: state.listVersion !== before.listVersion,
    // The on-air switch goes out as a floor state with the same version (see decideOverlay).
    floorChanged: state.floorVersion !== before.floorVersion || state.overlayOnAir !== before.overlayOnAir,
    ended: null,
    retracted: null,
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
    case 'reopen':
    case 'call-again': {
      assertVersion('speakers list', state.listVersion, command.version);
      return decided(state, listStep(state, command));
    }
    case 'time-signal':
      return decideTimeSignal(state, command, rules, nowMs);
    case 'overlay':
      return decideOverlay(state, command.onAir);
    default: {
      assertVersion('floor', state.floorVersion, command.version);
      const step = floorStep(state, command, rules, nowMs);
      const next = withStep(state, step, true);
      next.undo = command.kind === 'undo' ? null : undoPoint(state, next, command, step, nowMs);
      return decided(state, next, {
        ended: step.ended ?? null,
        retracted: step.retracted ?? null,
        entryId: command.kind === 'point-of-order' ? command.newEntryId : null,
      });
    }
  }
}

function withStep(state: MeetingState, step: FloorStep, visible: boolean): MeetingState {
  const next: MeetingState = { ...state, floor: step.floor, floorVersion: state.floorVersion + (visible ? 1 : 0) };
  if (step.entries) Object.assign(next, { entries: step.entries, listVersion: state.listVersion + 1 });
  return next;
}

/**
 * The server's step at a timer moment: never held to a version (it reads the floor as it is). Marking
 * the amber or zero moment changes nothing anyone sees, so it keeps the version: an officer's click
 * sent just before it is not refused as stale.
 */
function decideTimeSignal(state: MeetingState, command: FloorCommand, rules: MeetingRules, nowMs: number): Decision {
  const step = floorStep(state, command, rules, nowMs);
  if (step.floor === state.floor) return decided(state, state);
  const visible = step.floor.status !== state.floor.status || step.floor.message !== state.floor.message;
  return decided(state, withStep(state, step, visible), { ended: step.ended ?? null });
}

/**
 * The overlays' on-air switch: pushed to every screen, yet it keeps the floor's version, as a
 * timer signal does, so that an officer's floor command sent just before it is not refused as
 * stale, and an undo still finds the floor it left (clients take a push of the same version).
 */
function decideOverlay(state: MeetingState, onAir: boolean): Decision {
  return decided(state, state.overlayOnAir === onAir ? state : { ...state, overlayOnAir: onAir });
}

function undoPoint(before: MeetingState, after: MeetingState, command: FloorCommand, step: FloorStep, nowMs: number): UndoPoint {
  const { added, updated } = changedEntries(before.entries, after.entries);
  const previous = new Map(before.entries.map((entry) => [entry.id, entry]));
  return {
    command: command.kind,
    atMs: nowMs,
    floorVersion: after.floorVersion,
    listVersion: after.listVersion,
    listChanged: after.listVersion !== before.listVersion,
    floor: before.floor,
    entries: updated.map((entry) => previous.get(entry.id)!),
    createdEntryIds: added.map((entry) => entry.id),
    ended: step.ended ?? null,
  };
}

function listStep(state: MeetingState, command: Extract<MeetingCommand, { kind: 'withdraw' | 'move' | 'swap' | 'close' | 'reopen' | 'call-again' }>): MeetingState {
  switch (command.kind) {
    case 'call-again':
      return callAgain(state, command.entryId, command.position);
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
