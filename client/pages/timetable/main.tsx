import { useEffect, useMemo, useState } from 'preact/hooks';
import type { AgendaItemView, ConferenceDetail, MeetingView } from '../../../src/shared/api-types';
import { LanguageSwitcher } from '../../components/language-switcher';
import { NoticeRegion } from '../../components/notice-region';
import { mountPage } from '../../i18n/mount';
import { loadAgenda, loadConference, loadMeetings, loadServerOffset } from '../../lib/conference-data';
import { isOnNow } from '../../lib/meetings';
import { currentLanguage, t } from '../../lib/strings';
import { dayKey, formatDay } from '../../lib/time-format';
import { useViewerZone } from '../../lib/viewer-zone';
import { ZoneSelect } from '../../components/zone-select';
import { useNotices } from '../../lib/use-notices';
import { MeetingRow } from './meeting-row';

const NOW_REFRESH_MS = 30_000;

function Timetable() {
  const notices = useNotices();
  const [conference, setConference] = useState<ConferenceDetail | null>(null);
  const [meetings, setMeetings] = useState<MeetingView[] | null>(null);
  const [agenda, setAgenda] = useState<Map<number, AgendaItemView>>(new Map());
  const [viewerZone, chooseZone] = useViewerZone();
  const [offsetMs, setOffsetMs] = useState(0);
  const [localNow, setLocalNow] = useState(Date.now());

  useEffect(() => {
    (async () => {
      const detail = await loadConference();
      setConference(detail);
      const [list, items] = await Promise.all([loadMeetings(detail.slug), loadAgenda(detail.slug)]);
      setAgenda(new Map(items.map((item) => [item.id, item])));
      setMeetings(list);
    })().catch(notices.error);
    // The meeting on now is by the server's clock, not this computer's.
    loadServerOffset()
      .then((offset) => {
        setOffsetMs(offset);
        setLocalNow(Date.now());
      })
      .catch(notices.error);
    const timer = setInterval(() => setLocalNow(Date.now()), NOW_REFRESH_MS);
    return () => clearInterval(timer);
  }, [notices.error]);

  const language = currentLanguage();
  useEffect(() => {
    if (conference) document.title = t('timetable.heading', { title: conference.shortTitle || conference.title });
  }, [conference, language]);

  const venueZone = conference?.timeZone ?? 'UTC';
  const days = useMemo(() => {
    const byDay = new Map<string, MeetingView[]>();
    for (const meeting of meetings ?? []) {
      const key = dayKey(meeting.startsAt, venueZone);
      byDay.set(key, [...(byDay.get(key) ?? []), meeting]);
    }
    return [...byDay.entries()].sort(([a], [b]) => a.localeCompare(b));
  }, [meetings, venueZone]);
  const serverNow = localNow + offsetMs;
  // Consultations months before the conference fold away; the week itself is the page.
  const startsOn = conference?.startsOn ?? '';
  const earlier = days.filter(([key]) => key < startsOn);
  const week = days.filter(([key]) => key >= startsOn);

  const renderDay = ([key, dayMeetings]: [string, MeetingView[]]) => (
    <section class="day" key={key} aria-labelledby={`day-${key}`} data-testid="day">
      <h2 id={`day-${key}`}>{formatDay(dayMeetings[0].startsAt, venueZone)}</h2>
      <ul class="meetings">
        {dayMeetings.map((meeting) => (
          <MeetingRow key={meeting.id} meeting={meeting} agenda={agenda} venueZone={venueZone} viewerZone={viewerZone} onNow={isOnNow(meeting, serverNow)} />
        ))}
      </ul>
    </section>
  );

  return (
    <>
      <header class="app-header">
        <h1>{conference ? t('timetable.heading', { title: conference.shortTitle || conference.title }) : t('timetable.title')}</h1>
        <nav aria-label={t('app.name')}>
          <a href="/officer">{t('timetable.pages')}</a> · <a href="/delegate">{t('timetable.delegatePage')}</a>
        </nav>
        <LanguageSwitcher />
      </header>
      <main class="app-main">
        <NoticeRegion notices={notices.notices} onDismiss={notices.dismiss} />
        {conference && <p dir="auto">{conference.title}</p>}
        {conference && conference.documents.length > 0 && (
          <section class="conference-documents" aria-label={t('timetable.documents')}>
            <h2 class="visually-hidden">{t('timetable.documents')}</h2>
            <ul data-testid="documents">
              {conference.documents.map((document) => (
                <li key={document.symbol} dir="auto">
                  <strong>{document.symbol}</strong> {document.title} ({formatDay(`${document.date}T12:00:00Z`, 'UTC')})
                </li>
              ))}
            </ul>
          </section>
        )}
        <div class="timetable-controls">
          <ZoneSelect id="viewer-zone" label={t('timetable.zoneLabel')} value={viewerZone} venueZone={venueZone} onChange={chooseZone} hint={t('timetable.zoneHint', { zone: venueZone })} />
          {conference && (
            <a class="button secondary" href={`/api/conferences/${encodeURIComponent(conference.slug)}/calendar.ics`} download>
              {t('timetable.calendar')}
            </a>
          )}
        </div>
        {meetings === null && <p>{t('common.loading')}</p>}
        {meetings !== null && meetings.length === 0 && <p>{t('timetable.empty')}</p>}
        {earlier.length > 0 && (
          <details class="earlier-days">
            <summary>{t('timetable.earlier', { n: earlier.reduce((sum, [, list]) => sum + list.length, 0) })}</summary>
            {earlier.map(renderDay)}
          </details>
        )}
        {week.map(renderDay)}
      </main>
    </>
  );
}

mountPage(Timetable, { titleKey: 'timetable.title', honourStoredChoice: true });
