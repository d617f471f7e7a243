import { useEffect, useRef, useState } from 'preact/hooks';
import type { OfflineMessageInput } from '../lib/chat-controller';
import type { Strings } from '../i18n';
import { Field, looksLikeEmail } from './form-field';

export interface OfflineFormProps {
  t: Strings;
  /** Resolves true once the server stored the message. */
  onSubmit: (message: OfflineMessageInput) => Promise<boolean>;
  onSent: (email: string) => void;
}

/** When nobody can answer: an email to reply to and the message (`offline:message`). */
export function OfflineForm({ t, onSubmit, onSent }: OfflineFormProps) {
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<{ email?: string | null; text?: string | null }>({});
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => form.current?.querySelector('input')?.focus(), []);

  const submit = async () => {
    const found = {
      email: !email.trim() ? t.preChat.required : !looksLikeEmail(email) ? t.preChat.invalidEmail : null,
      text: !text.trim() ? t.preChat.required : null,
    };
    setErrors(found);
    if (found.email || found.text) {
      form.current?.querySelector<HTMLElement>(found.email ? '[name=email]' : '[name=text]')?.focus();
      return;
    }
    setBusy(true);
    const sent = await onSubmit({ email: email.trim(), text: text.trim(), ...(name.trim() ? { name: name.trim() } : {}) });
    setBusy(false);
    if (sent) onSent(email.trim());
  };

  return (
    <form
      ref={form}
      class="form"
      noValidate
      aria-label={t.offline.submit}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <p class="form-title">{t.offline.title}</p>
      <Field label={t.offline.email} error={errors.email}>
        {(props) => <input {...props} name="email" type="email" autoComplete="email" value={email} onInput={(event) => setEmail(event.currentTarget.value)} />}
      </Field>
      <Field label={t.offline.name}>{(props) => <input {...props} name="name" autoComplete="name" value={name} onInput={(event) => setName(event.currentTarget.value)} />}</Field>
      <Field label={t.offline.message} error={errors.text}>
        {(props) => <textarea {...props} name="text" rows={3} maxLength={4000} value={text} onInput={(event) => setText(event.currentTarget.value)} />}
      </Field>
      <button type="submit" class="primary" disabled={busy}>
        {t.offline.submit}
      </button>
    </form>
  );
}
