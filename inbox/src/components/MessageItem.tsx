/**
 * One line of a transcript. Text is always rendered as text: visitors type whatever they
 * like, and Preact escapes it (this project forbids dangerouslySetInnerHTML outright).
 */
import { useStrings } from '../i18n';
import { formatTime } from '../lib/format-date';
import type { TranscriptEntry } from '../lib/messages';
import { systemLine } from '../lib/system-line';
import { AttachmentView } from './AttachmentView';
import { GuardedText, useGuarded } from '../conversation/AbuseGuard';
import { MaskedText } from './MaskedText';
import { WrongAnswer } from '../learning/WrongAnswer';
import { OfferedArticles } from '../knowledge/OfferedArticles';

interface MessageItemProps {
  entry: TranscriptEntry;
  selfAgentId: string;
  onRetry: (clientId: string) => void;
}

export function MessageItem({ entry, selfAgentId, onRetry }: MessageItemProps) {
  const strings = useStrings();
  const guarded = useGuarded(entry);
  const { author } = entry;
  const authorLabel = { visitor: strings.names.visitorAuthor, bot: strings.names.botAuthor, agent: author.name ?? strings.names.agentAuthor, system: strings.system }[author.kind];
  const text = author.kind === 'system' ? systemLine(strings, entry.text) : entry.text;
  const mine = author.kind === 'agent' && author.id === selfAgentId;
  const classes = ['message', `author-${author.kind}`, mine ? 'mine' : '', entry.internal ? 'internal' : '', `delivery-${entry.delivery}`];

  return (
    <li class={classes.filter(Boolean).join(' ')}>
      <div class="message-meta">
        <span class="message-author">{authorLabel}</span>
        {entry.internal && <span class="tag">{strings.internalNote}</span>}
        <time dateTime={entry.createdAt}>{formatTime(entry.createdAt, strings.locale)}</time>
      </div>
      {/* A file an agent sent carries its name as the text: the card already says it. */}
      {text && text !== entry.attachment?.name && (guarded ? (
          <GuardedText text={text} />
        ) : entry.masked ? (
          <MaskedText conversationId={entry.conversationId} seq={entry.seq} text={text} />
        ) : (
          <p class="message-text">{text}</p>
        ))}
      {entry.attachment && <AttachmentView attachment={entry.attachment} />}
      {entry.articles && entry.articles.length > 0 && <OfferedArticles articles={entry.articles} />}
      {entry.quickReplies && entry.quickReplies.length > 0 && (
        <ul class="quick-replies">
          {entry.quickReplies.map((reply) => (
            <li key={reply.label}>{reply.label}</li>
          ))}
        </ul>
      )}
      {/* Agents teach the bot from its answers (shown only where a learning API is provided). */}
      {author.kind === 'bot' && entry.seq > 0 && <WrongAnswer conversationId={entry.conversationId} seq={entry.seq} />}
      {entry.delivery === 'pending' && <p class="delivery">{strings.sending}</p>}
      {entry.delivery === 'failed' && (
        <p class="delivery error">
          {strings.notSent}{' '}
          <button type="button" class="link" onClick={() => onRetry(entry.clientId)}>
            {strings.names.retry}
          </button>
        </p>
      )}
    </li>
  );
}

