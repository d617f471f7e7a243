/**
 * The site's abuse words and limits (admins): extra words to catch, words to allow, when to
 * tell supervisors and when to suggest a break. Checked with the server's own zod schema
 * before saving, so a mistake shows here instead of as a rejected request.
 */
import { useEffect, useState } from 'preact/hooks';
import { ABUSE_SENSITIVITIES, type AbuseSensitivity } from '../../../shared/abuse';
import { abuseSettingsSchema } from '../../../shared/schemas';
import { errorText, useStrings } from '../i18n';
import { toClientError } from '../lib/errors';
import { setSiteAbuseLists } from '../conversation/AbuseGuard';
import type { AbuseApi, AbuseSettingsView } from './AbuseApi';

const lines = (value: string) =>
  value
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

export function AbuseLists({ api }: { api: Pick<AbuseApi, 'settings' | 'updateSettings'> }) {
  const strings = useStrings();
  const text = strings.abuse;
  const [view, setView] = useState<AbuseSettingsView | null>(null);
  const [form, setForm] = useState({ extraWords: '', allowedWords: '', escalateAfter: '3', breakAfter: '3' });
  const [model, setModel] = useState<{ model: boolean; sensitivity: AbuseSensitivity }>({ model: true, sensitivity: 'medium' });
  const [notice, setNotice] = useState<{ ok: boolean; words: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const show = (next: AbuseSettingsView) => {
    setView(next);
    setForm({ extraWords: next.settings.extraWords.join('\n'), allowedWords: next.settings.allowedWords.join('\n'), escalateAfter: String(next.settings.escalateAfter), breakAfter: String(next.settings.breakAfter) });
    setModel({ model: next.settings.model, sensitivity: next.settings.sensitivity });
  };
  const fail = (reason: string) => setNotice({ ok: false, words: text.failed(reason) });
  useEffect(() => void api.settings().then(show, (error: unknown) => fail(errorText(strings, toClientError(error)))), [api]);
  if (!view?.editable) return null;

  const save = async (event: Event) => {
    event.preventDefault();
    const change = abuseSettingsSchema.safeParse({
      extraWords: lines(form.extraWords),
      allowedWords: lines(form.allowedWords),
      escalateAfter: Number(form.escalateAfter),
      breakAfter: Number(form.breakAfter),
      ...model,
    });
    // Name the field in the agent's language; zod's own words are English.
    if (!change.success) return setNotice({ ok: false, words: change.error.issues.map((issue) => text.invalid(text[issue.path[0] as keyof typeof form])).join(' ') });
    setSaving(true);
    try {
      const saved = await api.updateSettings(change.data);
      show(saved);
      setSiteAbuseLists(saved.settings);
      setNotice({ ok: true, words: text.saved });
    } catch (error) {
      fail(errorText(strings, toClientError(error)));
    } finally {
      setSaving(false);
    }
  };
  const field = (name: keyof typeof form) => ({
    value: form[name],
    onInput: (event: Event) => setForm({ ...form, [name]: (event.currentTarget as HTMLInputElement).value }),
  });

  return (
    <form aria-label={text.listsTitle} noValidate onSubmit={(event) => void save(event)}>
      <h4>{text.listsTitle}</h4>
      <p class="field-hint">{text.listsHint}</p>
      <label>
        {text.extraWords}
        <textarea rows={4} {...field('extraWords')} />
      </label>
      <label>
        {text.allowedWords}
        <textarea rows={3} {...field('allowedWords')} />
      </label>
      <label>
        {text.escalateAfter}
        <input type="number" min={1} max={50} {...field('escalateAfter')} />
      </label>
      <label>
        {text.breakAfter}
        <input type="number" min={1} max={100} {...field('breakAfter')} />
      </label>
      <fieldset>
        <legend>{text.modelTitle}</legend>
        <p class="field-hint">{text.modelHint}</p>
        <label>
          <input type="checkbox" checked={model.model} onChange={(event) => setModel({ ...model, model: event.currentTarget.checked })} /> {text.modelOn}
        </label>
        <label>
          {text.sensitivity}{' '}
          <select value={model.sensitivity} disabled={!model.model} onChange={(event) => setModel({ ...model, sensitivity: event.currentTarget.value as AbuseSensitivity })}>
            {ABUSE_SENSITIVITIES.map((choice) => (
              <option key={choice} value={choice}>
                {text.sensitivities[choice]}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <button type="submit" disabled={saving}>
        {text.save}
      </button>
      <p role={notice && !notice.ok ? 'alert' : 'status'}>{notice?.words}</p>
    </form>
  );
}
