/**
 * The admins' learning screen: agents' corrections to review, then what the bot could not
 * answer in clusters (most frequent first), each made an intent, added to one, or dismissed.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ExampleSuggestion, IntentChoice, UnansweredCluster, UnansweredOverview } from '../../../shared/learning';
import { errorText, useStrings } from '../i18n';
import { ParleyClientError } from '../lib/errors';
import { ClusterList } from './ClusterList';
import type { NewIntent } from './IntentDraft';
import type { LearningApi } from './learning-api';
import { learningText } from './learning-text';
import { SuggestionList } from './SuggestionList';

export interface UnansweredScreenProps {
  api: LearningApi;
  onClose: () => void;
}

export function UnansweredScreen({ api, onClose }: UnansweredScreenProps) {
  const strings = useStrings();
  const text = learningText[strings.locale];
  const [overview, setOverview] = useState<UnansweredOverview | null>(null);
  const [suggestions, setSuggestions] = useState<ExampleSuggestion[]>([]);
  const [intents, setIntents] = useState<IntentChoice[]>([]);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<string | null>(null);

  const failed = useCallback((failure: unknown) => setError(text.failed(failure instanceof ParleyClientError ? errorText(strings, failure) : String(failure))), [strings, text]);
  const load = useCallback(async () => {
    try {
      const [nextOverview, nextSuggestions, nextIntents] = await Promise.all([api.unanswered(), api.suggestions(), api.intentChoices()]);
      setOverview(nextOverview);
      setSuggestions(nextSuggestions);
      setIntents(nextIntents);
    } catch (failure) {
      failed(failure);
    }
  }, [api, failed]);
  useEffect(() => void load(), [load]);

  /** Runs an action, reloads, then says what happened (so the list already shows it); failures are shown, never thrown. */
  const act = async (run: () => Promise<unknown>, done: string) => {
    setError(null);
    try {
      await run();
      await load();
      setNotice(done);
    } catch (failure) {
      failed(failure);
    }
  };

  return (
    <section class="intent-admin learning-screen" aria-label={text.screen}>
      <header>
        <h2>{text.title}</h2>
        <button type="button" onClick={onClose}>
          {text.back}
        </button>
      </header>
      <p role="status">{overview ? notice : text.loading}</p>
      {error && <p role="alert">{error}</p>}
      <SuggestionList
        suggestions={suggestions}
        intents={intents}
        onAccept={(suggestion, choice) => act(() => api.accept(suggestion.id, choice), text.accepted)}
        onReject={(suggestion) => act(() => api.reject(suggestion.id), text.rejected)}
      />
      {overview && (
        <div>
          <h3>{text.screen}</h3>
          <p>{overview.clusters.length === 0 ? text.empty : text.total(overview.total)}</p>
          <ClusterList
            clusters={overview.clusters}
            intents={intents}
            onMake={(cluster: UnansweredCluster, intent: NewIntent) => act(() => api.toIntent({ questionIds: cluster.questionIds, newIntent: intent }), text.saved(intent.name))}
            onAdd={(cluster, intent) => act(() => api.toIntent({ questionIds: cluster.questionIds, intent }), text.saved(intent))}
            onDismiss={(cluster) => act(() => api.dismiss(cluster.questionIds), text.dismissed)}
          />
        </div>
      )}
    </section>
  );
}
