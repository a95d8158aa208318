import { useState } from 'preact/hooks';
import { mountPage } from '../../i18n/mount';
import { ErrorMessage } from '../../components/error-message';
import { postJson } from '../../lib/api';
import { ErrorText, translateError } from '../../lib/error-text';
import { officerSession } from '../../lib/session';
import { t } from '../../lib/strings';

/** First run: the printed link's token creates the first officer, who then lands on the console. */
function Setup() {
  const token = new URLSearchParams(location.search).get('token') ?? '';
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorText | null>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const reply = await postJson<{ accessToken: string; officer: { username: string } }>('/api/auth/setup', { token, username, password });
      officerSession.set({ token: reply.accessToken, username: reply.officer.username });
      location.assign('/officer');
    } catch (cause) {
      setError(translateError(cause));
      setBusy(false);
    }
  };

  return (
    <main class="app-main">
      <form class="login panel" onSubmit={submit} aria-labelledby="setup-heading">
        <h1 id="setup-heading">{t('setup.heading')}</h1>
        <p>{t('setup.intro')}</p>
        <div aria-live="assertive" data-testid="notices">
          {!token && <p class="notice notice-error">{t('setup.noToken')}</p>}
          {error && <p class="notice notice-error"><span><ErrorMessage error={error} framed={(text) => t('common.error', { message: text })} /></span></p>}
        </div>
        <div class="field">
          <label for="username">{t('login.username')}</label>
          <input id="username" type="text" autoComplete="username" required minLength={3} value={username} onInput={(e) => setUsername((e.target as HTMLInputElement).value)} />
        </div>
        <div class="field">
          <label for="password">{t('login.password')}</label>
          <input id="password" type="password" autoComplete="new-password" required minLength={10} value={password} onInput={(e) => setPassword((e.target as HTMLInputElement).value)} />
          <p class="hint">{t('setup.passwordHint')}</p>
        </div>
        <button type="submit" disabled={busy || !token}>{busy ? t('setup.creating') : t('setup.create')}</button>
      </form>
    </main>
  );
}

mountPage(Setup, { titleKey: 'setup.title', honourStoredChoice: true });
