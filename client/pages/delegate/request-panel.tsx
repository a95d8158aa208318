import type { DelegateChoice } from '../../lib/capacity-choice';
import type { RequestBlock } from '../../lib/request-block';
import type { StringKey } from '../../lib/strings';
import { capacityLine, t } from '../../lib/strings';

const BLOCK_REASON: Record<RequestBlock, StringKey> = {
  cancelled: 'delegateLive.blockedCancelled',
  ended: 'delegateLive.blockedEnded',
  closed: 'delegateLive.blockedClosed',
};

interface Props {
  choices: DelegateChoice[];
  choice: DelegateChoice | null;
  onChoose: (index: number) => void;
  /** Why the chosen request would be refused; null when it can be made. */
  block: RequestBlock | null;
  /** The list is closed, though the chosen capacity is still open after closure. */
  listClosed: boolean;
  busy: boolean;
  canRequest: boolean;
  onRequest: (event: Event) => void;
}

export function RequestPanel({ choices, choice, onChoose, block, listClosed, busy, canRequest, onRequest }: Props) {
  const reason = block ? BLOCK_REASON[block] : listClosed ? BLOCK_REASON.closed : null;
  return (
    <section class="panel" aria-labelledby="request-heading">
      <h2 id="request-heading">{t('delegate.request')}</h2>
      <form onSubmit={onRequest} data-testid="request-form">
        <fieldset class="capacity-choices">
          <legend>{t('delegate.as')}</legend>
          {choices.map((option, index) => (
            <label key={`${option.capacity}-${option.onBehalfOf?.id ?? 0}`}>
              <input type="radio" name="capacity" value={index} checked={choice === option} onChange={() => onChoose(index)} />
              {capacityLine(option.capacity, option.onBehalfOf)}
            </label>
          ))}
        </fieldset>
        {reason && (
          <p id="request-blocked" class="notice notice-info request-blocked" data-testid="request-blocked">
            {t(reason)}
          </p>
        )}
        <button
          type="submit"
          class="request-button"
          disabled={busy || !canRequest || block !== null}
          aria-describedby={reason ? 'request-blocked' : undefined}
          data-focus-key="request"
        >
          {busy ? t('delegate.requesting') : t('delegate.requestButton')}
        </button>
      </form>
    </section>
  );
}
