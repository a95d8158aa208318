import { countdownView, runCountdown } from './countdown';

const timer = (overrides: Partial<Parameters<typeof countdownView>[0]> = {}) => ({
  limitMs: 180_000,
  elapsedMs: 0,
  runningSince: 1_000_000 as number | null,
  warningMs: 30_000,
  ...overrides,
});

describe('countdown', () => {
  it('counts down from the server instant', () => {
    expect(countdownView(timer(), 1_000_000)).toEqual({ text: '3:00', phase: 'normal', leftMs: 180_000 });
    expect(countdownView(timer(), 1_001_500).text).toBe('2:59');
  });

  it('turns to warning at the threshold and overtime below zero', () => {
    expect(countdownView(timer(), 1_150_000).phase).toBe('warning');
    expect(countdownView(timer(), 1_180_000)).toMatchObject({ text: '0:00', phase: 'warning' });
    expect(countdownView(timer(), 1_187_000)).toMatchObject({ text: '+0:07', phase: 'overtime' });
  });

  it('stands still while paused', () => {
    const paused = timer({ runningSince: null, elapsedMs: 60_000 });
    expect(countdownView(paused, 1_000_000).text).toBe('2:00');
    expect(countdownView(paused, 9_000_000).text).toBe('2:00');
  });

  it('renders on change only, with the offset applied to the local clock', () => {
    const frames: (() => void)[] = [];
    const frame = { request: (cb: () => void) => frames.push(cb), cancel: jest.fn() };
    let local = 5_000;
    const rendered: (string | null)[] = [];
    const loop = runCountdown(
      () => timer(),
      () => 1_000_000 - 5_000,
      (view) => rendered.push(view?.text ?? null),
      frame,
      () => local,
    );
    local += 200;
    frames.shift()?.();
    local += 1_000;
    frames.shift()?.();
    loop.stop();
    expect(rendered).toEqual(['3:00', '2:59']);
    expect(frame.cancel).toHaveBeenCalled();
  });

  it('renders nothing without a timer', () => {
    const rendered: unknown[] = [];
    runCountdown(() => null, () => 0, (view) => rendered.push(view), { request: () => 0, cancel: () => undefined }).stop();
    expect(rendered).toEqual([null]);
  });
});
