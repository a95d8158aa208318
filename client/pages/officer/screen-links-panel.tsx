import { useEffect, useState } from 'preact/hooks';
import type { CreatedScreenLink, ScreenLinkView } from '../../../src/shared/api-types';
import { createScreenLink, listScreenLinks, revokeScreenLink } from '../../lib/screen-links';
import { t } from '../../lib/strings';
import { formatClock, formatShortDay } from '../../lib/time-format';
import type { Notices } from './officer-shell';
import { useWriteThenReload } from '../../lib/use-write-then-reload';

interface Props {
  meetingId: number;
  token: string;
  venueZone: string;
  notices: Pick<Notices, 'error' | 'info'>;
}

function CopyableAddress({ id, label, copyLabel, address, notices }: { id: string; label: string; copyLabel: string; address: string; notices: Props['notices'] }) {
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(address);
      notices.info(t('screens.copied'));
    } catch {
      (document.getElementById(id) as HTMLInputElement | null)?.select();
      notices.info(t('screens.copyFailed'));
    }
  };
  return (
    <div class="field screen-address">
      <label for={id}>{label}</label>
      <input id={id} type="text" readOnly value={address} data-testid={id} onFocus={(event) => (event.target as HTMLInputElement).select()} />
      <button type="button" class="secondary" aria-label={copyLabel} onClick={() => void copy()}>
        {t('screens.copy')}
      </button>
    </div>
  );
}

/** The chosen meeting's screen links: made with a label, their addresses shown once to copy, listed, revoked. */
export function ScreenLinksPanel({ meetingId, token, venueZone, notices }: Props) {
  const [links, setLinks] = useState<ScreenLinkView[]>([]);
  // The key is shown once: the addresses of the link made on this visit only.
  const [created, setCreated] = useState<CreatedScreenLink | null>(null);
  const [label, setLabel] = useState('');
  const when = (iso: string) => `${formatShortDay(iso, venueZone)} ${formatClock(iso, venueZone)}`;
  const nameOf = (link: Pick<ScreenLinkView, 'label'>) => link.label ?? t('screens.unlabelled');

  const reload = () => listScreenLinks(meetingId, token).then(setLinks);
  useEffect(() => {
    setCreated(null);
    setLinks([]);
    reload().catch(notices.error);
  }, [meetingId, token]);

  const { busy, run } = useWriteThenReload(reload, notices.error);
  const create = () =>
    run(async () => {
      const link = await createScreenLink(meetingId, label, token);
      setCreated(link);
      setLabel('');
      notices.info(t('screens.created', { label: nameOf(link) }));
    });
  const revoke = (link: ScreenLinkView) =>
    run(async () => {
      await revokeScreenLink(meetingId, link.id, token);
      if (created?.id === link.id) setCreated(null);
      notices.info(t('screens.revokedNotice', { label: nameOf(link) }));
    });

  return (
    <section class="panel screen-links" aria-labelledby="screen-links-heading" data-testid="screen-links">
      <h2 id="screen-links-heading">{t('screens.heading')}</h2>
      <p class="hint">{t('screens.intro')}</p>
      <form
        class="screen-link-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) void create();
        }}
      >
        <div class="field">
          <label for="screen-link-label">{t('screens.label')}</label>
          <input
            id="screen-link-label"
            type="text"
            maxLength={100}
            placeholder={t('screens.labelPlaceholder')}
            value={label}
            onInput={(event) => setLabel((event.target as HTMLInputElement).value)}
          />
        </div>
        <button type="submit" disabled={busy} data-testid="create-screen-link">
          {t('screens.create')}
        </button>
      </form>
      {created && (
        <div class="screen-link-created" data-testid="created-screen-link">
          <p>{t('screens.created', { label: nameOf(created) })}</p>
          <CopyableAddress
            id="screen-display-address"
            label={t('screens.displayAddress')}
            copyLabel={t('screens.copyDisplay')}
            address={`${window.location.origin}${created.displayPath}`}
            notices={notices}
          />
          <CopyableAddress
            id="screen-overlay-address"
            label={t('screens.overlayAddress')}
            copyLabel={t('screens.copyOverlay')}
            address={`${window.location.origin}${created.overlayPath}`}
            notices={notices}
          />
        </div>
      )}
      {links.length === 0 ? (
        <p>{t('screens.none')}</p>
      ) : (
        <ul class="screen-link-list">
          {links.map((link) => (
            <li key={link.id} data-testid="screen-link" data-revoked={link.revokedAt !== null}>
              <strong>{nameOf(link)}</strong>{' '}
              <span class="hint">
                {t('screens.madeAt', { time: when(link.createdAt) })}, {link.lastUsedAt ? t('screens.lastUsed', { time: when(link.lastUsedAt) }) : t('screens.neverUsed')}
              </span>
              {link.revokedAt ? (
                <span> {t('screens.revokedAt', { time: when(link.revokedAt) })}</span>
              ) : (
                <button type="button" class="danger" disabled={busy} aria-label={t('screens.revokeName', { label: nameOf(link) })} onClick={() => void revoke(link)}>
                  {t('screens.revoke')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
