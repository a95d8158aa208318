import { formatCountdown, timeLeftMs, timerPhase, TimerPhase, TimerReading } from '../../src/domain/timer/time-left';

export interface CountdownInput extends TimerReading {
  warningMs: number;
}

export interface CountdownView {
  text: string;
  phase: TimerPhase;
  leftMs: number;
}

/** What the countdown shows at a server instant: the server's own functions, so both count alike. */
export function countdownView(timer: CountdownInput, serverNowMs: number): CountdownView {
  const leftMs = timeLeftMs(timer, serverNowMs);
  return { text: formatCountdown(leftMs), phase: timerPhase(timer, timer.warningMs, serverNowMs), leftMs };
}

export interface CountdownLoop {
  stop(): void;
}

/**
 * Redraws on every animation frame from the last known timer and the clock offset: no polling,
 * no server ticks. `render` runs only when the text or phase changes, so the DOM stays quiet.
 */
export function runCountdown(
  read: () => CountdownInput | null,
  offsetMs: () => number,
  render: (view: CountdownView | null) => void,
  frame: { request: (cb: () => void) => number; cancel: (id: number) => void } = {
    request: (cb) => requestAnimationFrame(cb),
    cancel: (id) => cancelAnimationFrame(id),
  },
  now: () => number = Date.now,
): CountdownLoop {
  let shown: string | null = null;
  let handle = 0;
  let stopped = false;
  const tick = () => {
    if (stopped) return;
    const timer = read();
    const view = timer ? countdownView(timer, now() + offsetMs()) : null;
    const key = view ? `${view.text}|${view.phase}` : '';
    if (key !== shown) {
      shown = key;
      render(view);
    }
    handle = frame.request(tick);
  };
  tick();
  return {
    stop: () => {
      stopped = true;
      frame.cancel(handle);
    },
  };
}
