import { useEffect, useRef, useState } from 'preact/hooks';
import type { VisitorProfile } from '../../../shared/schemas';
import type { PreChatField } from '../../../shared/settings';
import type { Strings } from '../i18n';
import { Field, looksLikeEmail } from './form-field';

export interface PreChatFormProps {
  t: Strings;
  fields: readonly PreChatField[];
  /** Choices for the topic field (the site's teams); without them the field is left out. */
  topics: readonly string[];
  /** Resolves true once the server stored the profile. */
  onSubmit: (profile: VisitorProfile) => Promise<boolean>;
}

/** The site's pre-chat questions (`widget.preChat`): name, email and topic, all required when asked. */
export function PreChatForm({ t, fields, topics, onSubmit }: PreChatFormProps) {
  const asked = fields.filter((field) => field !== 'topic' || topics.length > 0);
  const [values, setValues] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string | null>>({});
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => form.current?.querySelector<HTMLElement>('input, select')?.focus(), []);

  const submit = async () => {
    const found = Object.fromEntries(
      asked.map((field) => {
        const value = values[field]?.trim() ?? '';
        return [field, !value ? t.preChat.required : field === 'email' && !looksLikeEmail(value) ? t.preChat.invalidEmail : null];
      }),
    );
    setErrors(found);
    const invalid = asked.find((field) => found[field]);
    if (invalid) {
      form.current?.querySelector<HTMLElement>(`[name="${invalid}"]`)?.focus();
      return;
    }
    setBusy(true);
    const profile = Object.fromEntries(asked.map((field) => [field, values[field]!.trim()]));
    await onSubmit(profile);
    setBusy(false);
  };

  const set = (field: string) => (event: { currentTarget: { value: string } }) => setValues({ ...values, [field]: event.currentTarget.value });

  return (
    <form
      ref={form}
      class="form"
      noValidate
      aria-label={t.preChat.title}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <p class="form-title">{t.preChat.title}</p>
      {asked.map((field) =>
        field === 'topic' ? (
          <Field key={field} label={t.preChat.topic} error={errors.topic}>
            {(props) => (
              <select {...props} name="topic" value={values.topic ?? ''} onChange={set('topic')}>
                <option value="" />
                {topics.map((topic) => (
                  <option key={topic} value={topic}>
                    {topic}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : (
          <Field key={field} label={t.preChat[field]} error={errors[field]}>
            {(props) => <input {...props} name={field} type={field === 'email' ? 'email' : 'text'} autoComplete={field} value={values[field] ?? ''} onInput={set(field)} />}
          </Field>
        ),
      )}
      <button type="submit" class="primary" disabled={busy}>
        {t.preChat.start}
      </button>
    </form>
  );
}
