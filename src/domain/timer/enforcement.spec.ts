import { fakeClock } from '../clock';
import { CONCLUDE_MESSAGE, Enforcement, nextSignalAt, rearmSignals, signalTime, timerMoments, TimerRules } from './enforcement';
import { aFloor, MINUTE, SECOND, T0 } from './floor.fixtures';
import { adjustTimer, extendTimer, pauseTimer, resumeTimer, setTimeLeft, startTimer } from './timer';

const rulesFor = (enforcement: Enforcement, warningMs = 30 * SECOND): TimerRules => ({ enforcement, warningMs });
const COUNT = rulesFor({ mode: 'count', graceSeconds: 0 });
const CONCLUDE = rulesFor({ mode: 'conclude', graceSeconds: 0 });
const CUT_10 = rulesFor({ mode: 'cut', graceSeconds: 10 });

/** A three-minute statement started at T0. */
const started = () => startTimer(aFloor({ limitMs: 3 * MINUTE }), T0);

describe('timerMoments', () => {
  it('places amber, zero and the cut-off of a running statement from runningSince and the time used', () => {
    const floor = startTimer(aFloor({ limitMs: 3 * MINUTE, elapsedMs: 40 * SECOND, statementStartedAt: T0 - MINUTE }), T0);
    expect(timerMoments(floor, CUT_10)).toEqual({
      warningAt: T0 + 2 * MINUTE + 20 * SECOND - 30 * SECOND,
      timeUpAt: T0 + 2 * MINUTE + 20 * SECOND,
      cutAt: T0 + 2 * MINUTE + 30 * SECOND,
    });
  });

  it('has no cut-off outside cut mode and no moments unless running', () => {
    expect(timerMoments(started(), CONCLUDE)?.cutAt).toBeNull();
    expect(timerMoments(pauseTimer(started(), T0 + SECOND), CUT_10)).toBeNull();
  });
});

describe('nextSignalAt', () => {
  it('is the warning first, then zero, then the cut-off, as each is signalled', () => {
    let floor = started();
    expect(nextSignalAt(floor, CUT_10)).toBe(T0 + 150 * SECOND);
    floor = signalTime(floor, CUT_10, T0 + 150 * SECOND).floor;
    expect(nextSignalAt(floor, CUT_10)).toBe(T0 + 180 * SECOND);
    floor = signalTime(floor, CUT_10, T0 + 180 * SECOND).floor;
    expect(nextSignalAt(floor, CUT_10)).toBe(T0 + 190 * SECOND);
  });

  it('is null once a counting statement has reached zero, and while paused', () => {
    const atZero = signalTime(started(), COUNT, T0 + 3 * MINUTE).floor;
    expect(nextSignalAt(atZero, COUNT)).toBeNull();
    expect(nextSignalAt(pauseTimer(started(), T0 + SECOND), COUNT)).toBeNull();
  });

  it('moves with a pause: the time paused is added to every moment', () => {
    const clock = fakeClock(T0);
    let floor = started();
    clock.advance(MINUTE);
    floor = pauseTimer(floor, clock.now());
    clock.advance(5 * MINUTE);
    floor = resumeTimer(floor, clock.now());
    expect(nextSignalAt(floor, CUT_10)).toBe(T0 + 6 * MINUTE + 90 * SECOND);
  });

  it('moves with an extension', () => {
    expect(nextSignalAt(extendTimer(started(), 60), CUT_10)).toBe(T0 + 210 * SECOND);
  });
});

