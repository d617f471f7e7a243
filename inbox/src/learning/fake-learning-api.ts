/** A learning API in memory for component tests: records what the screens asked for. */
import type { AcceptSuggestion, ExampleSuggestion, IntentChoice, SuggestionInput, UnansweredOverview, UnansweredToIntent } from '../../../shared/learning';
import { ParleyClientError } from '../lib/errors';
import type { LearningApi } from './learning-api';

export const choices: IntentChoice[] = [
  { name: 'store_location', displayName: { ko: '', en: '' } },
  { name: 'gift_wrap', displayName: { ko: '선물 포장', en: 'Gift wrapping' } },
];

export function fakeLearningApi(initial: { overview?: UnansweredOverview; suggestions?: ExampleSuggestion[]; failSuggest?: boolean } = {}) {
  let overview = initial.overview ?? { clusters: [], total: 0 };
  let suggestions = initial.suggestions ?? [];
  const calls = { suggested: [] as SuggestionInput[], accepted: [] as [string, AcceptSuggestion][], rejected: [] as string[], toIntent: [] as UnansweredToIntent[], dismissed: [] as string[][] };
  const drop = (ids: string[]) => {
    overview = { ...overview, clusters: overview.clusters.filter((cluster) => !cluster.questionIds.some((id) => ids.includes(id))) };
  };
  const api: LearningApi = {
    intentChoices: async () => choices,
    async suggest(input) {
      if (initial.failSuggest) throw new ParleyClientError('PARLEY_ERR_CONVERSATION_NOT_FOUND', 'no such conversation on your site');
      calls.suggested.push(input);
      return { id: 's1', conversationId: input.conversationId, question: 'q', intent: input.intent, suggestedBy: { id: 'a', name: 'Mina' }, at: new Date(0).toISOString() };
    },
    suggestions: async () => suggestions,
    async accept(id, choice) {
      calls.accepted.push([id, choice]);
      suggestions = suggestions.filter((suggestion) => suggestion.id !== id);
    },
    async reject(id) {
      calls.rejected.push(id);
      suggestions = suggestions.filter((suggestion) => suggestion.id !== id);
    },
    unanswered: async () => overview,
    async toIntent(input) {
      calls.toIntent.push(input);
      drop(input.questionIds);
    },
    async dismiss(ids) {
      calls.dismissed.push(ids);
      drop(ids);
    },
  };
  return { api, calls };
}
