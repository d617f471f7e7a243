/** The visitor's satisfaction rating of a closed conversation: score and comment, or that none was given. */
import type { Conversation } from '../../../shared/domain';
import { useStrings, type Strings } from '../i18n';

/** "5 out of 5 · “Very helpful”" for a table cell; the comment is the visitor's text, shown as text. */
export function csatLine(strings: Pick<Strings, 'csat'>, csat: Conversation['csat']): string {
  if (!csat) return strings.csat.none;
  return csat.comment ? `${strings.csat.score(csat.score)} · “${csat.comment}”` : strings.csat.score(csat.score);
}

export function CsatSummary({ conversation }: { conversation: Pick<Conversation, 'csat' | 'status'> }) {
  const strings = useStrings();
  const { csat } = conversation;
  if (!csat && conversation.status !== 'closed') return null;
  return (
    <section class="csat" aria-labelledby="csat-title">
      <h4 id="csat-title">{strings.csat.title}</h4>
      {csat ? (
        <>
          <p class="csat-score">
            <span aria-hidden="true" class="csat-stars">
              {'★'.repeat(csat.score)}
              {'☆'.repeat(Math.max(0, 5 - csat.score))}
            </span>{' '}
            {strings.csat.score(csat.score)}
          </p>
          <p class="csat-comment">{csat.comment ?? strings.csat.noComment}</p>
        </>
      ) : (
        <p class="empty">{strings.csat.none}</p>
      )}
    </section>
  );
}
