import { useEffect, useRef } from 'preact/hooks';
import type { Locale, QuickReply } from '../../../shared/domain';
import type { Strings } from '../i18n';
import { receiptKey } from '../lib/panel-rules';
import type { ThreadItem } from '../lib/thread';
import { MessageItem } from './MessageItem';

export interface MessageListProps {
  thread: readonly ThreadItem[];
  t: Strings;
  locale: Locale;
  /** Shown above an empty conversation: a proactive message, the site's greeting, or the default. */
  greeting: string;
  agentReadSeq: number;
  onQuickReply: (reply: QuickReply) => void;
  onRetry: (key: string) => void;
  loadAttachment: (attachmentId: string) => Promise<string>;
  onDownloadError: () => void;
}

/** The transcript as a polite live log, so screen readers announce each new message. */
export function MessageList({ thread, t, locale, greeting, agentReadSeq, onQuickReply, onRetry, loadAttachment, onDownloadError }: MessageListProps) {
  const log = useRef<HTMLDivElement>(null);
  const last = thread[thread.length - 1];
  const receipt = receiptKey(thread, agentReadSeq);

  // Follow the conversation: each new message scrolls into view.
  useEffect(() => {
    const element = log.current;
    if (element) element.scrollTop = element.scrollHeight;
  }, [thread.length, last?.key]);

  return (
    <div ref={log} class="log" role="log" aria-live="polite" aria-label={t.conversation} tabIndex={0}>
      {thread.length === 0 && <p class="empty">{greeting}</p>}
      {thread.map((item) => (
        <MessageItem
          key={item.key}
          item={item}
          t={t}
          locale={locale}
          showQuickReplies={item === last && item.kind === 'stored' && item.message.author.kind === 'bot'}
          receipt={receipt?.key === item.key ? (receipt.read ? 'read' : 'delivered') : null}
          onQuickReply={onQuickReply}
          onRetry={onRetry}
          loadAttachment={loadAttachment}
          onDownloadError={onDownloadError}
        />
      ))}
    </div>
  );
}
