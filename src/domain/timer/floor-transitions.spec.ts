import { fakeClock } from '../clock';
import { Floor, FloorStatus, FLOOR_STATUSES, IDLE_FLOOR } from './floor-state';
import { CallableEntry, callNext, skipSpeaker } from './floor-transitions';
import {
  MINUTE,
  ON_FLOOR_ID,
  SECOND,
  T0,
  aFloor,
  anInterrupted,
  callable,
  floorIn,
  frozen,
  pointOfOrder,
  thrownBy,
} from './floor.fixtures';
import { pauseTimer, startTimer, stopTimer } from './timer';

const NEXT_ID = 21;
const PO_ID = 31;

/** The floor a command leaves, so both commands fit one table. */
const RUN = {
  'callNext with a speaker waiting': (floor: Floor, nowMs: number) => callNext(floor, callable(NEXT_ID), nowMs).floor,
  'callNext on an empty list': (floor: Floor, nowMs: number) => callNext(floor, null, nowMs).floor,
  skipSpeaker: (floor: Floor, nowMs: number) => skipSpeaker(floor, nowMs).floor,
};
type Command = keyof typeof RUN;

const ILLEGAL = 'illegal';

const TRANSITIONS: Record<Command, Record<FloorStatus, FloorStatus | typeof ILLEGAL>> = {
  'callNext with a speaker waiting': { idle: 'paused', running: 'paused', paused: 'paused', stopped: 'paused' },
  'callNext on an empty list': { idle: 'idle', running: 'idle', paused: 'idle', stopped: 'idle' },
  skipSpeaker: { idle: ILLEGAL, running: 'idle', paused: 'idle', stopped: ILLEGAL },
};

const rows = (Object.keys(TRANSITIONS) as Command[]).flatMap((command) =>
  FLOOR_STATUSES.map((from) => ({ command, from, to: TRANSITIONS[command][from] })),
);
const legal = rows.filter((row) => row.to !== ILLEGAL);
const illegal = rows.filter((row) => row.to === ILLEGAL);

/** Calls the next speaker the way the service does: head of the list, or none. */
function next(floor: Floor, head: CallableEntry | null, nowMs: number): Floor {
  return callNext(floor, head, nowMs).floor;
}

describe('floor transitions from every status', () => {
  it('covers every command from every status', () => {
    expect(rows).toHaveLength(Object.keys(RUN).length * FLOOR_STATUSES.length);
  });

  it.each(legal)('$command from $from leaves the floor $to', ({ command, from, to }) => {
    expect(RUN[command](floorIn(from, T0), T0).status).toBe(to);
  });

  it.each(illegal)('$command from $from is refused as ILLEGAL_TRANSITION naming $from', ({ command, from }) => {
    const error = thrownBy(() => RUN[command](floorIn(from, T0), T0));
    expect(error).toMatchObject({ code: 'ILLEGAL_TRANSITION', message: expect.stringContaining(`the floor is ${from}`) });
  });

  it.each(legal)('$command from $from does not change the floor it is given', ({ command, from }) => {
    const floor = floorIn(from, T0, { interrupted: [anInterrupted()] });
    const copy = structuredClone(floor);
    RUN[command](frozen(floor), T0);
    expect(floor).toEqual(copy);
  });
});

