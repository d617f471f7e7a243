/** What the panel shows when: pure decisions over the chat state and the site's settings, tested without rendering. */
import type { Message } from '../../../shared/domain';
import type { WidgetConfig } from '../../../shared/settings';
import type { Strings } from '../i18n';
import type { ChatState } from './chat-controller';
import type { ThreadItem } from './thread';

/** The header's second line: who is answering, where the visitor is in line, or whether anyone is there. */
export function headerStatus(state: Pick<ChatState, 'conversation' | 'queue'>, config: WidgetConfig | null, t: Strings): string {
  const { conversation, queue } = state;
  switch (conversation?.status) {
    case 'queued':
      // The server queues only with an agent online, but agents may leave while the visitor
      // waits: with nobody there by the site's latest word, no place or wait is promised.
      if (nobodyThere(config)) return t.status.queued;
      return queue ? t.status.queuePosition(queue.position, Math.max(1, Math.ceil(queue.estimatedWaitSeconds / 60))) : t.status.queued;
    case 'offline':
      return t.status.offline;
    case 'assigned':
      return t.status.assigned(conversation.assignedAgentName ?? t.agent);
    case 'closed':
      return t.status.closed;
    default:
      return config && !config.agentsAvailable ? t.away : t.online;
  }
}

/** The site says no agent can answer live now (outside business hours, or nobody online). */
const nobodyThere = (config: WidgetConfig | null) => !!config && !config.agentsAvailable;

/**
 * The leave-a-message form: the server keeps a request for a person (button or words
 * alike) as a message when no agent can take it, and this follows its word (status
 * offline) rather than the config read when the page loaded.
 */
export function offersMessageForm(state: Pick<ChatState, 'conversation'>, memory: { sentFor: string | null }): boolean {
  const { conversation } = state;
  if (!conversation || memory.sentFor === conversation.id) return false;
  return conversation.status === 'offline';
}

/** Asking for a human makes sense until humans have the conversation. */
export const canAskForHuman = (state: Pick<ChatState, 'conversation'>) => {
  const status = state.conversation?.status ?? 'bot';
  return status === 'bot' || status === 'closed';
};

/** The pre-chat form comes first for a visitor the site knows nothing about yet. */
export function needsPreChat(config: WidgetConfig | null, known: { profileGiven: boolean; identified: boolean; hasThread: boolean }): boolean {
  const preChat = config?.widget.preChat;
  return !!preChat?.enabled && preChat.fields.length > 0 && !known.profileGiven && !known.identified && !known.hasThread;
}

/** CSAT is asked once an agent closed the conversation and until the visitor rated it. */
export const wantsRating = (state: Pick<ChatState, 'conversation'>) =>
  state.conversation?.status === 'closed' && state.conversation.resolution === 'agent' && !state.conversation.csat;

/** Topic choices: the site's teams. */
export const topicsOf = (config: WidgetConfig | null): string[] => config?.teams ?? [];

/**
 * The receipt under the visitor's latest stored message: "Read" once an agent read up to
 * it, else "Delivered" (the server acknowledged it). Earlier messages go without, which
 * keeps the thread quiet; pending and failed messages show their own state.
 */
export function receiptKey(thread: readonly ThreadItem[], agentReadSeq: number): { key: string; read: boolean } | null {
  for (let index = thread.length - 1; index >= 0; index--) {
    const item = thread[index]!;
    if (item.kind === 'stored' && item.message.author.kind === 'visitor') {
      return { key: item.key, read: isReadBy(item.message, agentReadSeq) };
    }
  }
  return null;
}

const isReadBy = (message: Message, agentReadSeq: number) => message.seq <= agentReadSeq;
