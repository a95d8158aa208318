import type { MeetingView, SpeakerEntryView, SpeakersListView } from '../../src/shared/api-types';

export function isOnNow(meeting: Pick<MeetingView, 'startsAt' | 'endsAt' | 'cancelled'>, nowMs: number): boolean {
  return !meeting.cancelled && Date.parse(meeting.startsAt) <= nowMs && nowMs < Date.parse(meeting.endsAt);
}

/** The meeting to open by default: the one on now, else the next, else the last one. */
export function defaultMeeting<T extends Pick<MeetingView, 'startsAt' | 'endsAt' | 'cancelled'>>(meetings: readonly T[], nowMs: number): T | null {
  const live = meetings.filter((m) => !m.cancelled);
  return (
    live.find((m) => isOnNow(m, nowMs)) ??
    live.find((m) => Date.parse(m.startsAt) > nowMs) ??
    live[live.length - 1] ??
    meetings[0] ??
    null
  );
}

/** Waiting entries in speaking order. */
export function waitingEntries(list: SpeakersListView | null): SpeakerEntryView[] {
  if (!list) return [];
  return list.entries
    .filter((entry) => entry.status === 'waiting')
    .sort((a, b) => (a.position ?? Number.MAX_SAFE_INTEGER) - (b.position ?? Number.MAX_SAFE_INTEGER));
}
