import type { Ref } from 'preact';
import { useRef } from 'preact/hooks';
import type { Locale, QuickReply } from '../../../shared/domain';
import { noticeText, type Strings } from '../i18n';
import type { ChatController, ChatState } from '../lib/chat-controller';
import { useStore } from '../lib/use-store';
import { Composer } from './Composer';
import { MessageList } from './MessageList';

export interface ChatPanelProps {
  chat: ChatController;
  t: Strings;
  locale: Locale;
  onClose: () => void;
  panelRef?: Ref<HTMLDivElement>;
  draft?: string;
  onDraftChange?: (text: string) => void;
}

/** The header's second line: who is answering, or where the visitor is in line. */
export function conversationStatus(state: Pick<ChatState, 'conversation' | 'queue'>, t: Strings): string {
  const { conversation, queue } = state;
  switch (conversation?.status ?? 'bot') {
    case 'queued':
      return queue ? t.status.queuePosition(queue.position, Math.max(1, Math.ceil(queue.estimatedWaitSeconds / 60))) : t.status.queued;
    case 'offline':
      return t.status.offline;
    case 'assigned':
      return t.status.assigned(conversation?.assignedAgentName ?? t.agent);
    case 'closed':
      return t.status.closed;
    default:
      return t.status.bot;
  }
}

/** Asking for a human makes sense until humans have the conversation. */
export const canAskForHuman = (state: Pick<ChatState, 'conversation'>) => {
  const status = state.conversation?.status ?? 'bot';
  return status === 'bot' || status === 'closed';
};

export function ChatPanel({ chat, t, locale, onClose, panelRef, draft, onDraftChange }: ChatPanelProps) {
  const state = useStore(chat);
  const connection = state.status === 'online' ? null : t.connection[state.status];
  const box = useRef<HTMLTextAreaElement>(null);

  // Quick replies and "Talk to a human" disappear once used; focus would fall to the
  // page body, where Esc and typing no longer reach the widget. The box is next anyway.
  const focusBox = () => box.current?.focus();

  const askForHuman = () => {
    chat.requestHandoff();
    focusBox();
  };

  const onQuickReply = (reply: QuickReply) => {
    if (reply.action === 'handoff') chat.requestHandoff();
    else if (reply.action === 'solved') chat.markSolved();
    else chat.send(reply.label);
    focusBox();
  };

  return (
    <div
      ref={panelRef}
      class="panel"
      role="dialog"
      // Clicks on the panel's background keep focus in the widget, so Esc still closes it.
      tabIndex={-1}
      aria-label={t.title}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <header class="header">
        <div class="header-text">
          <h2 class="title">{t.title}</h2>
          <p class="subtitle">{conversationStatus(state, t)}</p>
        </div>
        <button type="button" class="close" aria-label={t.closeChat} onClick={onClose}>
          <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round">
            <path d="M6 6l12 12M18 6L6 18" />
          </svg>
        </button>
      </header>
      {connection && (
        <p class={state.status === 'unavailable' ? 'banner banner-error' : 'banner'} role="status">
          {connection}
        </p>
      )}
      <MessageList thread={state.thread} t={t} locale={locale} onQuickReply={onQuickReply} onRetry={chat.retry} />
      {state.agentTyping !== null && <p class="typing">{t.typing(state.agentTyping || null)}</p>}
      {state.notice && (
        <div class="notice" role="alert">
          <span>{noticeText(t, state.notice)}</span>
          <button type="button" class="link-button" onClick={chat.dismissNotice}>
            {t.dismiss}
          </button>
        </div>
      )}
      {canAskForHuman(state) && (
        <div class="actions">
          <button type="button" class="human" aria-disabled={state.handoffPending} onClick={askForHuman}>
            {t.talkToHuman}
          </button>
        </div>
      )}
      <Composer t={t} onSend={chat.send} initialText={draft} onDraftChange={onDraftChange} onTyping={chat.setTyping} boxRef={box} />
    </div>
  );
}
