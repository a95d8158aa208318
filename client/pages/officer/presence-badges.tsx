import type { PresenceView, SpeakersListView } from '../../../src/shared/api-types';
import type { PresenceByDelegation } from '../../lib/presence';
import { delegationName, t } from '../../lib/strings';
import { upcomingFromList } from '../../lib/upcoming';

/** Where the delegation speaks from, whether a page of it is on line, whether it is ready. */
export function PresenceBadges({ presence }: { presence: PresenceView | undefined }) {
  const mode = presence?.mode ?? null;
  const online = presence?.online ?? false;
  const ready = presence?.ready ?? false;
  return (
    <span class="presence" data-testid="presence" data-mode={mode ?? 'none'} data-online={String(online)} data-ready={String(ready)}>
      <span class={`badge presence-mode-${mode ?? 'none'}`}>
        {mode === 'remote' ? t('presence.remote') : mode === 'in-room' ? t('presence.inRoom') : t('presence.modeUnknown')}
      </span>
      <span class={`badge ${online ? 'presence-online' : 'presence-offline'}`}>{online ? t('presence.online') : t('presence.offline')}</span>
      <span class={`badge ${ready ? 'presence-ready' : 'presence-not-ready'}`}>{ready ? t('presence.ready') : t('presence.notReady')}</span>
    </span>
  );
}

/** The next three speakers (as the display shows them) and whether each is ready: checked before calling them. */
export function NextReadiness({ speakers, interruptedIds, presence }: { speakers: SpeakersListView | null; interruptedIds: readonly number[]; presence: PresenceByDelegation }) {
  const next = upcomingFromList(speakers, interruptedIds, 3);
  if (next.length === 0) return null;
  return (
    <div class="next-readiness" data-testid="next-readiness">
      <h3>{t('presence.nextThree')}</h3>
      <ol>
        {next.map((entry) => (
          <li key={entry.id} data-entry-id={entry.id}>
            {delegationName(entry.delegation)} <PresenceBadges presence={presence.get(entry.delegation.id)} />
          </li>
        ))}
      </ol>
    </div>
  );
}
