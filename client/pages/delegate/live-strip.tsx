import type { FloorStateView, SpeakersListView } from '../../../src/shared/api-types';
import { Countdown } from '../../components/countdown';
import { floorStatusKey } from '../../lib/floor-label';
import { ownTurn } from '../../lib/own-turn';
import { capacityLine, delegationName, formatList, t } from '../../lib/strings';
import { ExpectedStart } from './expected-start';

interface Props {
  floor: FloorStateView | null;
  speakers: SpeakersListView | null;
  offsetMs: () => number;
  delegationId: number;
  viewerZone: string;
  venueZone: string;
}

function FloorNow({ floor, speakers, offsetMs }: Pick<Props, 'floor' | 'speakers' | 'offsetMs'>) {
  const speaker = floor && floor.status !== 'idle' ? floor.speaker : null;
  if (!floor || !speaker) return <p class="strip-speaker" data-testid="strip-speaker">{t('status.idle')}</p>;
  const pointOfOrder = speaker.capacity === 'point-of-order';
  const interrupted = floor.interruptedEntryIds
    .map((id) => speakers?.entries.find((entry) => entry.id === id)?.delegation)
    .filter((delegation) => delegation !== undefined)
    .map(delegationName);
  return (
    <div class={`strip-floor${pointOfOrder ? ' point-of-order' : ''}`}>
      <div class="strip-who">
        <p class="strip-speaker" data-testid="strip-speaker">{delegationName(speaker.delegation)}</p>
        <p class="strip-capacity" data-testid="strip-capacity">{capacityLine(speaker.capacity, speaker.onBehalfOf)}</p>
        {interrupted.length > 0 && <p class="strip-interrupted">{t('officer.interrupted', { names: formatList(interrupted) })}</p>}
      </div>
      <div class="strip-time">
        <Countdown floor={floor} offsetMs={offsetMs} class="strip-countdown" />
        {floor.status !== 'running' && <span class="strip-status" data-testid="strip-status">{t(floorStatusKey(floor))}</span>}
      </div>
    </div>
  );
}

/** Who has the floor with the time left, counted locally as on the display, and where the delegation stands. */
export function LiveStrip(props: Props) {
  const turn = ownTurn(props.speakers, props.delegationId, props.floor?.interruptedEntryIds ?? []);
  const floor = props.floor;
  const onFloor = (floor?.status === 'running' || floor?.status === 'paused') && floor.speaker?.delegation.id === props.delegationId;
  const next = !onFloor && turn?.ahead === 0;
  const ended = props.speakers?.meetingEnded ?? false;
  return (
    <section class={`panel live-strip${next ? ' you-are-next' : ''}`} aria-labelledby="strip-heading" data-testid="live-strip">
      <h2 id="strip-heading" class="strip-heading">{t('delegateLive.stripHeading')}</h2>
      <FloorNow floor={props.floor} speakers={props.speakers} offsetMs={props.offsetMs} />
      {/* Announced when it changes, without the countdown: a screen reader hears the turn coming, not every second. */}
      <div aria-live="polite" aria-atomic="true" data-testid="own-turn">
        {onFloor ? (
          <p class="strip-next" data-testid="strip-own-floor"><strong>{t('delegate.speakingNow')}</strong></p>
        ) : next ? (
          <p class="strip-next" data-testid="you-are-next">
            <strong>{t('delegateLive.youAreNext')}</strong> <span>{t('delegateLive.youAreNextHint')}</span>
          </p>
        ) : (
          turn && <p class="strip-place" data-testid="strip-place">{t('delegateLive.place', { position: turn.ahead + 1 })}</p>
        )}
      </div>
      {turn?.entry.expectedStartAt && !ended && (
        <p class="strip-expected" data-testid="strip-expected">
          <ExpectedStart expectedStartAt={turn.entry.expectedStartAt} viewerZone={props.viewerZone} venueZone={props.venueZone} />
        </p>
      )}
    </section>
  );
}
