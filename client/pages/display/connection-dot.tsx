import type { ConnectionState } from '../../lib/live';
import { t } from '../../lib/strings';

/** A small dot in the corner while the live link is down: the room sees the screen, not an alarm. */
export function ConnectionDot({ state }: { state: ConnectionState }) {
  if (state === 'connected') return null;
  const label = state === 'connecting' ? t('live.connecting') : t('live.disconnected');
  return <span class={`connection-dot connection-${state}`} role="status" aria-label={label} title={label} data-testid="connection-badge" />;
}
