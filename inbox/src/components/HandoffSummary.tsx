/** What the bot knew when it handed over, so the agent need not make the visitor repeat themselves. */
import type { HandoffContext } from '../../../shared/domain';
import { intentName, useStrings } from '../i18n';

export function HandoffSummary({ handoff }: { handoff: HandoffContext }) {
  const strings = useStrings();
  return (
    <aside class="handoff" aria-label={strings.handoffTitle}>
      <p>
        <strong>{strings.handoffTitle}:</strong> {strings.handoffReason[handoff.reason]}
      </p>
      {handoff.intents.length > 0 && (
        <p>
          {strings.detectedIntents}: {handoff.intents.map((intent) => `${intentName(strings, intent.name)} (${Math.round(intent.confidence * 100)}%)`).join(', ')}
        </p>
      )}
      {handoff.botAnswers.length > 0 && (
        <details>
          <summary>
            {strings.botAnswered} ({handoff.botAnswers.length})
          </summary>
          <ol>
            {handoff.botAnswers.map((answer, i) => (
              <li key={i}>{answer}</li>
            ))}
          </ol>
        </details>
      )}
    </aside>
  );
}
