import { useEffect, useRef } from 'preact/hooks';
import type { Locale, QuickReply } from '../../../shared/domain';
import type { Strings } from '../i18n';
import type { ThreadItem } from '../lib/thread';
import { MessageItem } from './MessageItem';

export interface MessageListProps {
  thread: readonly ThreadItem[];
  t: Strings;
  locale: Locale;
  onQuickReply: (reply: QuickReply) => void;
  onRetry: (clientId: string) => void;
}

/** The transcript as a polite live log, so screen readers announce each new message. */
export function MessageList({ thread, t, locale, onQuickReply, onRetry }: MessageListProps) {
  const log = useRef<HTMLDivElement>(null);
  const last = thread[thread.length - 1];

  // Follow the conversation: each new message scrolls into view.
  useEffect(() => {
    const element = log.current;
    if (element) element.scrollTop = element.scrollHeight;
  }, [thread.length, last?.key]);

  return (
    <div ref={log} class="log" role="log" aria-live="polite" aria-label={t.conversation}>
      {thread.length === 0 && <p class="empty">{t.emptyThread}</p>}
      {thread.map((item) => (
        <MessageItem
          key={item.key}
          item={item}
          t={t}
          locale={locale}
          showQuickReplies={item === last && item.kind === 'stored' && item.message.author.kind === 'bot'}
          onQuickReply={onQuickReply}
          onRetry={onRetry}
        />
      ))}
    </div>
  );
}
