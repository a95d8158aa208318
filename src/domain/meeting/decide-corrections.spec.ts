import { DomainError } from '../domain-error';
import { CONCLUDE_MESSAGE } from '../timer/enforcement';
import { timeLeftMs } from '../timer/time-left';
import { decide } from './decide';
import type { MeetingCommand } from './meeting-command';
import type { MeetingRules, MeetingState } from './meeting-state';
import { aMeeting, BRAZIL, GERMANY, KENYA, positionsOf, rules, T0 } from './meeting.fixtures';

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/** Kenya called and started at T0 (three minutes), Brazil and Germany waiting. */
function speaking(withRules: MeetingRules = rules()): MeetingState {
  const called = decide(aMeeting([{ delegationId: KENYA }, { delegationId: BRAZIL }, { delegationId: GERMANY }]), { kind: 'next' }, withRules, T0);
  return decide(called.state, { kind: 'start' }, withRules, T0).state;
}

const step = (state: MeetingState, command: MeetingCommand, nowMs: number, withRules = rules()) => decide(state, command, withRules, nowMs);

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('Next over a speaker who never started', () => {
  it('records no statement and marks the entry not delivered', () => {
    const called = step(aMeeting([{ delegationId: KENYA }, { delegationId: BRAZIL }]), { kind: 'next' }, T0);
    const passed = step(called.state, { kind: 'next' }, T0 + 5 * SECOND);
    expect(passed.ended).toBeNull();
    expect(passed.state.entries.find((entry) => entry.id === 1)?.status).toBe('not-delivered');
    expect(passed.state.floor.entryId).toBe(2);
  });

  it('records a statement for a speaker who started, however briefly', () => {
    const passed = step(speaking(), { kind: 'next' }, T0 + 2 * SECOND);
    expect(passed.ended).toMatchObject({ entryId: 1, usedMs: 2 * SECOND, endedBy: 'officer' });
    expect(passed.state.entries.find((entry) => entry.id === 1)?.status).toBe('done');
  });

  it('Stop on a speaker who never started records nothing either', () => {
    const called = step(aMeeting([{ delegationId: KENYA }]), { kind: 'next' }, T0);
    const stopped = step(called.state, { kind: 'stop' }, T0 + SECOND);
    expect(stopped.ended).toBeNull();
    expect(stopped.state.entries[0].status).toBe('not-delivered');
  });
});

describe('call again', () => {
  const passedOver = () => {
    const called = step(aMeeting([{ delegationId: KENYA }, { delegationId: BRAZIL }, { delegationId: GERMANY }]), { kind: 'next' }, T0);
    return step(called.state, { kind: 'next' }, T0 + SECOND).state;
  };

  it('puts a speaker not delivered back at the head of the queue by default', () => {
    const again = step(passedOver(), { kind: 'call-again', entryId: 1 }, T0 + 2 * SECOND);
    expect(again.listChanged).toBe(true);
    expect(positionsOf(again.state)).toEqual([[1, 1], [3, 2]]);
    expect(again.state.entries.find((entry) => entry.id === 1)).toMatchObject({ status: 'waiting', pinned: true });
  });

  it('or where the officer says', () => {
    const again = step(passedOver(), { kind: 'call-again', entryId: 1, position: 2 }, T0 + 2 * SECOND);
    expect(positionsOf(again.state)).toEqual([[3, 1], [1, 2]]);
  });

  it('refuses an entry that spoke, or is waiting, with 409', () => {
    const done = step(speaking(), { kind: 'next' }, T0 + MINUTE).state;
    expect(refusal(() => step(done, { kind: 'call-again', entryId: 1 }, T0 + MINUTE)).code).toBe('ENTRY_NOT_PASSED_OVER');
    expect(refusal(() => step(done, { kind: 'call-again', entryId: 3 }, T0 + MINUTE)).code).toBe('ENTRY_NOT_PASSED_OVER');
  });

  it('refuses a position beyond the end of the queue', () => {
    expect(refusal(() => step(passedOver(), { kind: 'call-again', entryId: 1, position: 5 }, T0)).code).toBe('INVALID_INPUT');
  });
});

describe('adjust and set', () => {
  it('adjust adds time, or takes it away down to zero left, never below', () => {
    const added = step(speaking(), { kind: 'adjust', seconds: 30 }, T0 + MINUTE).state;
    expect(timeLeftMs(added.floor, T0 + MINUTE)).toBe(150 * SECOND);
    const taken = step(speaking(), { kind: 'adjust', seconds: -600 }, T0 + MINUTE).state;
    expect(timeLeftMs(taken.floor, T0 + MINUTE)).toBe(0);
  });

  it('adjust in overtime takes nothing away (time left may not go lower by it)', () => {
    const over = step(speaking(), { kind: 'adjust', seconds: -30 }, T0 + 4 * MINUTE).state;
    expect(over.floor.limitMs).toBe(3 * MINUTE);
  });

  it('set makes the time left exactly what the officer says', () => {
    const set = step(speaking(), { kind: 'set', remainingSeconds: 45 }, T0 + 2 * MINUTE).state;
    expect(timeLeftMs(set.floor, T0 + 2 * MINUTE)).toBe(45 * SECOND);
    expect(set.floorVersion).toBe(speaking().floorVersion + 1);
  });

  it('are refused on an idle floor and out of range', () => {
    const idle = aMeeting([{ delegationId: KENYA }]);
    expect(refusal(() => step(idle, { kind: 'adjust', seconds: 10 }, T0)).code).toBe('ILLEGAL_TRANSITION');
    expect(refusal(() => step(speaking(), { kind: 'adjust', seconds: 601 }, T0)).code).toBe('INVALID_INPUT');
    expect(refusal(() => step(speaking(), { kind: 'set', remainingSeconds: -1 }, T0)).code).toBe('INVALID_INPUT');
  });

  it('are held to the floor version', () => {
    expect(refusal(() => step(speaking(), { kind: 'adjust', seconds: 10, version: 1 }, T0)).code).toBe('STALE_VERSION');
  });
});

