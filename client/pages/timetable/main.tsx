import { useEffect, useMemo, useState } from 'preact/hooks';
import type { AgendaItemView, ConferenceDetail, MeetingView } from '../../../src/shared/api-types';
import { LanguageSwitcher } from '../../components/language-switcher';
import { NoticeRegion } from '../../components/notice-region';
import { mountPage } from '../../i18n/mount';
import { loadAgenda, loadConference, loadMeetings, loadServerOffset } from '../../lib/conference-data';
import { currentLanguage, t } from '../../lib/strings';
import { parseNowOption } from '../../lib/page-options';
import { dayKey, formatDay, formatShortDay } from '../../lib/time-format';
import { useViewerZone } from '../../lib/viewer-zone';
import { ZoneSelect } from '../../components/zone-select';
import { useNotices } from '../../lib/use-notices';
import { DayTab, DayTabs } from './day-tabs';
import { MeetingRow } from './meeting-row';
import { byDay, nowAndNext } from './now-and-next';
import { NowAndNext } from './now-and-next-line';

// "Now" and "next" move on the minute, as meetings start and end on it.
const NOW_REFRESH_MS = 60_000;
// `?now=` puts the page inside another week (a rehearsal, a test); its clock then runs on from there.
const PAGE_NOW_MS = parseNowOption(location.search);
const PAGE_OPENED_MS = Date.now();

function Timetable() {
  const notices = useNotices();
  const [conference, setConference] = useState<ConferenceDetail | null>(null);
  const [meetings, setMeetings] = useState<MeetingView[] | null>(null);
  const [agenda, setAgenda] = useState<Map<number, AgendaItemView>>(new Map());
  const [viewerZone, chooseZone] = useViewerZone();
  const [offsetMs, setOffsetMs] = useState(0);
  const [localNow, setLocalNow] = useState(Date.now());
  const [chosenDay, setChosenDay] = useState<string | null>(null);

  useEffect(() => {
    (async () => {
      const detail = await loadConference();
      setConference(detail);
      const [list, items] = await Promise.all([loadMeetings(detail.slug), loadAgenda(detail.slug)]);
      setAgenda(new Map(items.map((item) => [item.id, item])));
      setMeetings(list);
    })().catch(notices.error);
    // The meeting on now is by the server's clock, not this computer's.
    if (PAGE_NOW_MS === null) {
      loadServerOffset()
        .then((offset) => {
          setOffsetMs(offset);
          setLocalNow(Date.now());
        })
        .catch(notices.error);
    }
    const timer = setInterval(() => setLocalNow(Date.now()), NOW_REFRESH_MS);
    return () => clearInterval(timer);
  }, [notices.error]);

  const language = currentLanguage();
  useEffect(() => {
    if (conference) document.title = t('timetable.heading', { title: conference.shortTitle || conference.title });
  }, [conference, language]);

  const nowMs = PAGE_NOW_MS === null ? localNow + offsetMs : PAGE_NOW_MS + (localNow - PAGE_OPENED_MS);
  const venueZone = conference?.timeZone ?? 'UTC';
  // Consultations months before the conference fold away; the week itself is the page.
  const startsOn = conference?.startsOn ?? '';
  const { earlier, week } = useMemo(() => {
    const all = meetings ?? [];
    const before = all.filter((meeting) => dayKey(meeting.startsAt, venueZone) < startsOn);
    return { earlier: byDay(before, viewerZone), week: byDay(all.filter((meeting) => !before.includes(meeting)), viewerZone) };
  }, [meetings, venueZone, viewerZone, startsOn]);
  const { onNow, next } = useMemo(() => nowAndNext(meetings ?? [], nowMs), [meetings, nowMs]);

  const todayKey = dayKey(nowMs, viewerZone);
  const tabs: DayTab[] = week.map(([key, dayMeetings]) => ({ key, label: formatShortDay(dayMeetings[0].startsAt, viewerZone), today: key === todayKey }));
  const selectedDay = week.find(([key]) => key === chosenDay) ?? week.find(([key]) => key === todayKey) ?? week[0];

  const renderDay = ([key, dayMeetings]: [string, MeetingView[]]) => (
    <section class="day" key={key} aria-labelledby={`day-${key}`} data-testid="day">
      <h2 id={`day-${key}`}>{formatDay(dayMeetings[0].startsAt, viewerZone)}</h2>
      <ul class="meetings">
        {dayMeetings.map((meeting) => (
          <MeetingRow
            key={meeting.id}
            meeting={meeting}
            agenda={agenda}
            venueZone={venueZone}
            viewerZone={viewerZone}
            onNow={onNow.includes(meeting)}
            next={next.includes(meeting)}
          />
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
          <ZoneSelect
            id="viewer-zone"
            label={t('timetable.zoneLabel')}
            value={viewerZone}
            venueZone={venueZone}
            onChange={chooseZone}
            hint={t('timetable.zoneHint', { zone: venueZone })}
            nowMs={nowMs}
          />
          {conference && (
            <a class="button secondary" href={`/api/conferences/${encodeURIComponent(conference.slug)}/calendar.ics`} download data-testid="week-calendar">
              {t('timetable.calendar')}
            </a>
          )}
        </div>
        {meetings === null && <p>{t('common.loading')}</p>}
        {meetings !== null && meetings.length === 0 && <p>{t('timetable.empty')}</p>}
        {(onNow.length > 0 || next.length > 0) && <NowAndNext onNow={onNow} next={next} viewerZone={viewerZone} />}
        {selectedDay && (
          <DayTabs days={tabs} selected={selectedDay[0]} onSelect={setChosenDay}>
            {renderDay(selectedDay)}
          </DayTabs>
        )}
        {earlier.length > 0 && (
          <details class="earlier-days">
            <summary>{t('timetable.earlier', { n: earlier.reduce((sum, [, list]) => sum + list.length, 0) })}</summary>
            {earlier.map(renderDay)}
          </details>
        )}
      </main>
    </>
  );
}

mountPage(Timetable, { titleKey: 'timetable.title', honourStoredChoice: true });
