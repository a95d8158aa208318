import { useState } from 'preact/hooks';
import type { SpeakerEntryView, SpeakersListView } from '../../../src/shared/api-types';
import { waitingEntries } from '../../lib/meetings';
import type { PresenceByDelegation } from '../../lib/presence';
import { capacityLine, delegationName, t } from '../../lib/strings';
import { formatClock, zoneAbbreviation } from '../../lib/time-format';
import { formatCountdown } from '../../../src/domain/timer/time-left';
import { NextReadiness, PresenceBadges } from './presence-badges';

interface Props {
  speakers: SpeakersListView | null;
  presence: PresenceByDelegation;
  /** Statements paused by a point of order: on the floor, but not speaking now. */
  interruptedIds: readonly number[];
  venueZone: string;
  busy: boolean;
  onMove: (entry: SpeakerEntryView, position: number) => void;
  onSwap: (a: SpeakerEntryView, b: SpeakerEntryView) => void;
  onWithdraw: (entry: SpeakerEntryView) => void;
  onCallAgain: (entry: SpeakerEntryView) => void;
  onSetClosed: (closed: boolean) => void;
}

function MoveTo({ entry, max, busy, onMove }: { entry: SpeakerEntryView; max: number; busy: boolean; onMove: Props['onMove'] }) {
  const [target, setTarget] = useState('');
  const label = t('officer.moveTo', { name: delegationName(entry.delegation) });
  return (
    <form
      class="actions"
      onSubmit={(event) => {
        event.preventDefault();
        const position = Number(target);
        if (Number.isInteger(position) && position >= 1) onMove(entry, position);
        setTarget('');
      }}
    >
      <input type="number" min={1} max={max} value={target} aria-label={label} title={label} onInput={(e) => setTarget((e.target as HTMLInputElement).value)} />
      <button type="submit" class="small secondary" disabled={busy || target === ''} data-focus-key={`move-${entry.id}`}>
        {t('officer.move')}
      </button>
    </form>
  );
}

