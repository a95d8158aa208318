import type { MeetingView } from '../../../src/shared/api-types';
import { isOnNow } from '../../lib/meetings';
import { dayKey } from '../../lib/time-format';

type Timed = Pick<MeetingView, 'startsAt' | 'endsAt' | 'cancelled'>;

/** Meetings by their day in `zone`, days in order, meetings in the order given. */
export function byDay<T extends Pick<MeetingView, 'startsAt'>>(meetings: readonly T[], zone: string): [string, T[]][] {
  const days = new Map<string, T[]>();
  for (const meeting of meetings) {
    const key = dayKey(meeting.startsAt, zone);
    days.set(key, [...(days.get(key) ?? []), meeting]);
  }
  return [...days.entries()].sort(([a], [b]) => a.localeCompare(b));
}

/** The meetings under way at `nowMs`, and the next to start after it (several when they start together); cancelled ones are neither. */
export function nowAndNext<T extends Timed>(meetings: readonly T[], nowMs: number): { onNow: T[]; next: T[] } {
  const upcoming = meetings.filter((meeting) => !meeting.cancelled && Date.parse(meeting.startsAt) > nowMs);
  const firstStart = Math.min(...upcoming.map((meeting) => Date.parse(meeting.startsAt)));
  return {
    onNow: meetings.filter((meeting) => isOnNow(meeting, nowMs)),
    next: upcoming.filter((meeting) => Date.parse(meeting.startsAt) === firstStart),
  };
}
