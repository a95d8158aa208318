import { render } from 'preact';
import { useState } from 'preact/hooks';
import { Countdown } from '../../components/countdown';
import { ConnectionBadge } from '../../components/connection-badge';
import { useScreenData } from '../../components/use-screen-data';
import { parseOverlayOptions } from '../../lib/page-options';
import { capacityLine, t } from '../../lib/strings';

/** A lower third on a transparent page, for OBS and other broadcast software. */
function Overlay() {
  const data = useScreenData();
  const { floor, speaker, waiting, meeting } = data;
  const [options] = useState(() => parseOverlayOptions(window.location.search));
  const next = options.showNext ? waiting.slice(0, 2) : [];
  const style = { transform: `scale(${options.scale})`, transformOrigin: `${options.position} left` };

  return (
    <main class={`overlay overlay-${options.position}`}>
      <div class="overlay-bar" style={style} data-testid="overlay-bar">
        <ConnectionBadge state={data.connection} />
        {data.refusal && <p class="overlay-refused" role="alert" data-testid="refusal">{t('display.refused', { message: data.refusal })}</p>}
        {floor?.message && <p class="overlay-message" data-testid="message">{floor.message}</p>}
        {speaker ? (
          <div class="overlay-main">
            <div class="overlay-who">
              <span class="overlay-name" data-testid="speaker-name">{speaker.delegation.name}</span>
              <span class="overlay-capacity" data-testid="speaker-capacity">{capacityLine(speaker.capacity, speaker.onBehalfOf)}</span>
            </div>
            <Countdown floor={floor} offsetMs={data.offsetMs} class="overlay-countdown" />
          </div>
        ) : (
          <div class="overlay-main">
            <div class="overlay-who">
              <span class="overlay-name" data-testid="meeting-title">{meeting?.title ?? ''}</span>
            </div>
          </div>
        )}
        {next.length > 0 && (
          <p class="overlay-next" data-testid="next-speakers">
            <span class="overlay-next-label">{t('display.next')}:</span>{' '}
            {(speaker ? next : next.slice(0, 1)).map((entry) => entry.delegation.name).join(' · ')}
          </p>
        )}
      </div>
    </main>
  );
}

document.title = t('overlay.title');
render(<Overlay />, document.getElementById('app') as HTMLElement);