export function ListPanel({ speakers, presence, interruptedIds, venueZone, busy, onMove, onSwap, onWithdraw, onCallAgain, onSetClosed }: Props) {
  const [selected, setSelected] = useState<number[]>([]);
  const waiting = waitingEntries(speakers);
  const speaking = speakers?.entries.filter((entry) => entry.status === 'speaking') ?? [];
  const finished = speakers?.entries.filter((entry) => entry.status === 'done' || entry.status === 'withdrawn') ?? [];
  const passedOver = speakers?.entries.filter((entry) => entry.status === 'not-delivered') ?? [];
  const chosen = selected.map((id) => waiting.find((entry) => entry.id === id)).filter((entry): entry is SpeakerEntryView => entry !== undefined);
  const toggle = (id: number) => setSelected((ids) => (ids.includes(id) ? ids.filter((other) => other !== id) : [...ids.slice(-1), id]));

  return (
    <section class="panel" aria-labelledby="list-heading" data-testid="list-panel">
      <div class="list-head">
        <h2 id="list-heading" tabIndex={-1}>{t('officer.list')}</h2>
        {speakers && (
          <span class={`badge ${speakers.closed ? 'badge-closed' : ''}`} data-testid="list-state">
            {speakers.closed ? t('officer.listClosed') : t('officer.listOpen')}
          </span>
        )}
        {speakers && (
          <button type="button" class="secondary" disabled={busy} onClick={() => onSetClosed(!speakers.closed)} data-focus-key="close-list">
            {speakers.closed ? t('officer.reopenList') : t('officer.closeList')}
          </button>
        )}
      </div>
      {speakers?.meetingEnded && waiting.length > 0 && (
        <p class="forecast ended" data-testid="forecast">
          {t('forecast.meetingEnded')}
        </p>
      )}
      {speakers?.expectedEndAt && !speakers.meetingEnded && (
        <p class={`forecast ${speakers.fitsInMeeting ? 'fits' : 'overrun'}`} data-testid="forecast">
          {t('officer.expectedEnd', { time: formatClock(speakers.expectedEndAt, venueZone), zone: zoneAbbreviation(speakers.expectedEndAt, venueZone) })}
          {' · '}
          {speakers.fitsInMeeting ? t('officer.fits') : t('officer.overrun', { minutes: Math.ceil((speakers.overrunSeconds ?? 0) / 60) })}
        </p>
      )}
      <NextReadiness speakers={speakers} interruptedIds={interruptedIds} presence={presence} />
      {!speakers && <p>{t('common.loading')}</p>}
      {speakers && (
        <table class="speakers" data-testid="speakers-table">
          <thead>
            <tr>
              <th scope="col">{t('officer.col.position')}</th>
              <th scope="col">{t('officer.col.delegation')}</th>
              <th scope="col">{t('officer.col.capacity')}</th>
              <th scope="col">{t('officer.col.limit')}</th>
              <th scope="col">{t('officer.col.expected')}</th>
              <th scope="col">{t('officer.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {speaking.map((entry) => (
              <tr key={entry.id} class="speaking" data-entry-id={entry.id}>
                <td>{interruptedIds.includes(entry.id) ? t('officer.interruptedRow') : t('officer.onFloorNow')}</td>
                <td>
                  {delegationName(entry.delegation)} <PresenceBadges presence={presence.get(entry.delegation.id)} />
                </td>
                <td>{capacityLine(entry.capacity, entry.onBehalfOf)}</td>
                <td class="tabular">{formatCountdown(entry.limitSeconds * 1000)}</td>
                <td />
                <td />
              </tr>
            ))}
            {waiting.length === 0 && (
              <tr>
                <td colSpan={6}>{t('officer.emptyList')}</td>
              </tr>
            )}
            {waiting.map((entry, index) => (
              <tr key={entry.id} data-testid="waiting-entry" data-entry-id={entry.id}>
                <td class="tabular">{entry.position}</td>
                <td>
                  {delegationName(entry.delegation)} <PresenceBadges presence={presence.get(entry.delegation.id)} />
                </td>
                <td>{capacityLine(entry.capacity, entry.onBehalfOf)}</td>
                <td class="tabular">
                  {formatCountdown(entry.limitSeconds * 1000)}
                  {entry.usedMs > 0 && <small> ({t('officer.used', { time: formatCountdown(entry.usedMs) })})</small>}
                </td>
                <td class="tabular">{entry.expectedStartAt && !speakers.meetingEnded ? formatClock(entry.expectedStartAt, venueZone) : t('common.none')}</td>
                <td>
                  <div class="actions">
                    <input type="checkbox" checked={selected.includes(entry.id)} onChange={() => toggle(entry.id)} aria-label={t('officer.selectForSwap', { name: delegationName(entry.delegation) })} />
                    <button type="button" class="small secondary" disabled={busy || index === 0} onClick={() => onMove(entry, (entry.position ?? index + 1) - 1)} data-focus-key={`up-${entry.id}`} aria-label={t('officer.moveUp', { name: delegationName(entry.delegation) })}>
                      ↑
                    </button>
                    <button type="button" class="small secondary" disabled={busy || index === waiting.length - 1} onClick={() => onMove(entry, (entry.position ?? index + 1) + 1)} data-focus-key={`down-${entry.id}`} aria-label={t('officer.moveDown', { name: delegationName(entry.delegation) })}>
                      ↓
                    </button>
                    <MoveTo entry={entry} max={waiting.length} busy={busy} onMove={onMove} />
                    <button type="button" class="small danger" disabled={busy} onClick={() => onWithdraw(entry)} data-focus-key={`withdraw-${entry.id}`} aria-label={t('officer.withdrawName', { name: delegationName(entry.delegation) })}>
                      {t('officer.withdraw')}
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {speakers && waiting.length >= 2 && (
        <p>
          <button
            type="button"
            class="secondary"
            disabled={busy || chosen.length !== 2}
            onClick={() => {
              onSwap(chosen[0], chosen[1]);
              setSelected([]);
            }}
          >
            {t('officer.swap')}
          </button>{' '}
          <small class="hint" style={{ display: 'inline' }}>{t('officer.swapHint')}</small>
        </p>
      )}
      {passedOver.length > 0 && (
        <div class="passed-over" data-testid="passed-over">
          <h3>{t('officer.passedOver', { n: passedOver.length })}</h3>
          <ul>
            {passedOver.map((entry) => (
              <li key={entry.id}>
                {delegationName(entry.delegation)} · {capacityLine(entry.capacity, entry.onBehalfOf)}{' '}
                <button type="button" class="small secondary" disabled={busy} onClick={() => onCallAgain(entry)} data-focus-key={`call-again-${entry.id}`} aria-label={t('officer.callAgainName', { name: delegationName(entry.delegation) })}>
                  {t('officer.callAgain')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {finished.length > 0 && (
        <details>
          <summary>{t('officer.finished', { n: finished.length })}</summary>
          <ol>
            {finished.map((entry) => (
              <li key={entry.id}>
                {delegationName(entry.delegation)} · {capacityLine(entry.capacity, entry.onBehalfOf)} · {t(entry.status === 'done' ? 'entryStatus.done' : 'entryStatus.withdrawn')}
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
