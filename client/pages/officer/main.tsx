import { useEffect, useState } from 'preact/hooks';
import { mountPage } from '../../i18n/mount';
import { setUnauthorizedListener } from '../../lib/api';
import { officerSession, OfficerSession } from '../../lib/session';
import { t } from '../../lib/strings';
import { AccessCodesPage } from './access-codes-page';
import { Console } from './console';
import { LoginForm } from './login-form';
import { MeetingsPage } from './meetings-page';
import { officerView } from './officer-nav';
import { OfficerShell } from './officer-shell';
import { RecordPage } from './record-page';
import { SettingsPage } from './settings-page';

const PAGES = {
  meetings: { titleKey: 'meetings.pageTitle', Page: MeetingsPage },
  'access-codes': { titleKey: 'codes.pageTitle', Page: AccessCodesPage },
  record: { titleKey: 'record.pageTitle', Page: RecordPage },
  settings: { titleKey: 'settings.pageTitle', Page: SettingsPage },
} as const;

function Officer() {
  const [session, setSession] = useState<OfficerSession | null>(() => officerSession.get());
  const [reason, setReason] = useState<string | null>(null);

  useEffect(() => {
    // An expired or revoked token: back to the form, saying why.
    setUnauthorizedListener(() => {
      officerSession.set(null);
      setSession(null);
      setReason(t('login.expired'));
    });
    return () => setUnauthorizedListener(null);
  }, []);

  if (!session) {
    return (
      <LoginForm
        reason={reason}
        onSignedIn={(next) => {
          officerSession.set(next);
          setReason(null);
          setSession(next);
        }}
      />
    );
  }
  const signOut = () => {
    officerSession.set(null);
    setSession(null);
  };
  const view = officerView();
  if (view === 'floor') return <Console session={session} onSignOut={signOut} />;
  const { titleKey, Page } = PAGES[view];
  return (
    <OfficerShell view={view} titleKey={titleKey} session={session} onSignOut={signOut}>
      {(conference, notices) => <Page conference={conference} session={session} notices={notices} />}
    </OfficerShell>
  );
}

mountPage(Officer, { titleKey: 'officer.title', honourStoredChoice: true });
