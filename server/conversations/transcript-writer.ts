/**
 * Writes a message into a conversation's transcript and, once stored, tells the
 * conversation's participants. Every author — visitor, bot, agent, system — goes
 * through the message store, so every line gets a seq and survives a restart.
 */
import { randomUUID } from 'node:crypto';
import { BOT_NAME, type Conversation, type Message, type QueuePosition, type Visitor } from '../../shared/domain';
import type { ReadReceipt, TypingState } from '../../shared/events';
import type { MessageStore, NewMessage } from './message-store';

/** Implemented at the edge (Socket.IO rooms); services only say what happened. */
export interface ConversationNotifier {
  messageCreated(conversation: Conversation, message: Message): void;
  conversationUpdated(conversation: Conversation): void;
  queuePosition(conversation: Conversation, position: QueuePosition): void;
  /** Typing goes to the other side of the conversation only. */
  typing(conversation: Conversation, state: TypingState): void;
  visitorUpdated(visitor: Visitor): void;
  /** Read receipts go to the other side. */
  conversationRead(conversation: Conversation, receipt: ReadReceipt): void;
}

export type TranscriptWriter = ReturnType<typeof createTranscriptWriter>;

export function createTranscriptWriter(messages: MessageStore, notifier: ConversationNotifier) {
  async function post(conversation: Conversation, input: Omit<NewMessage, 'conversationId' | 'siteId'>) {
    const { message, created } = await messages.append({ ...input, conversationId: conversation.id, siteId: conversation.siteId });
    if (created) notifier.messageCreated(conversation, message);
    return message;
  }
  return {
    post,
    system: (conversation: Conversation, text: string) =>
      post(conversation, { clientId: `sys-${randomUUID()}`, author: { kind: 'system', id: null, name: null }, text }),
    bot: (conversation: Conversation, text: string, quickReplies?: Message['quickReplies'], articles?: Message['articles']) =>
      post(conversation, {
        clientId: `bot-${randomUUID()}`,
        author: { kind: 'bot', id: null, name: BOT_NAME },
        text,
        ...(quickReplies ? { quickReplies } : {}),
        ...(articles?.length ? { articles } : {}),
      }),
  };
}
