/**
 * "Wrong answer" under a bot message or on the handoff card: the agent picks the intent
 * the visitor meant (or "new intent") and the visitor's question goes to an admin as a
 * suggested example. The server finds the question and checks the agent may see it.
 */
import { useState } from 'preact/hooks';
import type { IntentChoice } from '../../../shared/learning';
import { errorText, useStrings } from '../i18n';
import { ParleyClientError } from '../lib/errors';
import { useLearningApi, type LearningApi } from './learning-api';
import { intentLabel } from './intent-label';
import { learningText } from './learning-text';
import './learning.css';

const NEW_INTENT = '';
/** One list of intents per API (session), shared by every control on the page. */
const choicesOf = new WeakMap<LearningApi, Promise<IntentChoice[]>>();

function loadChoices(api: LearningApi) {
  let loading = choicesOf.get(api);
  if (!loading) {
    loading = api.intentChoices();
    choicesOf.set(api, loading);
    loading.catch(() => choicesOf.delete(api));
  }
  return loading;
}

export interface WrongAnswerProps {
  conversationId: string;
  /** The bot message marked wrong; absent on the handoff card. */
  seq?: number;
}

export function WrongAnswer({ conversationId, seq }: WrongAnswerProps) {
  const api = useLearningApi();
  const strings = useStrings();
  const text = learningText[strings.locale];
  const [open, setOpen] = useState(false);
  const [choices, setChoices] = useState<IntentChoice[] | null>(null);
  const [picked, setPicked] = useState(NEW_INTENT);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!api) return null;

  const failed = (failure: unknown) => setError(text.failed(failure instanceof ParleyClientError ? errorText(strings, failure) : String(failure)));
  const start = () => {
    setOpen(true);
    setNotice(null);
    setError(null);
    loadChoices(api).then((loaded) => {
      setChoices(loaded);
      setPicked((current) => current || loaded[0]?.name || NEW_INTENT);
    }, failed);
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    try {
      await api.suggest({ conversationId, ...(seq ? { seq } : {}), intent: picked === NEW_INTENT ? null : picked });
      setOpen(false);
      setNotice(text.suggested);
    } catch (failure) {
      failed(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="wrong-answer">
      {!open && (
        <button type="button" class="link" onClick={start}>
          {text.wrongAnswer}
        </button>
      )}
      {open && (
        <form aria-label={text.wrongAnswer} onSubmit={submit}>
          <label>
            {text.rightIntent}
            <select value={picked} disabled={!choices} onChange={(event) => setPicked((event.target as HTMLSelectElement).value)}>
              {(choices ?? []).map((choice) => (
                <option key={choice.name} value={choice.name}>
                  {intentLabel(strings, choice)}
                </option>
              ))}
              <option value={NEW_INTENT}>{text.newIntent}</option>
            </select>
          </label>
          {!choices && !error && <span>{text.loadingIntents}</span>}
          <button type="submit" disabled={busy || !choices}>
            {text.suggest}
          </button>
          <button type="button" onClick={() => setOpen(false)}>
            {text.cancel}
          </button>
        </form>
      )}
      {notice && <p role="status">{notice}</p>}
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
