import { Ref } from 'preact';
import { useState } from 'preact/hooks';
import type { FloorStateView } from '../../../src/shared/api-types';
import type { ShortcutAction } from '../../lib/shortcuts';
import { t } from '../../lib/strings';
import { enforcementText, parseTimeLeft } from '../../lib/timer-corrections';

interface Props {
  floor: FloorStateView | null;
  busy: boolean;
  available: (action: ShortcutAction) => boolean;
  setTimeRef: Ref<HTMLInputElement>;
  onSetTime: (remainingSeconds: number) => Promise<boolean>;
  onInvalid: (text: string) => void;
}

/** The mode in force, and the time left set exactly (taking time away and undo are floor buttons). */
export function TimerCorrections({ floor, busy, available, setTimeRef, onSetTime, onInvalid }: Props) {
  const [draft, setDraft] = useState('');
  const submit = async () => {
    const seconds = parseTimeLeft(draft);
    if (seconds === null) {
      onInvalid(t('officer.setTimeInvalid'));
      return;
    }
    if (await onSetTime(seconds)) setDraft('');
  };
  return (
    <form
      class="timer-corrections"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      {floor && (
        <span class="enforcement-mode" data-testid="enforcement-mode" data-mode={floor.enforcement.mode}>
          {enforcementText(floor)}
        </span>
      )}
      <label for="time-left">{t('officer.setTime')}</label>
      <input
        id="time-left"
        ref={setTimeRef}
        type="text"
        inputMode="numeric"
        size={6}
        placeholder={t('officer.setTimeHint')}
        value={draft}
        onInput={(event) => setDraft((event.target as HTMLInputElement).value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') (event.target as HTMLInputElement).blur();
        }}
        aria-keyshortcuts="T"
      />
      <button type="submit" class="secondary" disabled={busy || !available('setTime') || draft.trim() === ''}>
        {t('officer.setTimeSend')}
      </button>
    </form>
  );
}
