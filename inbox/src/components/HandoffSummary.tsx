/** What the bot knew when it handed over, so the agent need not make the visitor repeat themselves. */
import type { HandoffContext } from '../../../shared/domain';
import { intentName, useStrings, type Strings } from '../i18n';
import { WrongAnswer } from '../learning/WrongAnswer';

type DetectedIntent = HandoffContext['intents'][number];

/**
 * The admin's display name in the agent's language; else the catalogue's name for an
 * intent every site starts with; else the admin's name in the other language; only then
 * the id made readable ("gift_wrap" → "Gift wrap"). Never the bare id.
 */
function detectedName(strings: Strings, intent: DetectedIntent): string {
  const own = intent.displayName?.[strings.locale]?.trim();
  if (own) return own;
  const known = strings.intentNames[intent.name];
  if (known) return known;
  return intent.displayName?.[strings.locale === 'ko' ? 'en' : 'ko']?.trim() || intentName(strings, intent.name);
}

/** With the conversation's id, the agent may also mark how the bot handled the question wrong. */
export function HandoffSummary({ handoff, conversationId }: { handoff: HandoffContext; conversationId?: string }) {
  const strings = useStrings();
  return (
    <aside class="handoff" aria-label={strings.handoffTitle}>
      <p>
        <strong>{strings.handoffTitle}:</strong> {strings.handoffReason[handoff.reason]}
      </p>
      {handoff.intents.length > 0 && (
        <p>
          {strings.detectedIntents}: {handoff.intents.map((intent) => `${detectedName(strings, intent)} (${Math.round(intent.confidence * 100)}%)`).join(', ')}
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
      {conversationId && <WrongAnswer conversationId={conversationId} />}
    </aside>
  );
}
