import { useMemo, useState } from 'preact/hooks';
import { Countdown } from '../../components/countdown';
import { ConnectionBadge } from '../../components/connection-badge';
import { ErrorMessage } from '../../components/error-message';
import { SCREEN_NEXT_SPEAKERS, useScreenData } from '../../components/use-screen-data';
import { createChime } from '../../lib/chime';
import { floorStatusKey } from '../../lib/floor-label';
import { parseDisplayOptions } from '../../lib/page-options';
import { mountPage } from '../../i18n/mount';
import { capacityLine, delegationName, speakerMessage, t } from '../../lib/strings';

function Display() {
  const data = useScreenData(SCREEN_NEXT_SPEAKERS);
  const { floor, speaker, waiting: next, meeting } = data;
  const [options] = useState(() => parseDisplayOptions(window.location.search));
  const chime = useMemo(() => (options.sound ? createChime() : null), [options.sound]);
  const [soundReady, setSoundReady] = useState(() => chime?.ready() ?? false);

  if (data.meetingId === null) {
    return <main class="display"><p class="display-refused" role="alert">{t('display.badMeeting')}</p></main>;
  }
  const title = meeting?.title ?? '';

  return (
    <main class="display" data-status={floor?.status ?? 'loading'}>
      <header class="display-top">
        <span class="display-meeting" dir="auto">{speaker ? title : ''}</span>
        <ConnectionBadge state={data.connection} />
      </header>
      {data.refusal && (
        <p class="display-refused" role="alert" data-testid="refusal">
          <ErrorMessage error={data.refusal} framed={(text) => t('display.refused', { message: text })} />
        </p>
      )}
      {floor?.message && (
        <p class="display-message" role="status" data-testid="message" dir="auto">
          {speakerMessage(floor.message)}
        </p>
      )}
      {speaker ? (
        <section class="display-speaker" aria-live="polite">
          <h1 class="display-name" data-testid="speaker-name">{delegationName(speaker.delegation)}</h1>
          <p class="display-capacity" data-testid="speaker-capacity">{capacityLine(speaker.capacity, speaker.onBehalfOf)}</p>
          <Countdown floor={floor} offsetMs={data.offsetMs} class="display-countdown" onZero={() => chime?.play()} />
          <p class="display-status" data-testid="floor-status">
            {floor && floor.status !== 'running' ? t(floorStatusKey(floor)) : ''}
          </p>
        </section>
      ) : (
        <section class="display-idle" aria-live="polite">
          <h1 class="display-title" data-testid="meeting-title" dir="auto">{title}</h1>
          <p class="display-up-next" data-testid="idle-next">
            {next.length > 0 ? t('display.nextSpeaker', { name: delegationName(next[0].delegation) }) : floor ? t('display.noSpeakers') : ''}
          </p>
        </section>
      )}
      {speaker && next.length > 0 && (
        <footer class="display-next" data-testid="next-speakers">
          <h2>{t('display.next')}</h2>
          <ol>
            {next.map((entry) => (
              <li key={entry.id}>
                <span class="next-name">{delegationName(entry.delegation)}</span>
                <span class="next-capacity">{capacityLine(entry.capacity, entry.onBehalfOf)}</span>
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
