import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/strings';

interface Props {
  entryId: number;
  busy: boolean;
  onWithdraw: () => void;
}

/**
 * Withdrawing takes two presses: the first asks, putting the question and "Keep" (focused) under
 * the finger, so a double tap or a second Enter keeps the request. Escape keeps it too.
 */
export function WithdrawButton({ entryId, busy, onWithdraw }: Props) {
  const [asking, setAsking] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);
  const askRef = useRef<HTMLButtonElement>(null);
  const questionId = `withdraw-question-${entryId}`;

  useEffect(() => {
    if (asking) keepRef.current?.focus();
  }, [asking]);

  const keep = () => {
    setAsking(false);
    requestAnimationFrame(() => askRef.current?.focus());
  };

  if (!asking) {
    return (
      <button type="button" ref={askRef} class="danger request-button" disabled={busy} onClick={() => setAsking(true)} data-testid="withdraw">
        {t('delegate.withdraw')}
      </button>
    );
  }
  return (
    <div
      class="withdraw-confirm"
      role="group"
      aria-labelledby={questionId}
      data-testid="withdraw-confirm"
      onKeyDown={(event) => {
        if (event.key === 'Escape') keep();
      }}
    >
      <p id={questionId} class="withdraw-question">{t('delegateLive.withdrawQuestion')}</p>
      <button type="button" ref={keepRef} class="secondary request-button" onClick={keep} data-testid="withdraw-keep">
        {t('delegateLive.withdrawKeep')}
      </button>
      <button type="button" class="danger request-button" disabled={busy} onClick={onWithdraw} data-testid="withdraw-confirm-button">
        {t('delegateLive.withdrawConfirm')}
      </button>
    </div>
  );
}
