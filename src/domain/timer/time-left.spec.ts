import { fakeClock } from '../clock';
import { MINUTE, SECOND, T0 } from './floor.fixtures';
import { TimerPhase, TimerReading, elapsedAt, formatCountdown, timeLeftMs, timerPhase } from './time-left';

const WARNING_MS = 30 * SECOND;

function reading(overrides: Partial<TimerReading> = {}): TimerReading {
  return { limitMs: 3 * MINUTE, elapsedMs: 0, runningSince: null, ...overrides };
}

describe('elapsedAt', () => {
  it('is the time used before runningSince when not running', () => {
    const clock = fakeClock(T0);
    const timer = reading({ elapsedMs: 42 * SECOND });
    clock.advance(10 * MINUTE);
    expect(elapsedAt(timer, clock.now())).toBe(42 * SECOND);
  });

  it('adds the time since runningSince while running', () => {
    const clock = fakeClock(T0);
    const timer = reading({ elapsedMs: 40 * SECOND, runningSince: clock.now() });
    clock.advance(25 * SECOND);
    expect(elapsedAt(timer, clock.now())).toBe(65 * SECOND);
  });

  it('never counts negative time when now reads before runningSince', () => {
    const timer = reading({ elapsedMs: 40 * SECOND, runningSince: T0 });
    expect(elapsedAt(timer, T0 - 5 * SECOND)).toBe(40 * SECOND);
  });
});

describe('timeLeftMs', () => {
  it('is the whole limit before the statement starts', () => {
    expect(timeLeftMs(reading(), T0)).toBe(3 * MINUTE);
  });

  it('is limit less elapsed less time since runningSince', () => {
    const clock = fakeClock(T0);
    const timer = reading({ elapsedMs: 30 * SECOND, runningSince: clock.now() });
    clock.advance(50 * SECOND);
    expect(timeLeftMs(timer, clock.now())).toBe(100 * SECOND);
  });

  it('stays put while paused however much time passes', () => {
    const clock = fakeClock(T0);
    const timer = reading({ elapsedMs: 30 * SECOND });
    const before = timeLeftMs(timer, clock.now());
    clock.advance(5 * MINUTE);
    expect(timeLeftMs(timer, clock.now())).toBe(before);
  });

  it('is zero exactly when the limit is reached', () => {
    const clock = fakeClock(T0);
    const timer = reading({ runningSince: clock.now() });
    clock.advance(3 * MINUTE);
    expect(timeLeftMs(timer, clock.now())).toBe(0);
  });

  it('goes negative in overtime instead of stopping at zero', () => {
    const clock = fakeClock(T0);
    const timer = reading({ runningSince: clock.now() });
    clock.advance(3 * MINUTE + 7 * SECOND);
    expect(timeLeftMs(timer, clock.now())).toBe(-7 * SECOND);
  });
});

describe('timerPhase', () => {
  it.each<[string, number, TimerPhase]>([
    ['normal with more than warningMs left', 3 * MINUTE - (WARNING_MS + 1), 'normal'],
    ['warning at exactly warningMs left', 3 * MINUTE - WARNING_MS, 'warning'],
    ['warning just below warningMs left', 3 * MINUTE - WARNING_MS + 1, 'warning'],
    ['warning, not overtime, at exactly zero left', 3 * MINUTE, 'warning'],
    ['overtime one millisecond past the limit', 3 * MINUTE + 1, 'overtime'],
    ['overtime well past the limit', 5 * MINUTE, 'overtime'],
  ])('is %s', (_rule, elapsedMs, phase) => {
    expect(timerPhase(reading({ elapsedMs }), WARNING_MS, T0)).toBe(phase);
  });

  it('turns amber on the fake clock without any tick', () => {
    const clock = fakeClock(T0);
    const timer = reading({ runningSince: clock.now() });
    clock.advance(2 * MINUTE + 29 * SECOND);
    expect(timerPhase(timer, WARNING_MS, clock.now())).toBe('normal');
    clock.advance(1 * SECOND);
    expect(timerPhase(timer, WARNING_MS, clock.now())).toBe('warning');
  });

  it('turns to overtime on the fake clock once the limit is passed', () => {
    const clock = fakeClock(T0);
    const timer = reading({ runningSince: clock.now() });
    clock.advance(3 * MINUTE + 1);
    expect(timerPhase(timer, WARNING_MS, clock.now())).toBe('overtime');
  });

  it('uses the warning threshold it is given', () => {
    const timer = reading({ elapsedMs: 3 * MINUTE - 45 * SECOND });
    expect([timerPhase(timer, 30 * SECOND, T0), timerPhase(timer, 60 * SECOND, T0)]).toEqual(['normal', 'warning']);
  });
});

describe('formatCountdown', () => {
  it.each<[string, number, string]>([
    ['shows whole minutes as m:00', 3 * MINUTE, '3:00'],
    ['pads seconds to two digits', 2 * MINUTE + 5 * SECOND, '2:05'],
    ['rounds a partial second left up so a started second still shows', 2 * MINUTE + 59 * SECOND + 1, '3:00'],
    ['shows 0:01 with 500 ms left', 500, '0:01'],
    ['shows 0:01 with 1 ms left', 1, '0:01'],
    ['shows 0:00 exactly at zero', 0, '0:00'],
    ['shows +0:00 during the first overtime second', -500, '+0:00'],
    ['shows overtime seconds with a plus sign', -7 * SECOND, '+0:07'],
    ['shows only whole overtime seconds', -7 * SECOND - 999, '+0:07'],
    ['shows overtime minutes and seconds', -(1 * MINUTE + 5 * SECOND), '+1:05'],
    ['lets minutes run past 59', 75 * MINUTE, '75:00'],
  ])('%s', (_rule, leftMs, shown) => {
    expect(formatCountdown(leftMs)).toBe(shown);
  });

  it('shows 0:00 for negative zero, not +0:00', () => {
    expect(formatCountdown(-0)).toBe('0:00');
  });
});
