/** Agents' corrections waiting for the admin: accept (into the named intent, or a new one) or reject. */
import { useState } from 'preact/hooks';
import type { ExampleSuggestion, IntentChoice } from '../../../shared/learning';
import { useStrings } from '../i18n';
import { IntentDraft, type NewIntent } from './IntentDraft';
import { intentLabel } from './intent-label';
import { learningText } from './learning-text';

export interface SuggestionListProps {
  suggestions: ExampleSuggestion[];
  intents: IntentChoice[];
  onAccept: (suggestion: ExampleSuggestion, choice: { intent: string } | { newIntent: NewIntent }) => Promise<void>;
  onReject: (suggestion: ExampleSuggestion) => Promise<void>;
}

export function SuggestionList({ suggestions, intents, onAccept, onReject }: SuggestionListProps) {
  const strings = useStrings();
  const text = learningText[strings.locale];
  const [drafting, setDrafting] = useState<string | null>(null);
  const label = (name: string) => {
    const choice = intents.find((intent) => intent.name === name);
    return choice ? intentLabel(strings, choice) : name;
  };

  return (
    <section aria-label={text.suggestions}>
      <h3>{text.suggestions}</h3>
      {suggestions.length === 0 && <p>{text.noSuggestions}</p>}
      <ul class="learning-list">
        {suggestions.map((suggestion) => (
          <li key={suggestion.id}>
            <p class="learning-question">{suggestion.question}</p>
            <p>
              {suggestion.intent ? text.suggestedIntent(label(suggestion.intent)) : text.suggestedNew} · {text.suggestionBy(suggestion.suggestedBy.name)}
            </p>
            {drafting === suggestion.id ? (
              <IntentDraft
                examples={[suggestion.question]}
                taken={intents.map((intent) => intent.name)}
                onSave={(newIntent) => onAccept(suggestion, { newIntent })}
                onCancel={() => setDrafting(null)}
              />
            ) : (
              <>
                <button type="button" aria-label={text.acceptFor(suggestion.question)} onClick={() => (suggestion.intent ? void onAccept(suggestion, { intent: suggestion.intent }) : setDrafting(suggestion.id))}>
                  {text.accept}
                </button>
                <button type="button" aria-label={text.rejectFor(suggestion.question)} onClick={() => void onReject(suggestion)}>
                  {text.reject}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
