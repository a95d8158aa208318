import type { MeetingView } from '../../src/shared/api-types';
import { formatClock, formatShortDay } from '../lib/time-format';
import { t } from '../lib/strings';

interface Props {
  id: string;
  meetings: readonly MeetingView[];
  zone: string;
  value: number | null;
  onChange: (meetingId: number) => void;
}

/** Meetings in the venue's time, by start. */
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
              time: formatClock(meeting.startsAt, zone),
              title: meeting.title,
              cancelled: meeting.cancelled ? 'yes' : 'no',
            })}
          </option>
        ))}
      </select>
    </div>
  );
}
