import { useMemo, useRef, useState } from 'preact/hooks';
import { Countdown } from '../../components/countdown';
import { showProgress, StatementBar } from '../../components/statement-bar';
import { ErrorMessage } from '../../components/error-message';
import { SCREEN_NEXT_SPEAKERS, useScreenData } from '../../components/use-screen-data';
import { VenueClock } from '../../components/venue-clock';
import { createChime } from '../../lib/chime';
import type { CountdownView } from '../../lib/countdown';
import { floorStatusKey } from '../../lib/floor-label';
import { meetingTitle } from '../../lib/meeting-title';
import { parseDisplayOptions } from '../../lib/page-options';
import { mountPage } from '../../i18n/mount';
import { capacityLine, currentLanguage, delegationName, speakerMessage, t } from '../../lib/strings';
import { ConnectionDot } from './connection-dot';
import { ProjectorList } from './projector-list';
import { UpcomingName } from './upcoming-name';

/** How long the flash at zero lasts. */
const FLASH_MS = 3000;

function Display() {
  const [options] = useState(() => parseDisplayOptions(window.location.search));
  const data = useScreenData(options.list ? undefined : SCREEN_NEXT_SPEAKERS);
  const { floor, speaker, waiting: next, meeting } = data;
  const chime = useMemo(() => (options.sound ? createChime() : null), [options.sound]);
  const [soundReady, setSoundReady] = useState(() => chime?.ready() ?? false);
  const [flashing, setFlashing] = useState(false);
  const flashTimer = useRef<ReturnType<typeof setTimeout>>();
  const barRef = useRef<HTMLDivElement>(null);

  if (data.meetingId === null) {
    return <main class="display"><p class="display-refused" role="alert">{t('display.badMeeting')}</p></main>;
  }
  if (data.refusalCode === 'MEETING_NOT_PUBLIC') {
    return (
      <main class="display display-not-public">
        <p class="display-refused" role="alert" data-testid="not-public">{t('screens.notPublic')}</p>
      </main>
    );
  }
  const title = meeting ? meetingTitle(meeting, currentLanguage()).text : '';
  const zone = meeting?.venueLocal.zone ?? null;
  const interruptedIds = floor?.interruptedEntryIds ?? [];
  const atZero = () => {
    chime?.play();
    if (!options.flash) return;
    setFlashing(true);
    clearTimeout(flashTimer.current);
    flashTimer.current = setTimeout(() => setFlashing(false), FLASH_MS);
  };
  const onView = (view: CountdownView | null) => showProgress(barRef.current, view, floor?.limitMs ?? 0);
  const countdown = <Countdown floor={floor} offsetMs={data.offsetMs} class="display-countdown" onZero={atZero} onView={onView} />;
  const status = <p class="display-status" data-testid="floor-status">{floor && floor.status !== 'running' ? t(floorStatusKey(floor)) : ''}</p>;

  return (
    <main class={`display${options.list ? ' display-list' : ''}`} data-status={floor?.status ?? 'loading'} data-flash={flashing ? 'on' : 'off'}>
      <header class="display-top">
        <span class="display-meeting" dir="auto">{speaker || options.list ? title : ''}</span>
        <span class="display-corner">
          {zone && <VenueClock zone={zone} offsetMs={data.offsetMs} />}
          <ConnectionDot state={data.connection} />
        </span>
      </header>
      {data.refusal && (
        <p class="display-refused" role="alert" data-testid="refusal">
          <ErrorMessage error={data.refusal} framed={(text) => t('display.refused', { message: text })} />
        </p>
      )}
      {flashing && <p class="display-time-up" role="alert" data-testid="flash">{t('screens.timeUp')}</p>}
      {floor?.message && (
        <p class="display-message" role="status" data-testid="message" dir="auto">
          {speakerMessage(floor.message)}
        </p>
      )}
      {options.list ? (
        <>
          {speaker && (
            <section class="projector-floor" aria-live="polite">
              <span class="projector-floor-label">{t('screens.onTheFloor')}</span>
              <span class="projector-floor-who">
                <span class="display-name" data-testid="speaker-name">{delegationName(speaker.delegation)}</span>
                <span class="display-capacity" data-testid="speaker-capacity">{capacityLine(speaker.capacity, speaker.onBehalfOf)}</span>
              </span>
              {countdown}
              <StatementBar barRef={barRef} />
              {status}
            </section>
          )}
          <ProjectorList upcoming={next} list={data.speakers} interruptedIds={interruptedIds} zone={zone ?? 'UTC'} />
        </>
      ) : speaker ? (
        <section class="display-speaker" aria-live="polite">
          <h1 class="display-name" data-testid="speaker-name">{delegationName(speaker.delegation)}</h1>
          <p class="display-capacity" data-testid="speaker-capacity">{capacityLine(speaker.capacity, speaker.onBehalfOf)}</p>
          {countdown}
          <StatementBar barRef={barRef} />
          {status}
        </section>
      ) : (
        <section class="display-idle" aria-live="polite">
          <h1 class="display-title" data-testid="meeting-title" dir="auto">{title}</h1>
          <p class="display-up-next" data-testid="idle-next">
            {next.length > 0 ? t('display.nextSpeaker', { name: delegationName(next[0].delegation) }) : floor && !data.refusal ? t('display.noSpeakers') : ''}
          </p>
        </section>
      )}
      {!options.list && speaker && next.length > 0 && (
        <footer class="display-next" data-testid="next-speakers">
          <h2>{t('display.next')}</h2>
          <ol>
            {next.map((entry) => (
              <li key={entry.id}>
                <UpcomingName entry={entry} resumes={interruptedIds.includes(entry.id)} />
              </li>
            ))}
          </ol>
        </footer>
      )}
      {chime && !soundReady && (
        <button type="button" class="display-sound" onClick={() => void chime.unlock().then(() => setSoundReady(chime.ready()))}>
          {t('display.enableSound')}
        </button>
      )}
    </main>
  );
}

// The webcast's language comes from the address (?lang=), else the browser's.
mountPage(Display, { titleKey: 'display.title', honourStoredChoice: false });
