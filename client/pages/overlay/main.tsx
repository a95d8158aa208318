import { useState } from 'preact/hooks';
import { Countdown } from '../../components/countdown';
import { SCREEN_NEXT_SPEAKERS, useScreenData } from '../../components/use-screen-data';
import { floorStatusKey } from '../../lib/floor-label';
import { overlayVisible } from '../../lib/overlay-visibility';
import { parseOverlayOptions } from '../../lib/page-options';
import { directionOf } from '../../i18n/languages';
import { mountPage } from '../../i18n/mount';
import { capacityLine, currentLanguage, delegationName, speakerMessage, t } from '../../lib/strings';

/**
 * A lower third on a transparent page, for OBS and other broadcast software. Only the speaker
 * goes on air: no connection badge (it counts on locally and resyncs quietly), nothing at all with
 * nobody on the floor, off air, or when the server refuses the meeting.
 */
function Overlay() {
  const [options] = useState(() => parseOverlayOptions(window.location.search));
  const data = useScreenData(options.showNext ? SCREEN_NEXT_SPEAKERS : 0);
  const { floor, speaker, waiting: next } = data;
  // Scaled from the corner the bar starts in: the left one, the right one in Arabic.
  const side = directionOf(currentLanguage()) === 'rtl' ? 'right' : 'left';
  const style = { transform: `scale(${options.scale})`, transformOrigin: `${options.position} ${side}` };
  const visible = overlayVisible(floor, speaker !== null, data.refusal !== null);

  return (
    <main class={`overlay overlay-${options.position}`} data-visible={visible ? 'yes' : 'no'} data-connection={data.connection}>
      {visible && speaker && (
        <div class="overlay-bar" style={style} data-testid="overlay-bar">
          {floor?.message && <p class="overlay-message" data-testid="message" dir="auto">{speakerMessage(floor.message)}</p>}
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
          {next.length > 0 && (
            <p class="overlay-next" data-testid="next-speakers">
              <span class="overlay-next-label">{t('display.nextLabel')}</span> {next.map((entry) => delegationName(entry.delegation)).join(' · ')}
            </p>
          )}
        </div>
      )}
    </main>
  );
}

mountPage(Overlay, { titleKey: 'overlay.title', honourStoredChoice: false });
