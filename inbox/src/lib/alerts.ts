/**
 * When the inbox should get the agent's attention, as a pure decision: a conversation
 * newly assigned to them, or a visitor writing in one of theirs while the agent looks
 * elsewhere (another tab, another window, another conversation).
 */
import type { Conversation, Message } from '../../../shared/domain';

export interface Alert {
  /** Groups browser notifications so a burst of messages replaces, not stacks. */
  tag: string;
  conversationId: string;
  kind: 'assigned' | 'message';
  /** The visitor's words, or null for an assignment. */
  text: string | null;
}

export interface AlertContext {
  selfAgentId: string;
  /** The conversation in front of the agent, if the page is visible. */
  watchingId: string | null;
}

export function alertForUpdate(previous: Conversation | undefined, next: Conversation, context: AlertContext): Alert | null {
  const nowMine = next.status === 'assigned' && next.assignedAgentId === context.selfAgentId;
  const wasMine = previous?.status === 'assigned' && previous.assignedAgentId === context.selfAgentId;
  if (!nowMine || wasMine) return null;
  return { tag: `assigned:${next.id}`, conversationId: next.id, kind: 'assigned', text: next.lastMessagePreview };
}

export function alertForMessage(conversation: Conversation | undefined, message: Message, context: AlertContext): Alert | null {
  if (message.author.kind !== 'visitor' || !conversation) return null;
  if (conversation.status !== 'assigned' || conversation.assignedAgentId !== context.selfAgentId) return null;
  if (context.watchingId === message.conversationId) return null;
  return { tag: `message:${message.conversationId}`, conversationId: message.conversationId, kind: 'message', text: message.text };
}
