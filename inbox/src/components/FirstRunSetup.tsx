/** First run: no agent exists yet, so the first person creates the admin account. */
import { useState } from 'preact/hooks';
import type { FirstAdmin } from '../../../shared/schemas';
import { errorText, useStrings } from '../i18n';
import { toClientError } from '../lib/errors';
import { Field } from './Field';

interface FirstRunSetupProps {
  onCreate: (admin: FirstAdmin) => Promise<unknown>;
}

export function FirstRunSetup({ onCreate }: FirstRunSetupProps) {
  const strings = useStrings();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onCreate({ name: name.trim(), email: email.trim(), password });
    } catch (failure) {
      setError(errorText(strings, toClientError(failure)));
      setBusy(false);
    }
  }

  return (
    <main class="auth">
      <form class="auth-card" onSubmit={submit} aria-labelledby="setup-title">
        <h1 id="setup-title">{strings.setupTitle}</h1>
        <p>{strings.setupHint}</p>
        <Field label={strings.names.name} type="text" value={name} onInput={setName} autoComplete="name" />
        <Field label={strings.names.email} type="email" value={email} onInput={setEmail} autoComplete="username" />
        <Field label={strings.names.password} type="password" value={password} onInput={setPassword} autoComplete="new-password" minLength={8} hint={strings.passwordHint} />
        {error && (
          <p role="alert" class="error">
            {error}
          </p>
        )}
        <button type="submit" class="primary" disabled={busy}>
          {strings.names.createAdmin}
        </button>
      </form>
    </main>
  );
}
