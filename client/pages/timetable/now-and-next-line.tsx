import type { MeetingView } from '../../../src/shared/api-types';
import { meetingTitle } from '../../lib/meeting-title';
import { currentLanguage, formatList, t } from '../../lib/strings';
import { formatClock, formatShortDay, zoneAbbreviation } from '../../lib/time-format';

interface Props {
  onNow: readonly MeetingView[];
  next: readonly MeetingView[];
  viewerZone: string;
}

/** "On now: … Next: …, Wed 28 Jul 15:00 EDT.": whatever day tab is open, above the tabs. */
export function NowAndNext({ onNow, next, viewerZone }: Props) {
  const language = currentLanguage();
  const titles = (meetings: readonly MeetingView[]) => (meetings.length === 0 ? 'none' : formatList(meetings.map((meeting) => meetingTitle(meeting, language).text)));
  const start = next[0]?.startsAt;
  const when = start
    ? t('time.onDayInZone', { day: formatShortDay(start, viewerZone), time: formatClock(start, viewerZone), zone: zoneAbbreviation(start, viewerZone) })
    : '';
  return (
    <p class="now-next" data-testid="now-next" role="status" dir="auto">
      {t('timetable.nowNext', { now: titles(onNow), next: titles(next), when })}
    </p>
  );
}
