import { useEffect, useState } from 'preact/hooks';
import { mountPage } from '../../i18n/mount';
import { setUnauthorizedListener } from '../../lib/api';
import { delegateSession, DelegateSession } from '../../lib/session';
import { t } from '../../lib/strings';
import { CodeForm } from './code-form';
import { DelegateHome } from './delegate-home';

/** The code of a printed card's QR link (/delegate?code=...), taken off the address at once. */
function codeFromAddress(): string | null {
  const url = new URL(window.location.href);
  const code = url.searchParams.get('code');
  if (code === null) return null;
  url.searchParams.delete('code');
  window.history.replaceState(null, '', url);
  return code.trim() || null;
}

function Delegate() {
  const [cardCode] = useState(codeFromAddress);
  // A card's code signs in afresh, whoever this tab was signed in as.
  const [session, setSession] = useState<DelegateSession | null>(() => (cardCode ? null : delegateSession.get()));
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
        initialCode={cardCode}
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
