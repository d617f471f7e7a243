import { BOT_NAME, type Locale, type Message, type QuickReply } from '../../../shared/domain';
import type { Strings } from '../i18n';
import { noticeText } from '../i18n';
import { formatTime } from '../lib/format-time';
import type { ThreadItem } from '../lib/thread';

export interface MessageItemProps {
  item: ThreadItem;
  t: Strings;
  locale: Locale;
  /** Only the latest bot message offers its quick replies; older ones are history. */
  showQuickReplies: boolean;
  onQuickReply: (reply: QuickReply) => void;
  onRetry: (clientId: string) => void;
}

function authorName(author: Message['author'], t: Strings): string {
  switch (author.kind) {
    case 'visitor':
      return t.you;
    case 'bot':
      return BOT_NAME;
    case 'agent':
      return author.name ?? t.agent;
    default:
      return t.notice;
  }
}

/**
 * One line of the transcript. Text is rendered as a text node, never as HTML: it was
 * typed by visitors and agents, and a `<b>` in it must stay a literal `<b>`.
 */
export function MessageItem({ item, t, locale, showQuickReplies, onQuickReply, onRetry }: MessageItemProps) {
  const kind = item.kind === 'stored' ? item.message.author.kind : 'visitor';
  const author = item.kind === 'stored' ? authorName(item.message.author, t) : t.you;
  const { text, createdAt } = item.message;
  const outgoing = item.kind === 'outgoing' ? item.message : null;
  const quickReplies = item.kind === 'stored' && showQuickReplies ? (item.message.quickReplies ?? []) : [];

  return (
    <div class={`message message-${kind}${outgoing ? ` message-${outgoing.state}` : ''}`}>
      <p class={kind === 'system' ? 'meta visually-hidden' : 'meta'}>
        <span class="author">{author}</span>
        {kind !== 'system' && ' · '}
        <time dateTime={createdAt}>{formatTime(createdAt, locale)}</time>
      </p>
      <p class="bubble">{text}</p>
      {outgoing?.state === 'pending' && <p class="delivery">{t.sending}</p>}
      {outgoing?.state === 'failed' && (
        <p class="delivery delivery-failed">
          {t.notSent}
          {outgoing.error && `: ${noticeText(t, outgoing.error.code)}`}{' '}
          <button type="button" class="link-button" onClick={() => onRetry(outgoing.clientId)}>
            {t.retry}
          </button>
        </p>
      )}
      {quickReplies.length > 0 && (
        <div class="quick-replies">
          {quickReplies.map((reply) => (
            <button key={reply.label} type="button" class="quick-reply" onClick={() => onQuickReply(reply)}>
              {reply.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
