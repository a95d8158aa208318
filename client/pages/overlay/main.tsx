import { useState } from 'preact/hooks';
import { Countdown } from '../../components/countdown';
import { ConnectionBadge } from '../../components/connection-badge';
import { ErrorMessage } from '../../components/error-message';
import { SCREEN_NEXT_SPEAKERS, useScreenData } from '../../components/use-screen-data';
import { floorStatusKey } from '../../lib/floor-label';
import { parseOverlayOptions } from '../../lib/page-options';
import { directionOf } from '../../i18n/languages';
import { mountPage } from '../../i18n/mount';
import { capacityLine, currentLanguage, delegationName, speakerMessage, t } from '../../lib/strings';

/** A lower third on a transparent page, for OBS and other broadcast software. */
function Overlay() {
  const [options] = useState(() => parseOverlayOptions(window.location.search));
  const data = useScreenData(options.showNext ? SCREEN_NEXT_SPEAKERS : 0);
  const { floor, speaker, waiting: next, meeting } = data;
  // Scaled from the corner the bar starts in: the left one, the right one in Arabic.
  const side = directionOf(currentLanguage()) === 'rtl' ? 'right' : 'left';
  const style = { transform: `scale(${options.scale})`, transformOrigin: `${options.position} ${side}` };

  return (
    <main class={`overlay overlay-${options.position}`}>
      <div class="overlay-bar" style={style} data-testid="overlay-bar">
        <ConnectionBadge state={data.connection} />
        {data.refusal && <p class="overlay-refused" role="alert" data-testid="refusal"><ErrorMessage error={data.refusal} framed={(text) => t('display.refused', { message: text })} /></p>}
        {floor?.message && <p class="overlay-message" data-testid="message" dir="auto">{speakerMessage(floor.message)}</p>}
        {speaker ? (
          <div class="overlay-main">
            <div class="overlay-who">
              <span class="overlay-name" data-testid="speaker-name">{delegationName(speaker.delegation)}</span>
              <span class="overlay-capacity" data-testid="speaker-capacity">{capacityLine(speaker.capacity, speaker.onBehalfOf)}</span>
            </div>
            <Countdown floor={floor} offsetMs={data.offsetMs} class="overlay-countdown" />
            {floor && floor.status !== 'running' && (
              <span class="overlay-status" data-testid="floor-status">
                {t(floorStatusKey(floor))}
              </span>
            )}
          </div>
        ) : (
          <div class="overlay-main">
            <div class="overlay-who">
              <span class="overlay-name" data-testid="meeting-title" dir="auto">{meeting?.title ?? ''}</span>
            </div>
          </div>
        )}
        {next.length > 0 && (
          <p class="overlay-next" data-testid="next-speakers">
            <span class="overlay-next-label">{t('display.nextLabel')}</span>{' '}
            {(speaker ? next : next.slice(0, 1)).map((entry) => delegationName(entry.delegation)).join(' · ')}
          </p>
        )}
      </div>
    </main>
  );
}

mountPage(Overlay, { titleKey: 'overlay.title', honourStoredChoice: false });
