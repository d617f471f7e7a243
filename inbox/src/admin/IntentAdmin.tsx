/**
 * Admins manage the bot's intents: the list, an editor (examples one per line, Korean
 * and English answers, related intents, team, "always a human"), a live tester, and
 * JSON import and export.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { IntentDefinition } from '../../../shared/domain';
import type { IntentOverview } from '../../../shared/http';
import type { IntentApi } from './intent-api';
import { emptyFields, toFields, toIntent, type IntentFields } from './intent-form';
import { IntentCalibration } from './IntentCalibration';
import { useIntentTexts } from './intent-texts';
import { IntentTester } from './IntentTester';

interface IntentAdminProps {
  api: IntentApi;
  onClose: () => void;
  /** Saves the exported JSON; injected so tests need no browser download. */
  download?: (fileName: string, content: string) => void;
}

const readText = (file: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new Error('the file could not be read'));
    reader.readAsText(file);
  });

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
  const texts = useIntentTexts();

  const refresh = useCallback(
    () =>
      api.overview().then(
        (current) => (setOverview(current), setIntents(current.intents)),
        (failure: Error) => setError(failure.message),
      ),
    [api],
  );
  useEffect(() => void refresh(), [refresh]);
  // Training after a change takes seconds; look again until the new calibration is there.
  useEffect(() => {
    if (!overview || overview.calibration) return;
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
      setError((failure as Error).message);
    }
  };
  const field = (name: keyof IntentFields) => ({
    value: fields[name] as string,
    onInput: (event: Event) => setFields({ ...fields, [name]: (event.currentTarget as HTMLInputElement).value }),
  });

  return (
    <section class="intent-admin" aria-labelledby="intent-admin-title">
      <header>
        <h2 id="intent-admin-title">Bot intents</h2>
        <button type="button" onClick={onClose}>Back to conversations</button>
      </header>
      {error && <p role="alert">{error}</p>}
      {status && <p role="status">{status}</p>}
      <ul aria-label="Intents">
        {intents.map((intent) => (
          <li key={intent.name}>
            <button type="button" aria-label={`Edit intent ${intent.name}`} onClick={() => (setFields(toFields(intent)), setEditing(intent.name))}>
              {intent.name}
            </button>{' '}
            <span>{intent.examples.length} examples{intent.handoff ? ' · always a human' : ''}</span>
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => (setFields(emptyFields), setEditing(null))}>New intent</button>
      <form
        aria-label={editing ? `Edit intent ${editing}` : 'New intent'}
        onSubmit={(event) => {
          event.preventDefault();
          void act(() => api.save(toIntent(fields)), `Saved ${fields.name.trim()}`).then(() => setEditing(fields.name.trim()));
        }}
      >
        <label>Name<input type="text" required readOnly={editing !== null} {...field('name')} /></label>
        <label>Display name in Korean (quick replies, handoff card)<input type="text" maxLength={60} {...field('displayKo')} /></label>
        <label>Display name in English<input type="text" maxLength={60} {...field('displayEn')} /></label>
        <label>Examples (one per line)<textarea required rows={6} {...field('examples')} /></label>
        <label>Answer in Korean<textarea rows={3} {...field('answerKo')} /></label>
        <label>Answer in English<textarea rows={3} {...field('answerEn')} /></label>
        <label>Related intents (comma-separated)<input type="text" {...field('related')} /></label>
        <label>Team<input type="text" {...field('team')} /></label>
        <label>
          <input type="checkbox" checked={fields.handoff} onChange={(event) => setFields({ ...fields, handoff: event.currentTarget.checked })} />
          Always hand to a human
        </label>
        <button type="submit">Save intent</button>
        {editing && (
          <button type="button" onClick={() => void act(() => api.remove(editing), `Deleted ${editing}`).then(() => (setEditing(null), setFields(emptyFields)))}>
            Delete intent
          </button>
        )}
      </form>
      <IntentCalibration
        overview={overview}
        threshold={threshold}
        onThreshold={setThreshold}
        onSave={(value) => void act(() => api.setThreshold(value), value === null ? texts.restored : texts.saved).then(() => setThreshold(null))}
      />
      <IntentTester api={api} threshold={threshold} />
      <section aria-labelledby="intent-json-title">
        <h3 id="intent-json-title">Import and export</h3>
        <button type="button" onClick={() => void act(async () => download('parley-intents.json', JSON.stringify(await api.exportAll(), null, 2)), 'Exported')}>
          Export intents as JSON
        </button>
        <label>
          Import mode
          <select value={importMode} onChange={(event) => setImportMode(event.currentTarget.value as 'merge' | 'replace')}>
            <option value="merge">Merge with the current intents</option>
            <option value="replace">Replace all intents</option>
          </select>
        </label>
        <label>
          Import intents from JSON
          <input
            type="file"
            accept="application/json,.json"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (!file) return;
              void act(async () => {
                const parsed = JSON.parse(await readText(file)) as { intents?: IntentDefinition[] };
                await api.importAll({ mode: importMode, intents: parsed.intents ?? [] });
              }, `Imported ${file.name}`);
            }}
          />
        </label>
      </section>
    </section>
  );
}