describe('undo', () => {
  it('puts back a Next pressed by mistake: the previous speaker with the time used, the next back first in line', () => {
    const before = speaking();
    const mistaken = step(before, { kind: 'next' }, T0 + MINUTE);
    const undone = step(mistaken.state, { kind: 'undo' }, T0 + MINUTE + 5 * SECOND);
    expect(undone.state.floor).toEqual(before.floor);
    expect(undone.state.entries).toEqual(before.entries);
    expect(undone.retracted).toBe(mistaken.ended);
    expect(undone.state.floorVersion).toBe(mistaken.state.floorVersion + 1);
    expect(undone.state.listVersion).toBe(mistaken.state.listVersion + 1);
  });

  it('withdraws the entry a point of order created', () => {
    const raised = step(speaking(), { kind: 'point-of-order', delegationId: GERMANY, newEntryId: 50 }, T0 + MINUTE);
    const undone = step(raised.state, { kind: 'undo' }, T0 + MINUTE + SECOND);
    expect(undone.state.entries.find((entry) => entry.id === 50)?.status).toBe('withdrawn');
    expect(undone.state.floor.entryId).toBe(1);
  });

  it('is refused after 30 s, naming why', () => {
    const paused = step(speaking(), { kind: 'pause' }, T0 + MINUTE).state;
    const refused = refusal(() => step(paused, { kind: 'undo' }, T0 + MINUTE + 31 * SECOND));
    expect(refused.code).toBe('UNDO_TOO_LATE');
    expect(refused.message).toMatch(/31 s ago.*within 30 s/);
  });

  it('is refused once the floor changed since, and twice in a row', () => {
    const paused = step(speaking(), { kind: 'pause' }, T0 + MINUTE).state;
    const resumed = step(paused, { kind: 'resume' }, T0 + MINUTE + SECOND).state;
    const undone = step(resumed, { kind: 'undo' }, T0 + MINUTE + 2 * SECOND).state;
    expect(undone.floor.status).toBe('paused');
    expect(refusal(() => step(undone, { kind: 'undo' }, T0 + MINUTE + 3 * SECOND)).message).toMatch(/Nothing to undo/);
  });

  it('of a Next is refused once the list changed since', () => {
    const moved = step(speaking(), { kind: 'next' }, T0 + MINUTE).state;
    const inscribed = step(moved, { kind: 'inscribe', actor: { role: 'officer' }, newEntryId: 60, delegationId: KENYA, capacity: 'national' }, T0 + MINUTE).state;
    expect(refusal(() => step(inscribed, { kind: 'undo' }, T0 + MINUTE + SECOND)).message).toMatch(/speakers list changed/);
  });

  it('of a pause is allowed though someone inscribed since (the pause did not touch the list)', () => {
    const paused = step(speaking(), { kind: 'pause' }, T0 + MINUTE).state;
    const inscribed = step(paused, { kind: 'inscribe', actor: { role: 'officer' }, newEntryId: 60, delegationId: KENYA, capacity: 'national' }, T0 + MINUTE).state;
    expect(step(inscribed, { kind: 'undo' }, T0 + MINUTE + SECOND).state.floor.status).toBe('running');
  });
});

describe('time-signal', () => {
  const conclude = rules({ enforcement: { mode: 'conclude', graceSeconds: 0 } });
  const cut = rules({ enforcement: { mode: 'cut', graceSeconds: 10 } });

  it('is a no-op before anything is due: nothing changes, no version moves', () => {
    const state = speaking();
    const decision = step(state, { kind: 'time-signal' }, T0 + MINUTE);
    expect(decision.state).toBe(state);
    expect(decision.floorChanged).toBe(false);
  });

  it('marks the warning without a new floor version, so an officer click sent just before is not stale', () => {
    const state = speaking();
    const warned = step(state, { kind: 'time-signal' }, T0 + 150 * SECOND);
    expect(warned.state.floor.signalled).toBe('warning');
    expect(warned.state.floorVersion).toBe(state.floorVersion);
    expect(step(warned.state, { kind: 'pause', version: state.floorVersion }, T0 + 151 * SECOND).state.floor.status).toBe('paused');
  });

  it('concludes with a new floor version (every screen shows the message)', () => {
    const state = speaking(conclude);
    const concluded = step(state, { kind: 'time-signal' }, T0 + 3 * MINUTE, conclude);
    expect(concluded.state.floor.message).toBe(CONCLUDE_MESSAGE);
    expect(concluded.floorChanged).toBe(true);
  });

  it('cuts: the statement ends by time limit and the entry is done', () => {
    const cutOff = step(speaking(cut), { kind: 'time-signal' }, T0 + 190 * SECOND, cut);
    expect(cutOff.ended).toMatchObject({ entryId: 1, usedMs: 190 * SECOND, endedBy: 'time-limit' });
    expect(cutOff.state.entries[0].status).toBe('done');
    expect(cutOff.state.floor.status).toBe('stopped');
  });

  it('is never held to a version', () => {
    expect(() => step(speaking(cut), { kind: 'time-signal', version: 1 }, T0 + 190 * SECOND, cut)).not.toThrow();
  });
});