describe('signalTime', () => {
  it('does nothing before a moment is due (the floor is returned as it was)', () => {
    const floor = started();
    expect(signalTime(floor, CUT_10, T0 + 149 * SECOND)).toEqual({ floor, ended: null });
    expect(signalTime(floor, CUT_10, T0 + 149 * SECOND).floor).toBe(floor);
  });

  it('marks the warning, then zero, once each, in count mode without touching the message', () => {
    const warned = signalTime(started(), COUNT, T0 + 150 * SECOND).floor;
    expect(warned).toMatchObject({ signalled: 'warning', message: null, status: 'running' });
    expect(signalTime(warned, COUNT, T0 + 151 * SECOND).floor).toBe(warned);
    expect(signalTime(warned, COUNT, T0 + 180 * SECOND).floor).toMatchObject({ signalled: 'time-up', message: null, status: 'running' });
  });

  it('jumps straight to zero when both moments passed (a restart)', () => {
    expect(signalTime(started(), COUNT, T0 + 10 * MINUTE).floor.signalled).toBe('time-up');
  });

  it('puts "Please conclude" on the floor at zero in conclude mode, the statement going on', () => {
    const floor = signalTime(started(), CONCLUDE, T0 + 3 * MINUTE).floor;
    expect(floor).toMatchObject({ message: CONCLUDE_MESSAGE, status: 'running', signalled: 'time-up' });
  });

  it('does not put the message back after the officer cleared it', () => {
    const concluded = signalTime(started(), CONCLUDE, T0 + 3 * MINUTE).floor;
    const cleared = { ...concluded, message: null };
    expect(signalTime(cleared, CONCLUDE, T0 + 4 * MINUTE).floor).toBe(cleared);
  });

  it('cuts at limit + grace: the statement ends with exactly that much used', () => {
    const { floor, ended } = signalTime(started(), CUT_10, T0 + 190 * SECOND + 37);
    expect(floor).toMatchObject({ status: 'stopped', runningSince: null, elapsedMs: 190 * SECOND });
    expect(ended).toMatchObject({ usedMs: 190 * SECOND, overtimeMs: 10 * SECOND, endedAt: T0 + 190 * SECOND, endedBy: 'time-limit' });
  });

  it('after a restart long past the cut-off, records limit + grace and the cut-off instant, never the downtime', () => {
    const { ended } = signalTime(started(), CUT_10, T0 + 2 * 60 * MINUTE);
    expect(ended).toMatchObject({ usedMs: 190 * SECOND, endedAt: T0 + 190 * SECOND });
  });

  it('cuts at zero with no grace', () => {
    const cut0 = rulesFor({ mode: 'cut', graceSeconds: 0 });
    expect(signalTime(started(), cut0, T0 + 3 * MINUTE).ended?.usedMs).toBe(3 * MINUTE);
  });

  it('never cuts a paused statement', () => {
    const paused = pauseTimer(started(), T0 + 2 * MINUTE);
    expect(signalTime(paused, CUT_10, T0 + 10 * MINUTE)).toEqual({ floor: paused, ended: null });
  });

  it('with no warning configured, signals only zero', () => {
    const noWarning = rulesFor({ mode: 'count', graceSeconds: 0 }, 0);
    expect(timerMoments(started(), noWarning)?.warningAt).toBeNull();
    expect(signalTime(started(), noWarning, T0 + 170 * SECOND).floor.signalled).toBe('none');
  });
});

describe('rearmSignals', () => {
  it('signals zero again after time is added back past it', () => {
    const atZero = signalTime(started(), CONCLUDE, T0 + 3 * MINUTE).floor;
    const extended = rearmSignals(extendTimer(atZero, 60), CONCLUDE, T0 + 3 * MINUTE);
    expect(extended.signalled).toBe('none');
    expect(nextSignalAt(extended, CONCLUDE)).toBe(T0 + 210 * SECOND);
  });

  it('keeps the warning signalled when the time added still leaves the speaker in amber', () => {
    const atZero = signalTime(started(), COUNT, T0 + 3 * MINUTE).floor;
    expect(rearmSignals(adjustTimer(atZero, 10, T0 + 3 * MINUTE), COUNT, T0 + 3 * MINUTE).signalled).toBe('warning');
  });

  it('leaves the signals alone when time is taken away', () => {
    const warned = signalTime(started(), COUNT, T0 + 150 * SECOND).floor;
    expect(rearmSignals(setTimeLeft(warned, 5, T0 + 150 * SECOND), COUNT, T0 + 150 * SECOND)).toEqual(setTimeLeft(warned, 5, T0 + 150 * SECOND));
  });
});
