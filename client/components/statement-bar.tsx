import type { Ref } from 'preact';
import type { CountdownView } from '../lib/countdown';
import { statementProgress } from '../lib/statement-progress';
import { t } from '../lib/strings';

/** Moves the bar straight in the DOM, as the countdown does its text: no re-render a second. */
export function showProgress(bar: HTMLElement | null, view: CountdownView | null, limitMs: number): void {
  if (!bar) return;
  const progress = view ? statementProgress(view, limitMs) : { fraction: 0, phase: 'normal' as const };
  const fill = bar.firstElementChild as HTMLElement | null;
  if (fill) fill.style.inlineSize = `${(progress.fraction * 100).toFixed(2)}%`;
  bar.dataset.phase = progress.phase;
  bar.setAttribute('aria-valuenow', String(Math.round(progress.fraction * 100)));
}

/** The statement's time used over its limit: amber near the end, full and red in overtime. */
export function StatementBar({ barRef }: { barRef: Ref<HTMLDivElement> }) {
  return (
    <div ref={barRef} class="statement-bar" role="progressbar" aria-label={t('screens.progress')} aria-valuemin={0} aria-valuemax={100} data-phase="normal" data-testid="progress">
      <div class="statement-bar-fill" />
    </div>
  );
}
