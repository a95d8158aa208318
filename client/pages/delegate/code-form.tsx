import { useEffect, useState } from 'preact/hooks';
import { LanguageSwitcher } from '../../components/language-switcher';
import { ErrorMessage } from '../../components/error-message';
import { postJson } from '../../lib/api';
import { ErrorText, translateError } from '../../lib/error-text';
import type { DelegateSession } from '../../lib/session';
import { t } from '../../lib/strings';

interface Props {
  onSignedIn: (session: DelegateSession) => void;
  reason: string | null;
  /** From a card's QR link: signed in with at once. */
  initialCode?: string | null;
}

export function CodeForm({ onSignedIn, reason, initialCode }: Props) {
  const [code, setCode] = useState(initialCode ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorText | null>(null);

  const signIn = async (entered: string) => {
    setBusy(true);
    setError(null);
    try {
      const reply = await postJson<{ accessToken: string; delegation: { id: number; name: string } }>('/api/auth/delegate', { code: entered.trim() });
      onSignedIn({ token: reply.accessToken, delegation: reply.delegation });
    } catch (cause) {
      setError(translateError(cause));
    } finally {
      setBusy(false);
    }
  };
  const submit = (event: Event) => {
    event.preventDefault();
    void signIn(code);
  };
  useEffect(() => {
    if (initialCode) void signIn(initialCode);
  }, []);

  return (
    <>
      <header class="app-header app-header-plain">
        <LanguageSwitcher />
      </header>
      <main class="app-main">
        <form class="login panel" onSubmit={submit} aria-labelledby="code-heading">
          <h1 id="code-heading">{t('login.delegateTitle')}</h1>
          <div aria-live="assertive" data-testid="notices">
            {error && <p class="notice notice-error"><span><ErrorMessage error={error} framed={(text) => t('common.error', { message: text })} /></span></p>}
            {!error && reason && <p class="notice notice-info">{reason}</p>}
          </div>
          <div class="field">
            <label for="access-code">{t('login.code')}</label>
            <input id="access-code" type="text" autoComplete="one-time-code" autoCapitalize="characters" spellcheck={false} required value={code} onInput={(e) => setCode((e.target as HTMLInputElement).value)} aria-describedby="access-code-hint" />
            <small id="access-code-hint" class="hint">{t('login.codeHint')}</small>
          </div>
          <button type="submit" class="request-button" disabled={busy}>{busy ? t('login.signingIn') : t('login.signIn')}</button>
        </form>
      </main>
    </>
  );
}
