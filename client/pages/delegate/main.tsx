import { useEffect, useState } from 'preact/hooks';
import { mountPage } from '../../i18n/mount';
import { setUnauthorizedListener } from '../../lib/api';
import { delegateSession, DelegateSession } from '../../lib/session';
import { t } from '../../lib/strings';
import { CodeForm } from './code-form';
import { DelegateHome } from './delegate-home';

function Delegate() {
  const [session, setSession] = useState<DelegateSession | null>(() => delegateSession.get());
  const [reason, setReason] = useState<string | null>(null);

  useEffect(() => {
    setUnauthorizedListener(() => {
      delegateSession.set(null);
      setSession(null);
      setReason(t('login.expired'));
    });
    return () => setUnauthorizedListener(null);
  }, []);

  if (!session) {
    return (
      <CodeForm
        reason={reason}
        onSignedIn={(next) => {
          delegateSession.set(next);
          setReason(null);
          setSession(next);
        }}
      />
    );
  }
  return (
    <DelegateHome
      session={session}
      onSignOut={() => {
        delegateSession.set(null);
        setSession(null);
      }}
    />
  );
}

mountPage(Delegate, { titleKey: 'delegate.title', honourStoredChoice: true });
