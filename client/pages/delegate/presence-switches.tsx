import { useState } from 'preact/hooks';
import type { PresenceMode } from '../../../src/domain/presence/presence';
import type { PresenceView } from '../../../src/shared/api-types';
import { postJson } from '../../lib/api';
import { t } from '../../lib/strings';

interface Props {
  meetingId: number;
  token: string;
  presence: PresenceView | undefined;
  /** Waiting speakers before the delegation's turn, when the reminder is due; null otherwise. */
  remindAhead: number | null;
  onSaved: (presence: PresenceView) => void;
  onError: (error: unknown) => void;
}

/** The delegation's mode and "ready" switch for this meeting, kept by the server: a reload shows them as left. */
export function PresenceSwitches({ meetingId, token, presence, remindAhead, onSaved, onError }: Props) {
  // What the delegate chose, shown until the server's answer: a push that re-renders the page meanwhile
  // must not flip a switch back under the delegate's finger.
  const [sent, setSent] = useState<{ mode?: PresenceMode; ready?: boolean }>({});
  const declare = (change: { mode?: PresenceMode; ready?: boolean }) => {
    setSent((pending) => ({ ...pending, ...change }));
    return postJson<PresenceView>(`/api/meetings/${meetingId}/presence`, change, token)
      .then(onSaved, onError)
      .finally(() => setSent({}));
  };
  const mode = sent.mode ?? presence?.mode ?? null;
  const ready = sent.ready ?? presence?.ready ?? false;
  return (
    <section class="panel presence-switches" aria-labelledby="presence-heading" data-testid="presence-switches">
      <h2 id="presence-heading">{t('presence.switchesHeading')}</h2>
      {remindAhead !== null && (
        <p class="notice notice-info" role="status" data-testid="ready-reminder">
          {t('presence.reminder', { ahead: remindAhead })}
        </p>
      )}
      <fieldset class="presence-modes">
        <legend>{t('presence.mode')}</legend>
        {(['in-room', 'remote'] as const).map((option) => (
          <label key={option}>
            <input type="radio" name="presence-mode" value={option} checked={mode === option} onChange={() => void declare({ mode: option })} />
            {option === 'remote' ? t('presence.modeRemote') : t('presence.modeInRoom')}
          </label>
        ))}
      </fieldset>
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          data-testid="ready-switch"
          checked={ready}
          onChange={(event) => void declare({ ready: (event.target as HTMLInputElement).checked })}
        />
        {t('presence.readySwitch')}
      </label>
      <p class="hint">{t('presence.readyHint')}</p>
    </section>
  );
}
