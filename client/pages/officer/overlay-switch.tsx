import type { FloorStateView } from '../../../src/shared/api-types';
import { t } from '../../lib/strings';

/** "Overlay: on air / off air": a switch every overlay of the meeting follows live. */
export function OverlaySwitch({ floor, busy, onSwitch }: { floor: FloorStateView | null; busy: boolean; onSwitch: (onAir: boolean) => void }) {
  const onAir = floor?.overlayOnAir ?? true;
  return (
    <div class={`overlay-switch ${onAir ? 'on-air' : 'off-air'}`}>
      <button
        type="button"
        role="switch"
        aria-checked={onAir}
        aria-describedby="overlay-switch-hint"
        aria-disabled={busy || !floor}
        data-testid="overlay-switch"
        onClick={() => floor && !busy && onSwitch(!onAir)}
      >
        <span>{t('screens.overlay')}:</span> <strong data-testid="overlay-state">{onAir ? t('screens.onAir') : t('screens.offAir')}</strong>
      </button>
      <span id="overlay-switch-hint" class="hint">
        {t('screens.overlayHint')}
      </span>
    </div>
  );
}
