import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ConferenceDetail } from '../../../src/shared/api-types';
import { NoticeRegion } from '../../components/notice-region';
import { loadConference } from '../../lib/conference-data';
import type { OfficerSession } from '../../lib/session';
import { StringKey, t } from '../../lib/strings';
import { useNotices } from '../../lib/use-notices';
import { OfficerNav, OfficerView } from './officer-nav';

export type Notices = ReturnType<typeof useNotices>;

interface Props {
  view: Exclude<OfficerView, 'floor'>;
  titleKey: StringKey;
  session: OfficerSession;
  onSignOut: () => void;
  children: (conference: ConferenceDetail, notices: Notices) => ComponentChildren;
}

/** Header, navigation and notices of the officer's pages other than the floor console. */
export function OfficerShell({ view, titleKey, session, onSignOut, children }: Props) {
  const notices = useNotices();
  const [conference, setConference] = useState<ConferenceDetail | null>(null);
  useEffect(() => {
    loadConference().then(setConference, notices.error);
  }, [notices.error]);

  return (
    <>
      <header class="app-header">
        <h1>{t(titleKey)}</h1>
        <OfficerNav current={view} />
        <span>
          {t('officer.signedInAs', { name: session.username })}{' '}
          <button type="button" class="link-button" onClick={onSignOut}>
            {t('common.signOut')}
          </button>
        </span>
      </header>
      <main class={`app-main officer-page officer-page-${view}`}>
        <NoticeRegion notices={notices.notices} onDismiss={notices.dismiss} />
        {conference ? children(conference, notices) : <p>{t('common.loading')}</p>}
      </main>
    </>
  );
}
