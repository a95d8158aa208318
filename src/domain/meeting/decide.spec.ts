import { DomainError } from '../domain-error';
import { decide } from './decide';
import type { MeetingCommand } from './meeting-command';
import type { MeetingState } from './meeting-state';
import { aMeeting, AFRICAN_GROUP, BRAZIL, GERMANY, KENYA, positionsOf, rules, T0 } from './meeting.fixtures';

const SECOND = 1000;
const officer = { role: 'officer' } as const;

/** Kenya speaking for 20 s (running), Brazil and Germany waiting. */
function speaking(): MeetingState {
  const called = decide(aMeeting([{ delegationId: KENYA }, { delegationId: BRAZIL }, { delegationId: GERMANY }]), { kind: 'next' }, rules(), T0);
  const started = decide(called.state, { kind: 'start' }, rules(), T0);
  return started.state;
}
const NOW = T0 + 20 * SECOND;

function refusal(state: MeetingState, command: MeetingCommand): DomainError {
  try {
    decide(state, command, rules(), NOW);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error(`${command.kind} was not refused`);
}

describe('decide: one transition for every command', () => {
  it.each<[string, MeetingCommand, { list: boolean; floor: boolean }]>([
    ['inscribe', { kind: 'inscribe', actor: officer, newEntryId: 50, delegationId: KENYA, capacity: 'national' }, { list: true, floor: false }],
    ['withdraw', { kind: 'withdraw', actor: officer, entryId: 2 }, { list: true, floor: false }],
    ['move', { kind: 'move', entryId: 3, position: 1 }, { list: true, floor: false }],
    ['swap', { kind: 'swap', entryIdA: 2, entryIdB: 3 }, { list: true, floor: false }],
    ['close', { kind: 'close' }, { list: true, floor: false }],
    ['reopen', { kind: 'reopen' }, { list: true, floor: false }],
    ['pause', { kind: 'pause' }, { list: false, floor: true }],
    ['extend', { kind: 'extend', seconds: 30 }, { list: false, floor: true }],
    ['message', { kind: 'message', text: 'Please conclude' }, { list: false, floor: true }],
    ['stop', { kind: 'stop' }, { list: true, floor: true }],
    ['next', { kind: 'next' }, { list: true, floor: true }],
    ['skip', { kind: 'skip' }, { list: true, floor: true }],
    ['point-of-order', { kind: 'point-of-order', delegationId: GERMANY, newEntryId: 50 }, { list: true, floor: true }],
  ])('%s bumps each half it changes, once', (_, command, changes) => {
    const before = speaking();
    const decision = decide(before, command, rules(), NOW);
    expect({ list: decision.listChanged, floor: decision.floorChanged }).toEqual(changes);
    expect(decision.state.listVersion).toBe(before.listVersion + (changes.list ? 1 : 0));
    expect(decision.state.floorVersion).toBe(before.floorVersion + (changes.floor ? 1 : 0));
  });

  it.each<[string, MeetingCommand]>([
    ['a list command', { kind: 'move', entryId: 3, position: 1, version: 1 }],
    ['an inscription', { kind: 'inscribe', actor: officer, newEntryId: 50, delegationId: KENYA, capacity: 'national', version: 1 }],
    ['a floor command', { kind: 'pause', version: 1 }],
    ['a point of order', { kind: 'point-of-order', delegationId: GERMANY, newEntryId: 50, version: 1 }],
  ])('refuses %s carrying a stale version', (_, command) => {
    expect(refusal(speaking(), command).code).toBe('STALE_VERSION');
  });

  it('leaves the state it was given untouched when it refuses', () => {
    const before = speaking();
    const snapshot = JSON.stringify(before);
    refusal(before, { kind: 'start' });
    expect(JSON.stringify(before)).toBe(snapshot);
  });

  it.each<[string, MeetingCommand, string]>([
    ['start on a running floor', { kind: 'start' }, 'ILLEGAL_TRANSITION'],
    ['a delegate withdrawing another delegation', { kind: 'withdraw', actor: { role: 'delegate', delegationId: KENYA }, entryId: 2 }, 'OWN_DELEGATION_ONLY'],
    ['withdrawing the speaker on the floor', { kind: 'withdraw', actor: officer, entryId: 1 }, 'ENTRY_NOT_WAITING'],
    ['moving to a position past the end', { kind: 'move', entryId: 2, position: 5 }, 'INVALID_INPUT'],
    ['a delegate choosing a position', { kind: 'inscribe', actor: { role: 'delegate', delegationId: KENYA }, newEntryId: 50, delegationId: KENYA, capacity: 'national', position: 1 }, 'POSITION_OFFICERS_ONLY'],
    ['an unknown delegation', { kind: 'inscribe', actor: officer, newEntryId: 50, delegationId: 999, capacity: 'national' }, 'DELEGATION_NOT_FOUND'],
    ['Brazil twice as national speaker', { kind: 'inscribe', actor: officer, newEntryId: 50, delegationId: BRAZIL, capacity: 'national' }, 'ALREADY_LISTED'],
  ])('refuses %s', (_, command, code) => {
    expect(refusal(speaking(), command).code).toBe(code);
  });
});

describe('decide: the list', () => {
  it('puts a group statement ahead of the national ones waiting', () => {
    const { state } = decide(
      speaking(),
      { kind: 'inscribe', actor: officer, newEntryId: 50, delegationId: KENYA, capacity: 'group', onBehalfOfId: AFRICAN_GROUP },
      rules(),
      NOW,
    );
    expect(positionsOf(state)).toEqual([[50, 1], [2, 2], [3, 3]]);
  });

  it('answers a retried request with the entry its first attempt created, changing nothing', () => {
    const command: MeetingCommand = { kind: 'inscribe', actor: { role: 'delegate', delegationId: KENYA }, newEntryId: 50, delegationId: KENYA, capacity: 'national', requestId: 'r-1' };
    const first = decide(aMeeting(), command, rules(), T0);
    const retried = decide(first.state, { ...command, newEntryId: 51 }, rules(), T0 + SECOND);
    expect(retried).toMatchObject({ entryId: 50, created: false, listChanged: false });
    expect(retried.state).toBe(first.state);
  });

  it('refuses inscriptions on a cancelled meeting', () => {
    expect(() =>
      decide(aMeeting(), { kind: 'inscribe', actor: officer, newEntryId: 50, delegationId: KENYA, capacity: 'national' }, rules({ cancelled: true }), T0),
    ).toThrow(expect.objectContaining({ code: 'MEETING_CANCELLED' }));
  });

  it('closes the gap a withdrawal leaves', () => {
    const { state } = decide(aMeeting([{}, { delegationId: BRAZIL }, { delegationId: GERMANY }]), { kind: 'withdraw', actor: officer, entryId: 2 }, rules(), T0);
    expect(positionsOf(state)).toEqual([[1, 1], [3, 2]]);
    expect(state.entries.find((entry) => entry.id === 2)).toMatchObject({ status: 'withdrawn', position: null });
  });

  it('keeps untouched entries as they were, so the store writes only what changed', () => {
    const before = aMeeting([{}, { delegationId: BRAZIL }, { delegationId: GERMANY }]);
    const { state } = decide(before, { kind: 'swap', entryIdA: 2, entryIdB: 3 }, rules(), T0);
    expect(state.entries[0]).toBe(before.entries[0]);
    expect(state.entries[1]).not.toBe(before.entries[1]);
  });
});

describe('decide: the floor', () => {
  it('next ends the running statement for the record and calls the first waiting entry', () => {
    const decision = decide(speaking(), { kind: 'next' }, rules(), NOW);
    expect(decision.ended).toMatchObject({ entryId: 1, usedMs: 20 * SECOND, overtimeMs: 0 });
    expect(decision.state.floor).toMatchObject({ status: 'paused', entryId: 2, elapsedMs: 0 });
    expect(decision.state.entries.map((entry) => [entry.id, entry.status])).toEqual([[1, 'done'], [2, 'speaking'], [3, 'waiting']]);
    expect(positionsOf(decision.state)).toEqual([[3, 1]]);
  });

  it('stop ends the statement and keeps the speaker shown', () => {
    const decision = decide(speaking(), { kind: 'stop' }, rules(), NOW);
    expect(decision.state.floor).toMatchObject({ status: 'stopped', entryId: 1, elapsedMs: 20 * SECOND });
    expect(decision.ended).toMatchObject({ entryId: 1, usedMs: 20 * SECOND });
  });

  it('skip calls the next speaker and puts the skipped one back right after, with the time used', () => {
    const decision = decide(speaking(), { kind: 'skip' }, rules(), NOW);
    expect(decision.ended).toBeNull();
    expect(decision.state.floor.entryId).toBe(2);
    expect(positionsOf(decision.state)).toEqual([[1, 1], [3, 2]]);
    expect(decision.state.entries[0]).toMatchObject({ status: 'waiting', usedMs: 20 * SECOND, pinned: true });
  });

  it('a point of order is inscribed and called at once, interrupting the statement on the floor', () => {
    const decision = decide(speaking(), { kind: 'point-of-order', delegationId: GERMANY, newEntryId: 50 }, rules(), NOW);
    expect(decision.entryId).toBe(50);
    expect(decision.state.floor).toMatchObject({ status: 'paused', entryId: 50, limitMs: 120 * SECOND });
    expect(decision.state.floor.interrupted).toEqual([expect.objectContaining({ entryId: 1, elapsedMs: 20 * SECOND })]);
    expect(decision.state.entries.find((entry) => entry.id === 50)).toMatchObject({ capacity: 'point-of-order', status: 'speaking' });
    expect(positionsOf(decision.state)).toEqual([[2, 1], [3, 2]]);
  });

  it('after a point of order, next brings back the interrupted speaker with the time already used', () => {
    const raised = decide(speaking(), { kind: 'point-of-order', delegationId: GERMANY, newEntryId: 50 }, rules(), NOW);
    const heard = decide(raised.state, { kind: 'start' }, rules(), NOW + 5 * SECOND);
    const decision = decide(heard.state, { kind: 'next' }, rules(), NOW + 30 * SECOND);
    expect(decision.state.floor).toMatchObject({ status: 'paused', entryId: 1, elapsedMs: 20 * SECOND, interrupted: [] });
    expect(decision.state.entries.find((entry) => entry.id === 50)?.status).toBe('done');
    expect(positionsOf(decision.state)).toEqual([[2, 1], [3, 2]]);
  });

  it('a point of order on an idle floor is simply called', () => {
    const decision = decide(aMeeting([{ delegationId: BRAZIL }]), { kind: 'point-of-order', delegationId: KENYA, newEntryId: 50 }, rules(), T0);
    expect(decision.state.floor).toMatchObject({ entryId: 50, interrupted: [] });
    expect(positionsOf(decision.state)).toEqual([[1, 1]]);
  });
});

describe('decide: the overlays on air', () => {
  const offAir: MeetingCommand = { kind: 'overlay', onAir: false };

  it('meetings start with the overlays on air', () => {
    expect(aMeeting().overlayOnAir).toBe(true);
  });

  it('takes the overlays off air and pushes the floor, keeping its version and touching nothing else', () => {
    const before = speaking();
    const decision = decide(before, offAir, rules(), NOW);
    expect(decision.state.overlayOnAir).toBe(false);
    expect({ floor: decision.floorChanged, list: decision.listChanged }).toEqual({ floor: true, list: false });
    expect(decision.state.floorVersion).toBe(before.floorVersion);
    expect(decision.state.floor).toBe(before.floor);
    expect(decision.state.entries).toBe(before.entries);
  });

  it('changes nothing, and pushes nothing, when the overlays already are where it asks', () => {
    const before = speaking();
    const decision = decide(before, { kind: 'overlay', onAir: true }, rules(), NOW);
    expect(decision.state).toBe(before);
    expect(decision.floorChanged).toBe(false);
  });

  it('never makes a floor command sent with the version before it stale', () => {
    const before = speaking();
    const switched = decide(before, offAir, rules(), NOW);
    const paused = decide(switched.state, { kind: 'pause', version: before.floorVersion }, rules(), NOW + SECOND);
    expect(paused.state.floor.status).toBe('paused');
    expect(paused.state.overlayOnAir).toBe(false);
  });

  it('leaves undo alone: the last floor command is still undone, and the overlays stay as switched', () => {
    const paused = decide(speaking(), { kind: 'pause' }, rules(), NOW);
    const switched = decide(paused.state, offAir, rules(), NOW + SECOND);
    expect(switched.state.undo).toBe(paused.state.undo);
    const undone = decide(switched.state, { kind: 'undo' }, rules(), NOW + 2 * SECOND);
    expect(undone.state.floor.status).toBe('running');
    expect(undone.state.overlayOnAir).toBe(false);
  });

  it('is never held to a version', () => {
    const decision = decide(speaking(), { kind: 'overlay', onAir: false, version: 99 }, rules(), NOW);
    expect(decision.state.overlayOnAir).toBe(false);
  });
});
