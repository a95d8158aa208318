import { MAX_REMAINING_SECONDS } from '../../src/domain/timer/timer';
import { formatCountdown } from '../../src/domain/timer/time-left';
import type { FloorStateView } from '../../src/shared/api-types';
import { t } from './strings';

/** "2:30", "0:45" or "150" as seconds left; null for anything else or beyond the server's bound. */
export function parseTimeLeft(text: string): number | null {
  const trimmed = text.trim();
  const clock = /^(\d{1,2}):([0-5]\d)$/.exec(trimmed);
  const seconds = clock ? Number(clock[1]) * 60 + Number(clock[2]) : /^\d{1,4}$/.test(trimmed) ? Number(trimmed) : null;
  return seconds !== null && seconds <= MAX_REMAINING_SECONDS ? seconds : null;
}

/** What happens at zero in this meeting, as the floor panel says it: "Cut at 3:10", "Counting overtime". */
export function enforcementText(floor: Pick<FloorStateView, 'enforcement' | 'limitMs'>): string {
  switch (floor.enforcement.mode) {
    case 'count':
      return t('enforcement.count');
    case 'conclude':
      return t('enforcement.conclude');
    case 'cut':
      return t('enforcement.cut', { time: formatCountdown(floor.limitMs + floor.enforcement.graceSeconds * 1000) });
  }
}
