import { t } from '../../lib/strings';
import type { TurnAlert } from './use-turn-alert';

/** The opt-in for the two-speakers-away notification; where the browser cannot or will not, says why instead. */
export function TurnAlertSwitch({ alert }: { alert: TurnAlert }) {
  if (alert.permission === 'unsupported') return <p class="hint" data-testid="notify-unsupported">{t('delegateLive.notifyUnsupported')}</p>;
  if (alert.permission === 'denied') return <p class="hint" data-testid="notify-denied">{t('delegateLive.notifyDenied')}</p>;
  if (alert.active) {
    return (
      <p class="turn-alert" data-testid="notify-on">
        <span>{t('delegateLive.notifyOn')}</span>{' '}
        <button type="button" class="link-button" onClick={alert.disable} data-testid="notify-stop">
          {t('delegateLive.notifyStop')}
        </button>
      </p>
    );
  }
  return (
    <button type="button" class="secondary notify-button" onClick={() => void alert.enable()} data-testid="notify-button">
      {t('delegateLive.notifyButton')}
    </button>
  );
}