describe('callNext', () => {
  describe('calling the head of the list', () => {
    it('puts the head on the floor paused at its usedMs with its limit', () => {
      const floor = next(IDLE_FLOOR, callable(NEXT_ID, { limitSeconds: 240 }), T0);
      expect(floor).toMatchObject({ status: 'paused', entryId: NEXT_ID, limitMs: 4 * MINUTE, elapsedMs: 0 });
    });

    it('keeps the time a skipped speaker already used', () => {
      expect(next(IDLE_FLOOR, callable(NEXT_ID, { usedMs: 45 * SECOND }), T0).elapsedMs).toBe(45 * SECOND);
    });

    it('starts the new statement fresh: not running, not started, not interrupted', () => {
      const floor = next(floorIn('running', T0, { interruptions: 2 }), callable(NEXT_ID), T0);
      expect(floor).toMatchObject({ runningSince: null, statementStartedAt: null, interruptions: 0 });
    });

    it('reports the head as called', () => {
      expect(callNext(IDLE_FLOOR, callable(NEXT_ID), T0).calledEntryId).toBe(NEXT_ID);
    });

    it('ends nothing and finishes nobody when the floor was idle', () => {
      const outcome = callNext(IDLE_FLOOR, callable(NEXT_ID), T0);
      expect([outcome.ended, outcome.doneEntryId, outcome.interruptedEntryId]).toEqual([null, null, null]);
    });

    it.each<FloorStatus>(['idle', 'running', 'paused', 'stopped'])('clears the speaker message when called from %s', (status) => {
      const floor = floorIn(status, T0, { message: 'Please conclude' });
      expect(next(floor, callable(NEXT_ID), T0).message).toBeNull();
    });
  });

  describe('ending the statement on the floor', () => {
    it('ends a running statement with the record of its time', () => {
      const clock = fakeClock(T0);
      const running = startTimer(aFloor({ limitMs: 3 * MINUTE, elapsedMs: 0 }), clock.now());
      clock.advance(3 * MINUTE + 4 * SECOND);
      expect(callNext(running, callable(NEXT_ID), clock.now()).ended).toEqual({
        entryId: ON_FLOOR_ID,
        limitMs: 3 * MINUTE,
        usedMs: 3 * MINUTE + 4 * SECOND,
        overtimeMs: 4 * SECOND,
        startedAt: T0,
        endedAt: T0 + 3 * MINUTE + 4 * SECOND,
        interruptions: 0,
        endedBy: 'officer',
      });
    });

    it('ends a paused statement without counting the time since the pause', () => {
      const clock = fakeClock(T0);
      const paused = pauseTimer(startTimer(aFloor(), clock.now()), clock.now() + 50 * SECOND);
      clock.advance(5 * MINUTE);
      expect(callNext(paused, callable(NEXT_ID), clock.now()).ended?.usedMs).toBe(50 * SECOND);
    });

    it('marks the speaker who had the floor as done', () => {
      expect(callNext(floorIn('running', T0), callable(NEXT_ID), T0).doneEntryId).toBe(ON_FLOOR_ID);
    });

    it('writes no second record for a statement already stopped', () => {
      expect(callNext(floorIn('stopped', T0), callable(NEXT_ID), T0).ended).toBeNull();
    });

    it('marks a stopped speaker as done', () => {
      expect(callNext(floorIn('stopped', T0), callable(NEXT_ID), T0).doneEntryId).toBe(ON_FLOOR_ID);
    });
  });

  describe('on an empty list', () => {
    it('leaves the floor idle', () => {
      expect(next(floorIn('paused', T0, { message: 'Please conclude' }), null, T0)).toEqual(IDLE_FLOOR);
    });

    it('calls nobody', () => {
      expect(callNext(floorIn('running', T0), null, T0).calledEntryId).toBeNull();
    });

    it('still ends the running statement', () => {
      const running = floorIn('running', T0);
      expect(callNext(running, null, T0).ended).toMatchObject({ entryId: ON_FLOOR_ID, usedMs: 60 * SECOND, endedAt: T0 });
    });
  });

  describe('a point of order', () => {
    it('interrupts a running statement instead of ending it', () => {
      const outcome = callNext(floorIn('running', T0), pointOfOrder(PO_ID), T0);
      expect([outcome.ended, outcome.doneEntryId]).toEqual([null, null]);
    });

    it('reports the interrupted entry and the point of order called', () => {
      const outcome = callNext(floorIn('running', T0), pointOfOrder(PO_ID), T0);
      expect([outcome.interruptedEntryId, outcome.calledEntryId]).toEqual([ON_FLOOR_ID, PO_ID]);
    });

    it('puts the point of order on the floor paused with its own limit', () => {
      const floor = next(floorIn('running', T0), pointOfOrder(PO_ID, { limitSeconds: 60 }), T0);
      expect(floor).toMatchObject({ status: 'paused', entryId: PO_ID, limitMs: MINUTE, elapsedMs: 0, runningSince: null });
    });

    it('remembers a running statement with its time so far and one more interruption', () => {
      const clock = fakeClock(T0);
      const running = startTimer(aFloor({ limitMs: 3 * MINUTE, elapsedMs: 10 * SECOND, interruptions: 1 }), clock.now());
      clock.advance(35 * SECOND);
      expect(next(running, pointOfOrder(PO_ID), clock.now()).interrupted).toEqual([
        { entryId: ON_FLOOR_ID, limitMs: 3 * MINUTE, elapsedMs: 45 * SECOND, startedAt: T0, interruptions: 2, signalled: 'none' },
      ]);
    });

    it('interrupts a paused statement, remembering its time used', () => {
      const paused = floorIn('paused', T0, { elapsedMs: 40 * SECOND, statementStartedAt: T0 - MINUTE });
      expect(next(paused, pointOfOrder(PO_ID), T0 + 5 * MINUTE).interrupted).toEqual([
        { entryId: ON_FLOOR_ID, limitMs: 3 * MINUTE, elapsedMs: 40 * SECOND, startedAt: T0 - MINUTE, interruptions: 1, signalled: 'none' },
      ]);
    });

    it('remembers a statement paused before it ever started with a null start', () => {
      const called = next(IDLE_FLOOR, callable(NEXT_ID), T0);
      expect(next(called, pointOfOrder(PO_ID), T0).interrupted[0]).toMatchObject({ entryId: NEXT_ID, startedAt: null });
    });

    it('does not change the floor it interrupts', () => {
      const running = floorIn('running', T0, { interrupted: [anInterrupted()] });
      const copy = structuredClone(running);
      next(frozen(running), pointOfOrder(PO_ID), T0);
      expect(running).toEqual(copy);
    });

    it('clears the speaker message', () => {
      const running = floorIn('running', T0, { message: 'Please conclude' });
      expect(next(running, pointOfOrder(PO_ID), T0).message).toBeNull();
    });

    it.each<FloorStatus>(['idle', 'stopped'])('pushes nothing when the floor is %s', (status) => {
      expect(next(floorIn(status, T0), pointOfOrder(PO_ID), T0).interrupted).toEqual([]);
    });

    it('keeps an existing stack untouched when called onto a stopped floor', () => {
      const stack = [anInterrupted()];
      expect(next(floorIn('stopped', T0, { interrupted: stack }), pointOfOrder(PO_ID), T0).interrupted).toEqual(stack);
    });

    it('ends nothing and interrupts nobody when the floor is stopped', () => {
      const outcome = callNext(floorIn('stopped', T0), pointOfOrder(PO_ID), T0);
      expect([outcome.ended, outcome.interruptedEntryId, outcome.doneEntryId]).toEqual([null, null, ON_FLOOR_ID]);
    });
  });

  describe('when a point of order ends', () => {
    /** Speaker 11 ran 45 s, then point of order 31 was called, started and ran 20 s. */
    function pointOfOrderRunning(clock: ReturnType<typeof fakeClock>): Floor {
      let floor = startTimer(aFloor({ limitMs: 3 * MINUTE }), clock.now());
      clock.advance(45 * SECOND);
      floor = next(floor, pointOfOrder(PO_ID), clock.now());
      floor = startTimer(floor, clock.now());
      clock.advance(20 * SECOND);
      return floor;
    }

    it('brings the interrupted statement back paused with its time, limit and start', () => {
      const clock = fakeClock(T0);
      const floor = next(pointOfOrderRunning(clock), callable(NEXT_ID), clock.now());
      expect(floor).toMatchObject({
        status: 'paused',
        entryId: ON_FLOOR_ID,
        limitMs: 3 * MINUTE,
        elapsedMs: 45 * SECOND,
        runningSince: null,
        statementStartedAt: T0,
        interruptions: 1,
        interrupted: [],
      });
    });

    it('leaves the head of the list waiting', () => {
      const clock = fakeClock(T0);
      expect(callNext(pointOfOrderRunning(clock), callable(NEXT_ID), clock.now()).calledEntryId).toBeNull();
    });

    it('records the point of order as ended and done', () => {
      const clock = fakeClock(T0);
      const outcome = callNext(pointOfOrderRunning(clock), callable(NEXT_ID), clock.now());
      expect([outcome.ended?.entryId, outcome.ended?.usedMs, outcome.doneEntryId]).toEqual([PO_ID, 20 * SECOND, PO_ID]);
    });

    it('brings the interrupted statement back on an empty list', () => {
      const clock = fakeClock(T0);
      expect(next(pointOfOrderRunning(clock), null, clock.now()).entryId).toBe(ON_FLOOR_ID);
    });

    it('clears the message shown to the point of order', () => {
      const clock = fakeClock(T0);
      const floor = { ...pointOfOrderRunning(clock), message: 'Please conclude' };
      expect(next(floor, null, clock.now()).message).toBeNull();
    });

    it('lets the resumed statement count on from its time used, excluding the point of order', () => {
      const clock = fakeClock(T0);
      let floor = next(pointOfOrderRunning(clock), callable(NEXT_ID), clock.now());
      clock.advance(MINUTE);
      floor = startTimer(floor, clock.now());
      clock.advance(15 * SECOND);
      expect(stopTimer(floor, clock.now()).outcome.ended).toMatchObject({
        entryId: ON_FLOOR_ID,
        usedMs: 60 * SECOND,
        startedAt: T0,
        interruptions: 1,
      });
    });

    it('restores the interrupted speaker after the point of order was stopped', () => {
      const clock = fakeClock(T0);
      const stopped = stopTimer(pointOfOrderRunning(clock), clock.now()).floor;
      clock.advance(10 * SECOND);
      expect(next(stopped, callable(NEXT_ID), clock.now())).toMatchObject({ entryId: ON_FLOOR_ID, elapsedMs: 45 * SECOND });
    });

    it('writes no second record for a point of order already stopped', () => {
      const clock = fakeClock(T0);
      const stopped = stopTimer(pointOfOrderRunning(clock), clock.now()).floor;
      expect(callNext(stopped, callable(NEXT_ID), clock.now()).ended).toBeNull();
    });

    it('calls a second point of order waiting before restoring the interrupted speaker', () => {
      const clock = fakeClock(T0);
      const floor = next(stopTimer(pointOfOrderRunning(clock), clock.now()).floor, pointOfOrder(PO_ID + 1), clock.now());
      expect([floor.entryId, floor.interrupted.map((s) => s.entryId)]).toEqual([PO_ID + 1, [ON_FLOOR_ID]]);
    });
  });

  describe('nested points of order', () => {
    /** Speaker 11 ran 30 s; PO 31 ran 10 s; PO 32 interrupted it and ran 5 s. */
    function nested(clock: ReturnType<typeof fakeClock>): Floor {
      let floor = startTimer(aFloor(), clock.now());
      clock.advance(30 * SECOND);
      floor = startTimer(next(floor, pointOfOrder(PO_ID), clock.now()), clock.now());
      clock.advance(10 * SECOND);
      floor = startTimer(next(floor, pointOfOrder(PO_ID + 1), clock.now()), clock.now());
      clock.advance(5 * SECOND);
      return floor;
    }

    it('stacks each interrupted statement, innermost last', () => {
      const clock = fakeClock(T0);
      expect(nested(clock).interrupted.map((s) => [s.entryId, s.elapsedMs])).toEqual([
        [ON_FLOOR_ID, 30 * SECOND],
        [PO_ID, 10 * SECOND],
      ]);
    });

    it('unwinds to the first point of order when the second ends', () => {
      const clock = fakeClock(T0);
      const floor = next(nested(clock), callable(NEXT_ID), clock.now());
      expect([floor.entryId, floor.elapsedMs, floor.interrupted.map((s) => s.entryId)]).toEqual([PO_ID, 10 * SECOND, [ON_FLOOR_ID]]);
    });

    it('unwinds to the original speaker when the first ends', () => {
      const clock = fakeClock(T0);
      let floor = next(nested(clock), callable(NEXT_ID), clock.now());
      floor = next(startTimer(floor, clock.now()), callable(NEXT_ID), clock.now() + 3 * SECOND);
      expect([floor.entryId, floor.elapsedMs, floor.interrupted]).toEqual([ON_FLOOR_ID, 30 * SECOND, []]);
    });

    it('calls the head of the list once the stack is empty', () => {
      const clock = fakeClock(T0);
      let floor = next(nested(clock), callable(NEXT_ID), clock.now());
      floor = next(floor, callable(NEXT_ID), clock.now());
      floor = next(floor, callable(NEXT_ID), clock.now());
      expect([floor.entryId, floor.interrupted]).toEqual([NEXT_ID, []]);
    });
  });
});

