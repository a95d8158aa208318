import type { CountdownView } from './countdown';

export interface StatementProgress {
  /** Time used over the limit, 0 to 1: full once the limit is reached. */
  fraction: number;
  phase: CountdownView['phase'];
}

/** How far the statement has gone, from the countdown's own reading: both move together. */
export function statementProgress(view: Pick<CountdownView, 'leftMs' | 'phase'>, limitMs: number): StatementProgress {
  if (limitMs <= 0) return { fraction: view.leftMs < 0 ? 1 : 0, phase: view.phase };
  const fraction = Math.min(1, Math.max(0, (limitMs - view.leftMs) / limitMs));
  return { fraction, phase: view.phase };
}
