import type { MeetingView } from '../../src/shared/api-types';
import { meetingTitle } from '../lib/meeting-title';
import { formatClock, formatShortDay, zoneAbbreviation } from '../lib/time-format';
import { currentLanguage, t } from '../lib/strings';

interface Props {
  id: string;
  meetings: readonly MeetingView[];
  zone: string;
  value: number | null;
  onChange: (meetingId: number) => void;
}

/** Meetings by start, each with its time and zone abbreviation ("10:00 EDT") and its title in the page's language. */
export function MeetingSelect({ id, meetings, zone, value, onChange }: Props) {
  return (
    <div class="field meeting-select">
      <label for={id}>{t('common.meeting')}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(Number((event.target as HTMLSelectElement).value))}>
        {value === null && <option value="">{t('common.chooseMeeting')}</option>}
        {meetings.map((meeting) => (
          <option key={meeting.id} value={meeting.id}>
            {t('meeting.option', {
              day: formatShortDay(meeting.startsAt, zone),
              time: t('time.inZone', { time: formatClock(meeting.startsAt, zone), zone: zoneAbbreviation(meeting.startsAt, zone) }),
              title: meetingTitle(meeting, currentLanguage()).text,
              cancelled: meeting.cancelled ? 'yes' : 'no',
            })}
          </option>
        ))}
      </select>
    </div>
  );
}
