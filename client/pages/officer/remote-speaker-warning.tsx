import type { FloorStateView } from '../../../src/shared/api-types';
import { PresenceByDelegation, remoteSpeakerDropped } from '../../lib/presence';
import type { ShortcutAction } from '../../lib/shortcuts';
import { delegationName, t } from '../../lib/strings';

interface Props {
  floor: FloorStateView | null;
  presence: PresenceByDelegation;
  busy: boolean;
  act: (action: ShortcutAction) => void;
}

/** Said at once (an alert) when the remote speaker on the floor loses its link, with the one remedy at hand. */
export function RemoteSpeakerWarning({ floor, presence, busy, act }: Props) {
  if (!floor?.speaker || !remoteSpeakerDropped(floor, presence)) return null;
  return (
    <div class="notice notice-error remote-dropped" role="alert" data-testid="remote-dropped">
      <p>{t('presence.remoteDropped', { name: delegationName(floor.speaker.delegation) })}</p>
      <button type="button" class="danger" disabled={busy} onClick={() => act('skip')} data-action="skip-dropped">
        {t('officer.skip')}
      </button>
    </div>
  );
}