describe('skipSpeaker', () => {
  it('names the skipped entry', () => {
    expect(skipSpeaker(floorIn('running', T0), T0).skippedEntryId).toBe(ON_FLOOR_ID);
  });

  it('returns the time a running speaker used up to now', () => {
    const clock = fakeClock(T0);
    const running = startTimer(aFloor({ elapsedMs: 10 * SECOND }), clock.now());
    clock.advance(25 * SECOND);
    expect(skipSpeaker(running, clock.now()).usedMs).toBe(35 * SECOND);
  });

  it('returns the time a paused speaker used', () => {
    expect(skipSpeaker(floorIn('paused', T0, { elapsedMs: 40 * SECOND }), T0 + MINUTE).usedMs).toBe(40 * SECOND);
  });

  it('leaves an empty idle floor', () => {
    expect(skipSpeaker(floorIn('running', T0, { message: 'Please conclude' }), T0).floor).toEqual(IDLE_FLOOR);
  });

  it('keeps the statements a point of order interrupted', () => {
    const stack = [anInterrupted()];
    expect(skipSpeaker(floorIn('running', T0, { interrupted: stack }), T0).floor.interrupted).toEqual(stack);
  });

  it('lets the skipped speaker be called again with the time already used', () => {
    const clock = fakeClock(T0);
    const running = startTimer(aFloor({ limitMs: 3 * MINUTE }), clock.now());
    clock.advance(50 * SECOND);
    const { floor, usedMs } = skipSpeaker(running, clock.now());
    expect(next(floor, callable(ON_FLOOR_ID, { usedMs }), clock.now())).toMatchObject({ entryId: ON_FLOOR_ID, elapsedMs: 50 * SECOND });
  });

  it('restores the interrupted statement when a skipped point of order is followed by callNext', () => {
    const skipped = skipSpeaker(floorIn('running', T0, { entryId: PO_ID, interrupted: [anInterrupted({ entryId: 5 })] }), T0);
    expect(next(skipped.floor, callable(NEXT_ID), T0).entryId).toBe(5);
  });
});
