import type { Locale, Message, QuickReply } from '../../../shared/domain';
import type { Strings } from '../i18n';
import { noticeText } from '../i18n';
import { formatTime } from '../lib/format-time';
import { initials } from '../lib/initials';
import type { ThreadItem } from '../lib/thread';
import { ArticleCards } from '../chat/ArticleCards';
import { AttachmentView } from './AttachmentView';
import { LinkifiedText } from './LinkifiedText';

export interface MessageItemProps {
  item: ThreadItem;
  t: Strings;
  locale: Locale;
  /** Only the latest bot message offers its quick replies; older ones are history. */
  showQuickReplies: boolean;
  /** "Delivered" or "Read" under the visitor's latest message. */
  receipt: 'delivered' | 'read' | null;
  onQuickReply: (reply: QuickReply) => void;
  onRetry: (key: string) => void;
  loadAttachment: (attachmentId: string) => Promise<string>;
  onDownloadError: () => void;
}

function authorName(author: Message['author'], t: Strings): string {
  switch (author.kind) {
    case 'visitor':
      return t.you;
    case 'bot':
      return t.bot;
    case 'agent':
      return author.name ?? t.agent;
    default:
      return t.notice;
  }
}

/**
 * One line of the transcript. Text is rendered as text nodes, never as HTML: it was
 * typed by visitors and agents, and a `<b>` in it must stay a literal `<b>`.
 */
export function MessageItem({ item, t, locale, showQuickReplies, receipt, onQuickReply, onRetry, loadAttachment, onDownloadError }: MessageItemProps) {
  if (item.kind === 'upload') {
    const { upload } = item;
    return (
      <div class="message message-visitor">
        <div class="bubble upload">
          {upload.preview && <img src={upload.preview} alt="" />}
          <span class="file-name">{upload.name}</span>
          {upload.state === 'uploading' ? (
            <progress max={1} value={upload.progress} aria-label={t.uploading(upload.name)} />
          ) : (
            <p class="delivery delivery-failed">
              {t.uploadFailed}{' '}
              <button type="button" class="link-button" onClick={() => onRetry(upload.id)}>
                {t.retry}
              </button>
            </p>
          )}
        </div>
      </div>
    );
  }

  const kind = item.kind === 'stored' ? item.message.author.kind : 'visitor';
  const author = item.kind === 'stored' ? authorName(item.message.author, t) : t.you;
  const { text, createdAt, attachment } = item.message;
  const outgoing = item.kind === 'outgoing' ? item.message : null;
  const quickReplies = item.kind === 'stored' && showQuickReplies ? (item.message.quickReplies ?? []) : [];

  return (
    <div class={`message message-${kind}${outgoing ? ` message-${outgoing.state}` : ''}`}>
      {(kind === 'agent' || kind === 'bot') && (
        <span class="avatar" aria-hidden="true">
          {initials(author)}
        </span>
      )}
      <div class="message-body">
        <p class={kind === 'system' ? 'meta visually-hidden' : 'meta'}>
          <span class="author">{author}</span>
          {kind !== 'system' && ' · '}
          <time dateTime={createdAt}>{formatTime(createdAt, locale)}</time>
        </p>
        {(text || !attachment) && (
          <p class="bubble">
            <LinkifiedText text={text} />
          </p>
        )}
        {item.kind === 'stored' && item.message.articles?.length && <ArticleCards articles={item.message.articles} />}
        {attachment && <AttachmentView attachment={attachment} t={t} load={loadAttachment} onError={onDownloadError} />}
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
        {receipt && <p class="delivery">{receipt === 'read' ? t.read : t.delivered}</p>}
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
    </div>
  );
}
