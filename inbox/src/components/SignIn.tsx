/** The sign-in screen. Submits email and password; shows the server's refusal as an alert. */
import { useState } from 'preact/hooks';
import type { Login } from '../../../shared/schemas';
import { errorText, useStrings } from '../i18n';
import { toClientError } from '../lib/errors';
import { Field } from './Field';

interface SignInProps {
  onSignIn: (credentials: Login) => Promise<unknown>;
  /** Why the agent is here again, e.g. their session expired. */
  notice?: string | null;
}

export function SignIn({ onSignIn, notice }: SignInProps) {
  const strings = useStrings();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSignIn({ email: email.trim(), password });
    } catch (failure) {
      setError(errorText(strings, toClientError(failure)));
      setBusy(false);
    }
  }

  return (
    <main class="auth">
      <form class="auth-card" onSubmit={submit} aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">{strings.signInTitle}</h1>
        {notice && !error && <p role="status">{notice}</p>}
        <Field label={strings.names.email} type="email" value={email} onInput={setEmail} autoComplete="username" />
        <Field label={strings.names.password} type="password" value={password} onInput={setPassword} autoComplete="current-password" />
        {error && (
          <p role="alert" class="error">
            {error}
          </p>
        )}
        <button type="submit" class="primary" disabled={busy}>
          {strings.names.signIn}
        </button>
      </form>
    </main>
  );
}
