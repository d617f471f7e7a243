/**
 * Admins manage the bot's intents: the list, an editor (examples one per line, Korean
 * and English answers, related intents, team, "always a human"), a live tester, and
 * JSON import and export.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { IntentDefinition } from '../../../shared/domain';
import type { IntentOverview } from '../../../shared/http';
import { useStrings } from '../i18n';
import { failureText } from './failure-text';
import type { IntentApi } from './intent-api';
import { emptyFields, toFields, toIntent, type IntentFields } from './intent-form';
import { calibrationPending, IntentCalibration } from './IntentCalibration';
import { IntentTester } from './IntentTester';

interface IntentAdminProps {
  api: IntentApi;
  onClose: () => void;
  /** Saves the exported JSON; injected so tests need no browser download. */
  download?: (fileName: string, content: string) => void;
}

/** The file's text; `unreadable` is the refusal the admin reads when the browser cannot read it. */
const readText = (file: Blob, unreadable: string) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new Error(unreadable));
    reader.readAsText(file);
  });

/** The intents of an exported file; a file that is not JSON gets the admin's words, not the parser's. */
function parseExport(text: string, notJson: string): IntentDefinition[] {
  try {
    return (JSON.parse(text) as { intents?: IntentDefinition[] }).intents ?? [];
  } catch {
    throw new Error(notJson);
  }
}

function browserDownload(fileName: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  URL.revokeObjectURL(url);
}

export function IntentAdmin({ api, onClose, download = browserDownload }: IntentAdminProps) {
  const [intents, setIntents] = useState<IntentDefinition[]>([]);
  const [fields, setFields] = useState<IntentFields>(emptyFields);
  const [editing, setEditing] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [importMode, setImportMode] = useState<'merge' | 'replace'>('merge');
  const [overview, setOverview] = useState<IntentOverview | null>(null);
  /** The threshold slider's value while the admin moves it; null = the saved one. */
  const [threshold, setThreshold] = useState<number | null>(null);
  const strings = useStrings();
  const t = strings.intents;

  const refresh = useCallback(
    () =>
      api.overview().then(
        (current) => (setOverview(current), setIntents(current.intents)),
        (failure: unknown) => setError(failureText(strings, failure)),
      ),
    [api, strings],
  );
  useEffect(() => void refresh(), [refresh]);
  // Training after a change takes seconds; look again until the new calibration is there.
  useEffect(() => {
    if (!overview || !calibrationPending(overview)) return;
    const timer = setTimeout(() => void refresh(), 1500);
    return () => clearTimeout(timer);
  }, [overview, refresh]);

  const act = async (work: () => Promise<unknown>, done: string) => {
    setError(null);
    try {
      await work();
      setStatus(done);
      await refresh();
    } catch (failure) {
      setError(failureText(strings, failure));
    }
  };
  const field = (name: keyof IntentFields) => ({
    value: fields[name] as string,
    onInput: (event: Event) => setFields({ ...fields, [name]: (event.currentTarget as HTMLInputElement).value }),
  });

  return (
    <section class="intent-admin" aria-labelledby="intent-admin-title">
      <header>
        <h2 id="intent-admin-title">{strings.names.screens.intents}</h2>
        <button type="button" onClick={onClose}>{strings.names.back}</button>
      </header>
      {error && <p role="alert">{error}</p>}
      {status && <p role="status">{status}</p>}
      <ul aria-label={t.list}>
        {intents.map((intent) => (
          <li key={intent.name}>
            <button type="button" aria-label={t.edit(intent.name)} onClick={() => (setFields(toFields(intent)), setEditing(intent.name))}>
              {intent.name}
            </button>{' '}
            <span>{t.summary(intent.examples.length, intent.handoff)}</span>
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => (setFields(emptyFields), setEditing(null))}>{t.newIntent}</button>
      <form
        aria-label={editing ? t.edit(editing) : t.newIntent}
        onSubmit={(event) => {
          event.preventDefault();
          void act(() => api.save(toIntent(fields)), t.saved(fields.name.trim())).then(() => setEditing(fields.name.trim()));
        }}
      >
        <label>{t.fields.name}<input type="text" required readOnly={editing !== null} {...field('name')} /></label>
        <label>{t.fields.displayKo}<input type="text" maxLength={60} {...field('displayKo')} /></label>
        <label>{t.fields.displayEn}<input type="text" maxLength={60} {...field('displayEn')} /></label>
        <label>{t.fields.examples}<textarea required rows={6} {...field('examples')} /></label>
        <label>{t.fields.answerKo}<textarea rows={3} {...field('answerKo')} /></label>
        <label>{t.fields.answerEn}<textarea rows={3} {...field('answerEn')} /></label>
        <label>{t.fields.related}<input type="text" {...field('related')} /></label>
        <label>{t.fields.team}<input type="text" {...field('team')} /></label>
        <label>
          <input type="checkbox" checked={fields.handoff} onChange={(event) => setFields({ ...fields, handoff: event.currentTarget.checked })} />
          {t.fields.alwaysHuman}
        </label>
        <button type="submit">{t.save}</button>
        {editing && (
          <button type="button" onClick={() => void act(() => api.remove(editing), t.deleted(editing)).then(() => (setEditing(null), setFields(emptyFields)))}>
            {t.remove}
          </button>
        )}
      </form>
      <IntentCalibration
        overview={overview}
        threshold={threshold}
        onThreshold={setThreshold}
        onSave={(value) => void act(() => api.setThreshold(value), value === null ? t.calibration.restored : t.calibration.saved).then(() => setThreshold(null))}
      />
      <IntentTester api={api} threshold={threshold} />
      <section aria-labelledby="intent-json-title">
        <h3 id="intent-json-title">{t.transfer.title}</h3>
        <button type="button" onClick={() => void act(async () => download('parley-intents.json', JSON.stringify(await api.exportAll(), null, 2)), t.transfer.exported)}>
          {t.transfer.exportJson}
        </button>
        <label>
          {t.transfer.mode}
          <select value={importMode} onChange={(event) => setImportMode(event.currentTarget.value as 'merge' | 'replace')}>
            <option value="merge">{t.transfer.merge}</option>
            <option value="replace">{t.transfer.replace}</option>
          </select>
        </label>
        <label>
          {t.transfer.importJson}
          <input
            type="file"
            accept="application/json,.json"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (!file) return;
              void act(async () => {
                const intents = parseExport(await readText(file, t.transfer.unreadable), t.transfer.notJson);
                await api.importAll({ mode: importMode, intents });
              }, t.transfer.imported(file.name));
            }}
          />
        </label>
      </section>
    </section>
  );
}
