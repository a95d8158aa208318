import { useEffect, useState } from 'preact/hooks';
import { mountPage } from '../../i18n/mount';
import { setUnauthorizedListener } from '../../lib/api';
import { officerSession, OfficerSession } from '../../lib/session';
import { t } from '../../lib/strings';
import { Console } from './console';
import { LoginForm } from './login-form';

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
  return (
    <Console
      session={session}
      onSignOut={() => {
        officerSession.set(null);
        setSession(null);
      }}
    />
  );
}

mountPage(Officer, { titleKey: 'officer.title', honourStoredChoice: true });
