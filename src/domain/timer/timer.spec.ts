import { fakeClock } from '../clock';
import { Floor, FloorStatus, FLOOR_STATUSES } from './floor-state';
import { MINUTE, ON_FLOOR_ID, SECOND, T0, aFloor, anInterrupted, floorIn, frozen, thrownBy } from './floor.fixtures';
import { timeLeftMs } from './time-left';
import {
  MAX_EXTENSION_SECONDS,
  MAX_MESSAGE_LENGTH,
  endStatement,
  extendTimer,
  pauseTimer,
  resumeTimer,
  setSpeakerMessage,
  startTimer,
  stopTimer,
} from './timer';

type Command = 'start' | 'resume' | 'pause' | 'stop' | 'extend' | 'setSpeakerMessage';

const RUN: Record<Command, (floor: Floor, nowMs: number) => Floor> = {
  start: startTimer,
  resume: resumeTimer,
  pause: pauseTimer,
  stop: (floor, nowMs) => stopTimer(floor, nowMs).floor,
  extend: (floor) => extendTimer(floor, 60),
  setSpeakerMessage: (floor) => setSpeakerMessage(floor, 'Please conclude'),
};

const ILLEGAL = 'illegal';

/** Every command from every status: the status it leaves, or refused. */
const TRANSITIONS: Record<Command, Record<FloorStatus, FloorStatus | typeof ILLEGAL>> = {
  start: { idle: ILLEGAL, running: ILLEGAL, paused: 'running', stopped: ILLEGAL },
  resume: { idle: ILLEGAL, running: ILLEGAL, paused: 'running', stopped: ILLEGAL },
  pause: { idle: ILLEGAL, running: 'paused', paused: ILLEGAL, stopped: ILLEGAL },
  stop: { idle: ILLEGAL, running: 'stopped', paused: 'stopped', stopped: ILLEGAL },
  extend: { idle: ILLEGAL, running: 'running', paused: 'paused', stopped: ILLEGAL },
  setSpeakerMessage: { idle: 'idle', running: 'running', paused: 'paused', stopped: 'stopped' },
};

const rows = (Object.keys(TRANSITIONS) as Command[]).flatMap((command) =>
  FLOOR_STATUSES.map((from) => ({ command, from, to: TRANSITIONS[command][from] })),
);
const legal = rows.filter((row) => row.to !== ILLEGAL);
const illegal = rows.filter((row) => row.to === ILLEGAL);

