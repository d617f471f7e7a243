/** Learning from agents over REST, and the context that gives transcripts the "wrong answer" control. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { LEARNING_API, type AcceptSuggestion, type ExampleSuggestion, type IntentChoice, type SuggestionInput, type UnansweredOverview, type UnansweredToIntent } from '../../../shared/learning';
import { requestJson, type FetchLike } from '../lib/api';

export interface LearningApi {
  intentChoices(): Promise<IntentChoice[]>;
  suggest(input: SuggestionInput): Promise<ExampleSuggestion>;
  suggestions(): Promise<ExampleSuggestion[]>;
  accept(id: string, choice: AcceptSuggestion): Promise<void>;
  reject(id: string): Promise<void>;
  unanswered(): Promise<UnansweredOverview>;
  toIntent(input: UnansweredToIntent): Promise<void>;
  dismiss(questionIds: string[]): Promise<void>;
}

export function createLearningApi(fetchFn: FetchLike, token: string, baseUrl = ''): LearningApi {
  const call = <T>(path: string, init: RequestInit = {}) =>
    requestJson<T>(fetchFn, `${baseUrl}${path}`, { ...init, headers: { ...(init.headers ?? {}), authorization: `Bearer ${token}` } });
  const post = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return {
    intentChoices: async () => (await call<{ intents: IntentChoice[] }>(LEARNING_API.intentChoices)).intents,
    suggest: async (input) => (await call<{ suggestion: ExampleSuggestion }>(LEARNING_API.suggestions, post(input))).suggestion,
    suggestions: async () => (await call<{ suggestions: ExampleSuggestion[] }>(LEARNING_API.suggestions)).suggestions,
    accept: (id, choice) => call(LEARNING_API.suggestion(id), post(choice)),
    reject: (id) => call(LEARNING_API.suggestion(id), { method: 'DELETE' }),
    unanswered: () => call<UnansweredOverview>(LEARNING_API.unanswered),
    toIntent: (input) => call(LEARNING_API.unansweredToIntent, post(input)),
    dismiss: (questionIds) => call(LEARNING_API.unansweredDismiss, post({ questionIds })),
  };
}

/** Null where there is no signed-in agent (the control is then not shown). */
export const LearningApiContext = createContext<LearningApi | null>(null);
export const useLearningApi = () => useContext(LearningApiContext);
