import type { SpeakerEntryView } from '../../../src/shared/api-types';
import { capacityLine, t } from '../../lib/strings';
import { ExpectedStart } from './expected-start';
import { WithdrawButton } from './withdraw-button';

interface Props {
  entries: SpeakerEntryView[];
  waitingCount: number;
  viewerZone: string;
  venueZone: string;
  busy: boolean;
  /** The meeting's end has passed: no expected time is worth showing. */
  meetingEnded: boolean;
  /** Statements points of order interrupted: they resume, not speak now. */
  interruptedIds: readonly number[];
  onWithdraw: (entry: SpeakerEntryView) => void;
}

export function OwnEntries({ entries, waitingCount, viewerZone, venueZone, busy, meetingEnded, interruptedIds, onWithdraw }: Props) {
  if (entries.length === 0) return <p data-testid="no-entries">{t('delegate.noEntries')}</p>;
  return (
    <div>
      {entries.map((entry) => (
        <article key={entry.id} class={`own-entry ${entry.status}`} data-testid="own-entry" data-entry-id={entry.id}>
          <p class="position" data-testid="own-position">
            {interruptedIds.includes(entry.id)
              ? t('delegateLive.resumesAfterPointOfOrder')
              : entry.status === 'speaking'
                ? t('delegate.speakingNow')
                : t('delegate.position', { position: entry.position ?? '?', total: waitingCount })}
          </p>
          <p>{capacityLine(entry.capacity, entry.onBehalfOf)}</p>
          {entry.status === 'waiting' && meetingEnded && <p data-testid="own-expected">{t('forecast.meetingEnded')}</p>}
          {entry.status === 'waiting' && entry.expectedStartAt && !meetingEnded && (
            <p data-testid="own-expected">
              <ExpectedStart expectedStartAt={entry.expectedStartAt} viewerZone={viewerZone} venueZone={venueZone} />
            </p>
          )}
          {entry.status === 'waiting' && <WithdrawButton entryId={entry.id} busy={busy} onWithdraw={() => onWithdraw(entry)} />}
        </article>
      ))}
    </div>
  );
}
