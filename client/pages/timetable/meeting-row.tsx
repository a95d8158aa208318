import type { AgendaItemView, MeetingView } from '../../../src/shared/api-types';
import { dayKey, formatRange, formatShortDay, zoneAbbreviation } from '../../lib/time-format';
import { meetingTitle } from '../../lib/meeting-title';
import { currentLanguage, labelOr, t } from '../../lib/strings';

interface Props {
  meeting: MeetingView;
  agenda: ReadonlyMap<number, AgendaItemView>;
  venueZone: string;
  viewerZone: string;
  onNow: boolean;
  next: boolean;
}

/** A meeting on its day (the viewer's day): the venue's time, with its day when that differs, and the viewer's. */
export function MeetingRow({ meeting, agenda, venueZone, viewerZone, onNow, next }: Props) {
  const items = meeting.agendaItemIds.map((id) => agenda.get(id)).filter((item): item is AgendaItemView => item !== undefined);
  const viewerDiffers = viewerZone !== venueZone;
  const venueOtherDay = dayKey(meeting.startsAt, viewerZone) !== dayKey(meeting.startsAt, venueZone);
  const classes = ['meeting', onNow ? 'on-now' : '', next ? 'next' : '', meeting.cancelled ? 'cancelled' : ''].filter(Boolean).join(' ');
  const Title = meeting.cancelled ? 'del' : 'span';
  const language = currentLanguage();
  const title = meetingTitle(meeting, language);
  return (
    <li class={classes} data-testid="meeting" data-meeting-id={meeting.id} data-next={next ? 'true' : undefined} aria-current={onNow ? 'time' : undefined}>
      <div class="meeting-times">
        <div class="meeting-times-venue tabular" data-testid="venue-time">
          {venueOtherDay ? `${formatShortDay(meeting.startsAt, venueZone)}, ` : ''}
          {formatRange(meeting.startsAt, meeting.endsAt, venueZone)} <abbr title={venueZone}>{zoneAbbreviation(meeting.startsAt, venueZone)}</abbr>
          <span class="visually-hidden"> ({t('common.venueTime')})</span>
        </div>
        {viewerDiffers && (
          <div class="meeting-times-viewer tabular" data-testid="viewer-time">
            {formatRange(meeting.startsAt, meeting.endsAt, viewerZone)} <abbr title={viewerZone}>{zoneAbbreviation(meeting.startsAt, viewerZone)}</abbr>{' '}
            ({t('common.yourTime')})
          </div>
        )}
      </div>
      <div class="meeting-body">
        {/* Agenda items, and titles without a translation, are English: laid out in their own direction. */}
        <p class="meeting-title" dir="auto" lang={title.lang === language ? undefined : title.lang} data-testid="meeting-title">
          <Title>{title.text}</Title>
        </p>
        <div class="meeting-facts">
          {onNow && <span class="badge badge-now">{t('common.onNow')}</span>}
          {next && <span class="badge badge-next">{t('timetable.next')}</span>}
          {meeting.cancelled && <span class="badge badge-cancelled">{t('common.cancelled')}</span>}
          <span>{labelOr('kind', meeting.kind)}</span>
          <span aria-hidden="true">·</span>
          <span>{labelOr('format', meeting.format)}</span>
          <span aria-hidden="true">·</span>
          <span>{meeting.room ?? t('common.virtual')}</span>
          {meeting.webcast && <span class="badge badge-webcast">{t('common.webcast')}</span>}
          {meeting.preparatory && <span class="badge">{t('common.preparatory')}</span>}
          {meeting.rehearsal && <span class="badge badge-rehearsal">{t('common.rehearsal')}</span>}
          {meeting.provisional && (
            <span class="badge badge-provisional" data-testid="provisional" title={meeting.note ?? undefined}>
              {t('common.provisional')}
            </span>
          )}
        </div>
        {meeting.provisional && meeting.note && (
          <p class="meeting-note hint" dir="auto">
            {t('timetable.provisionalHint', { note: meeting.note })}
          </p>
        )}
        {items.length > 0 && (
          <ul class="meeting-agenda" aria-label={t('timetable.agenda')}>
            {items.map((item) => (
              <li key={item.id} title={`${item.code}. ${item.title}`} dir="auto">
                <strong>{item.code}.</strong> {item.title}
              </li>
            ))}
          </ul>
        )}
        <nav class="meeting-links" aria-label={t('timetable.links', { title: title.text })}>
          {/* A cancelled meeting keeps its link: the calendar then marks the event cancelled. */}
          {!meeting.rehearsal && (
            <a href={`/api/meetings/${meeting.id}/calendar.ics`} download aria-label={t('timetable.meetingCalendarFor', { title: title.text })} data-testid="meeting-calendar">
              {t('timetable.meetingCalendar')}
            </a>
          )}
          {meeting.webcast && !meeting.cancelled && (
            <>
              {/* The screens take their language from the address: open them in the one read here. */}
              <a href={`/display/${meeting.id}?lang=${language}`}>{t('timetable.openDisplay')}</a>
              <a href={`/overlay/${meeting.id}?lang=${language}`}>{t('timetable.openOverlay')}</a>
            </>
          )}
        </nav>
      </div>
    </li>
  );
}
