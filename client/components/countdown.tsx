import { useEffect, useRef } from 'preact/hooks';
import type { FloorStateView } from '../../src/shared/api-types';
import { CountdownView, runCountdown } from '../lib/countdown';

interface Props {
  floor: FloorStateView | null;
  offsetMs: () => number;
  class?: string;
  /** Called once each time a running statement reaches zero. */
  onZero?: () => void;
  /** Each reading the countdown shows (null with nobody on the floor): for what moves with it. */
  onView?: (view: CountdownView | null) => void;
}

/** m:ss redrawn by requestAnimationFrame straight into the DOM, not through re-renders. */
export function Countdown({ floor, offsetMs, class: className, onZero, onView }: Props) {
  const ref = useRef<HTMLSpanElement>(null);
  const floorRef = useRef(floor);
  floorRef.current = floor;
  const offsetRef = useRef(offsetMs);
  offsetRef.current = offsetMs;
  const zeroRef = useRef(onZero);
  zeroRef.current = onZero;
  const viewRef = useRef(onView);
  viewRef.current = onView;

  useEffect(() => {
    let lastPhase: string | null = null;
    let lastEntry: number | null = null;
    const render = (view: CountdownView | null) => {
      const element = ref.current;
      if (!element) return;
      element.textContent = view ? view.text : '';
      element.dataset.phase = view ? view.phase : 'none';
      viewRef.current?.(view);
      const current = floorRef.current;
      const crossed = view?.phase === 'overtime' && lastPhase !== null && lastPhase !== 'overtime' && current?.entryId === lastEntry;
      if (crossed && current?.status === 'running') zeroRef.current?.();
      lastPhase = view?.phase ?? null;
      lastEntry = current?.entryId ?? null;
    };
    const loop = runCountdown(
      () => {
        const current = floorRef.current;
        return current && current.status !== 'idle' && current.speaker !== null ? current : null;
      },
      () => offsetRef.current(),
      render,
    );
    return () => loop.stop();
  }, []);

  // m:ss reads left to right in every language, Arabic included (dir + CSS isolate it).
  return <span ref={ref} class={`countdown ${className ?? ''}`} dir="ltr" role="timer" data-phase="none" data-testid="countdown" />;
}
