/** The timer fields every client receives; shared by server and pages so all count alike. */
export interface TimerReading {
  limitMs: number;
  elapsedMs: number;
  runningSince: number | null;
}

export function elapsedAt(timer: TimerReading, nowMs: number): number {
  return timer.elapsedMs + (timer.runningSince === null ? 0 : Math.max(0, nowMs - timer.runningSince));
}

/** Negative once the speaker is over time: overtime is counted, never hidden. */
export function timeLeftMs(timer: TimerReading, nowMs: number): number {
  return timer.limitMs - elapsedAt(timer, nowMs);
}

export type TimerPhase = 'normal' | 'warning' | 'overtime';

export function timerPhase(timer: TimerReading, warningMs: number, nowMs: number): TimerPhase {
  const left = timeLeftMs(timer, nowMs);
  if (left < 0) return 'overtime';
  return left <= warningMs ? 'warning' : 'normal';
}

/** "2:59" while time is left, "+0:07" in overtime; rounds so the display reaches 0:00 exactly at zero. */
export function formatCountdown(leftMs: number): string {
  const overtime = leftMs < 0;
  const totalSeconds = overtime ? Math.floor(-leftMs / 1000) : Math.ceil(leftMs / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = String(totalSeconds % 60).padStart(2, '0');
  return `${overtime ? '+' : ''}${minutes}:${seconds}`;
}
