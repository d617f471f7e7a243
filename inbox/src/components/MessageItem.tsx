/**
 * One line of a transcript. Text is always rendered as text: visitors type whatever they
 * like, and Preact escapes it (this project forbids dangerouslySetInnerHTML outright).
 */
import { BOT_NAME } from '../../../shared/domain';
import { names, useStrings } from '../i18n';
import type { TranscriptEntry } from '../lib/messages';

interface MessageItemProps {
  entry: TranscriptEntry;
  selfAgentId: string;
  onRetry: (clientId: string) => void;
}

export function MessageItem({ entry, selfAgentId, onRetry }: MessageItemProps) {
  const strings = useStrings();
  const { author } = entry;
  const authorLabel = { visitor: names.visitorAuthor, bot: BOT_NAME, agent: author.name ?? 'Agent', system: strings.system }[author.kind];
  const mine = author.kind === 'agent' && author.id === selfAgentId;
  const classes = ['message', `author-${author.kind}`, mine ? 'mine' : '', entry.internal ? 'internal' : '', `delivery-${entry.delivery}`];

  return (
    <li class={classes.filter(Boolean).join(' ')}>
      <div class="message-meta">
        <span class="message-author">{authorLabel}</span>
        {entry.internal && <span class="tag">{strings.internalNote}</span>}
        <time dateTime={entry.createdAt}>{formatTime(entry.createdAt)}</time>
      </div>
      <p class="message-text">{entry.text}</p>
      {entry.quickReplies && entry.quickReplies.length > 0 && (
        <ul class="quick-replies">
          {entry.quickReplies.map((reply) => (
            <li key={reply.label}>{reply.label}</li>
          ))}
        </ul>
      )}
      {entry.delivery === 'pending' && <p class="delivery">{strings.sending}</p>}
      {entry.delivery === 'failed' && (
        <p class="delivery error">
          {strings.notSent}{' '}
          <button type="button" class="link" onClick={() => onRetry(entry.clientId)}>
            {names.retry}
          </button>
        </p>
      )}
    </li>
  );
}

function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}
