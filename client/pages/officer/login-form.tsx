import { useState } from 'preact/hooks';
import { ErrorMessage } from '../../components/error-message';
import { postJson } from '../../lib/api';
import { ErrorText, translateError } from '../../lib/error-text';
import type { OfficerSession } from '../../lib/session';
import { t } from '../../lib/strings';

export function LoginForm({ onSignedIn, reason }: { onSignedIn: (session: OfficerSession) => void; reason: string | null }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorText | null>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const reply = await postJson<{ accessToken: string }>('/api/auth/login', { username, password });
      onSignedIn({ token: reply.accessToken, username });
    } catch (cause) {
      setError(translateError(cause));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main class="app-main">
      <form class="login panel" onSubmit={submit} aria-labelledby="login-heading">
        <h1 id="login-heading">{t('login.officerTitle')}</h1>
        <div aria-live="assertive" data-testid="notices">
          {error && <p class="notice notice-error"><span><ErrorMessage error={error} framed={(text) => t('common.error', { message: text })} /></span></p>}
          {!error && reason && <p class="notice notice-info">{reason}</p>}
        </div>
        <div class="field">
          <label for="username">{t('login.username')}</label>
          <input id="username" type="text" autoComplete="username" required value={username} onInput={(e) => setUsername((e.target as HTMLInputElement).value)} />
        </div>
        <div class="field">
          <label for="password">{t('login.password')}</label>
          <input id="password" type="password" autoComplete="current-password" required value={password} onInput={(e) => setPassword((e.target as HTMLInputElement).value)} />
        </div>
        <button type="submit" disabled={busy}>{busy ? t('login.signingIn') : t('login.signIn')}</button>
      </form>
    </main>
  );
}
