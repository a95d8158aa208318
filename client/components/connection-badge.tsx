import type { ConnectionState } from '../lib/live';
import { t } from '../lib/strings';

/** Small and quiet while all is well; visible while the live link is down. */
export function ConnectionBadge({ state }: { state: ConnectionState }) {
  if (state === 'connected') return null;
  return (
    <span class={`connection-badge connection-${state}`} role="status" data-testid="connection-badge">
      {state === 'connecting' ? t('live.connecting') : t('live.disconnected')}
    </span>
  );
}