describe('timer commands from every status', () => {
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

describe('startTimer', () => {
  it('sets runningSince to now', () => {
    const clock = fakeClock(T0);
    expect(startTimer(aFloor(), clock.now()).runningSince).toBe(T0);
  });

  it('sets statementStartedAt on the first start', () => {
    expect(startTimer(aFloor({ statementStartedAt: null }), T0).statementStartedAt).toBe(T0);
  });

  it('keeps the time a skipped speaker already used', () => {
    expect(startTimer(aFloor({ elapsedMs: 45 * SECOND }), T0).elapsedMs).toBe(45 * SECOND);
  });

  it('counts time from now, not from before', () => {
    const clock = fakeClock(T0);
    const floor = aFloor({ elapsedMs: 10 * SECOND });
    clock.advance(MINUTE);
    const running = startTimer(floor, clock.now());
    clock.advance(15 * SECOND);
    expect(timeLeftMs(running, clock.now())).toBe(3 * MINUTE - 25 * SECOND);
  });
});

describe('pauseTimer', () => {
  it('folds the running time into elapsedMs', () => {
    const clock = fakeClock(T0);
    const running = startTimer(aFloor({ elapsedMs: 5 * SECOND }), clock.now());
    clock.advance(40 * SECOND);
    expect(pauseTimer(running, clock.now()).elapsedMs).toBe(45 * SECOND);
  });

  it('clears runningSince', () => {
    const running = startTimer(aFloor(), T0);
    expect(pauseTimer(running, T0 + SECOND).runningSince).toBeNull();
  });

  it('keeps statementStartedAt', () => {
    const running = startTimer(aFloor(), T0);
    expect(pauseTimer(running, T0 + SECOND).statementStartedAt).toBe(T0);
  });

  it('does not count the time spent paused', () => {
    const clock = fakeClock(T0);
    const paused = pauseTimer(startTimer(aFloor(), clock.now()), clock.now() + 20 * SECOND);
    clock.advance(10 * MINUTE);
    expect(timeLeftMs(paused, clock.now())).toBe(3 * MINUTE - 20 * SECOND);
  });
});

describe('resumeTimer', () => {
  it('sets runningSince to now', () => {
    expect(resumeTimer(aFloor({ statementStartedAt: T0 }), T0 + MINUTE).runningSince).toBe(T0 + MINUTE);
  });

  it('keeps statementStartedAt from the first start', () => {
    const clock = fakeClock(T0);
    const started = startTimer(aFloor(), clock.now());
    clock.advance(30 * SECOND);
    const paused = pauseTimer(started, clock.now());
    clock.advance(2 * MINUTE);
    expect(resumeTimer(paused, clock.now()).statementStartedAt).toBe(T0);
  });

  it('accumulates elapsed time across pause and resume', () => {
    const clock = fakeClock(T0);
    let floor = startTimer(aFloor(), clock.now());
    clock.advance(40 * SECOND);
    floor = pauseTimer(floor, clock.now());
    clock.advance(5 * MINUTE);
    floor = resumeTimer(floor, clock.now());
    clock.advance(20 * SECOND);
    floor = pauseTimer(floor, clock.now());
    clock.advance(MINUTE);
    floor = resumeTimer(floor, clock.now());
    clock.advance(7 * SECOND);
    expect(pauseTimer(floor, clock.now()).elapsedMs).toBe(67 * SECOND);
  });
});

describe('extendTimer', () => {
  it('adds the seconds to limitMs', () => {
    expect(extendTimer(aFloor({ limitMs: 3 * MINUTE }), 30).limitMs).toBe(3 * MINUTE + 30 * SECOND);
  });

  it('adds up over several extensions', () => {
    expect(extendTimer(extendTimer(aFloor({ limitMs: 3 * MINUTE }), 30), 60).limitMs).toBe(4 * MINUTE + 30 * SECOND);
  });

  it('leaves the time used and the running clock alone', () => {
    const running = startTimer(aFloor({ elapsedMs: 10 * SECOND }), T0);
    const extended = extendTimer(running, 30);
    expect([extended.elapsedMs, extended.runningSince]).toEqual([10 * SECOND, T0]);
  });

  it('gives an overtime speaker time left again', () => {
    const clock = fakeClock(T0);
    const running = startTimer(aFloor(), clock.now());
    clock.advance(3 * MINUTE + 10 * SECOND);
    expect(timeLeftMs(extendTimer(running, 30), clock.now())).toBe(20 * SECOND);
  });

  it('accepts MAX_EXTENSION_SECONDS', () => {
    expect(extendTimer(aFloor({ limitMs: 0 }), MAX_EXTENSION_SECONDS).limitMs).toBe(MAX_EXTENSION_SECONDS * SECOND);
  });

  it.each<[string, number]>([
    ['zero', 0],
    ['a negative number', -30],
    ['a fraction', 1.5],
    ['NaN', Number.NaN],
    ['infinity', Number.POSITIVE_INFINITY],
    ['more than MAX_EXTENSION_SECONDS', MAX_EXTENSION_SECONDS + 1],
  ])('refuses %s as INVALID_INPUT', (_name, seconds) => {
    expect(thrownBy(() => extendTimer(aFloor(), seconds)).code).toBe('INVALID_INPUT');
  });
});

describe('setSpeakerMessage', () => {
  it('sets the message', () => {
    expect(setSpeakerMessage(aFloor(), 'Please conclude').message).toBe('Please conclude');
  });

  it('trims surrounding whitespace', () => {
    expect(setSpeakerMessage(aFloor(), '  Please conclude \n').message).toBe('Please conclude');
  });

  it('replaces an earlier message', () => {
    expect(setSpeakerMessage(aFloor({ message: 'Please conclude' }), 'Time is up').message).toBe('Time is up');
  });

  it.each<[string, string | null]>([
    ['null', null],
    ['an empty string', ''],
    ['a blank string', '   \t '],
  ])('clears the message on %s', (_name, text) => {
    expect(setSpeakerMessage(aFloor({ message: 'Please conclude' }), text).message).toBeNull();
  });

  it('accepts exactly MAX_MESSAGE_LENGTH characters', () => {
    const text = 'x'.repeat(MAX_MESSAGE_LENGTH);
    expect(setSpeakerMessage(aFloor(), text).message).toBe(text);
  });

  it('refuses 81 characters as INVALID_INPUT', () => {
    expect(thrownBy(() => setSpeakerMessage(aFloor(), 'x'.repeat(81))).code).toBe('INVALID_INPUT');
  });

  it('leaves the timer alone', () => {
    const running = startTimer(aFloor({ elapsedMs: 10 * SECOND }), T0);
    expect({ ...setSpeakerMessage(running, 'Please conclude'), message: null }).toEqual(running);
  });
});

describe('stopTimer', () => {
  it('keeps the speaker shown', () => {
    expect(stopTimer(floorIn('running', T0), T0).floor.entryId).toBe(ON_FLOOR_ID);
  });

  it('freezes the time used in elapsedMs and clears runningSince', () => {
    const clock = fakeClock(T0);
    const running = startTimer(aFloor({ elapsedMs: 10 * SECOND }), clock.now());
    clock.advance(50 * SECOND);
    const { floor } = stopTimer(running, clock.now());
    expect([floor.elapsedMs, floor.runningSince]).toEqual([MINUTE, null]);
  });

  it('keeps the statements a point of order interrupted', () => {
    const stack = [anInterrupted()];
    expect(stopTimer(floorIn('running', T0, { interrupted: stack }), T0).floor.interrupted).toEqual(stack);
  });

  it('returns the ended statement with time used, start, end and interruptions', () => {
    const clock = fakeClock(T0);
    let floor = startTimer(aFloor({ entryId: 7, limitMs: 2 * MINUTE, interruptions: 2 }), clock.now());
    clock.advance(30 * SECOND);
    floor = pauseTimer(floor, clock.now());
    clock.advance(4 * MINUTE);
    floor = resumeTimer(floor, clock.now());
    clock.advance(45 * SECOND);
    expect(stopTimer(floor, clock.now()).outcome.ended).toEqual({
      entryId: 7,
      limitMs: 2 * MINUTE,
      usedMs: 75 * SECOND,
      overtimeMs: 0,
      startedAt: T0,
      endedAt: T0 + 5 * MINUTE + 15 * SECOND,
      interruptions: 2,
      endedBy: 'officer',
    });
  });

  it('counts no time since the pause when stopped while paused', () => {
    const clock = fakeClock(T0);
    const paused = pauseTimer(startTimer(aFloor(), clock.now()), clock.now() + 20 * SECOND);
    clock.advance(10 * MINUTE);
    expect(stopTimer(paused, clock.now()).outcome.ended!.usedMs).toBe(20 * SECOND);
  });

  it('records the overtime as time used beyond the limit', () => {
    const clock = fakeClock(T0);
    const running = startTimer(aFloor({ limitMs: 3 * MINUTE }), clock.now());
    clock.advance(3 * MINUTE + 7 * SECOND);
    expect(stopTimer(running, clock.now()).outcome.ended!.overtimeMs).toBe(7 * SECOND);
  });

  it('records no overtime when stopped exactly at the limit', () => {
    const clock = fakeClock(T0);
    const running = startTimer(aFloor({ limitMs: 3 * MINUTE }), clock.now());
    clock.advance(3 * MINUTE);
    expect(stopTimer(running, clock.now()).outcome.ended!.overtimeMs).toBe(0);
  });

  it('counts overtime against the extended limit', () => {
    const clock = fakeClock(T0);
    const running = extendTimer(startTimer(aFloor({ limitMs: 3 * MINUTE }), clock.now()), 60);
    clock.advance(4 * MINUTE + 5 * SECOND);
    expect(stopTimer(running, clock.now()).outcome.ended).toMatchObject({ limitMs: 4 * MINUTE, overtimeMs: 5 * SECOND });
  });

  it('records no statement for a speaker called and never started: the entry is not delivered', () => {
    expect(stopTimer(aFloor({ status: 'paused', statementStartedAt: null, elapsedMs: 0 }), T0).outcome).toEqual({ ended: null, entryStatus: 'not-delivered' });
  });

  it('keeps what a skipped speaker said before the skip as the statement, ended by skip, when stopped before resuming', () => {
    const outcome = stopTimer(aFloor({ status: 'paused', statementStartedAt: null, elapsedMs: 40 * SECOND }), T0).outcome;
    expect(outcome.entryStatus).toBe('done');
    expect(outcome.ended).toMatchObject({ usedMs: 40 * SECOND, startedAt: null, endedBy: 'skip' });
  });

  it('records a statement brought back after a point of order and ended unresumed as ended by point of order', () => {
    const floor = aFloor({ status: 'paused', statementStartedAt: T0, elapsedMs: 50 * SECOND, backFromPointOfOrder: true });
    expect(stopTimer(floor, T0 + MINUTE).outcome.ended?.endedBy).toBe('point-of-order');
  });
});

describe('endStatement', () => {
  it('refuses a floor with nobody on it as ILLEGAL_TRANSITION', () => {
    expect(thrownBy(() => endStatement(aFloor({ entryId: null }), T0, 'officer')).code).toBe('NO_STATEMENT_ON_FLOOR');
  });
});
