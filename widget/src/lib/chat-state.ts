/**
 * The one `ChatState` the UI reads, composed from the connection's small models
 * (connection status, conversation, outbox, uploads, typing). The thread is rebuilt only
 * when messages, the outbox or uploads changed, so a typing indicator or a status change
 * does not re-render every message.
 */
import type { ErrorCode } from '../../../shared/errors';
import type { ChatState, ConnectionStatus, Notice } from './chat-controller';
import type { ConversationModel } from './conversation-model';
import { createStore, type ReadableStore } from './store';
import { buildThread, countUnread, type OutgoingMessage, type Upload } from './thread';

export interface ChatStateSources {
  status: ReadableStore<ConnectionStatus>;
  refusal: ReadableStore<ErrorCode | null>;
  notice: ReadableStore<Notice | null>;
  handoffPending: ReadableStore<boolean>;
  conversation: ConversationModel;
  outbox: ReadableStore<OutgoingMessage[]>;
  uploads: ReadableStore<Upload[]>;
  agentTyping: ReadableStore<string | null>;
}

export function composeChatState(sources: ChatStateSources): ReadableStore<ChatState> & { dispose(): void } {
  const { conversation, outbox, uploads } = sources;
  let threadOf = { messages: conversation.get().messages, outgoing: outbox.get(), uploads: uploads.get(), thread: buildThread(conversation.get().messages, outbox.get(), uploads.get()) };
  const currentThread = () => {
    const { messages } = conversation.get();
    const outgoing = outbox.get();
    const pending = uploads.get();
    if (messages !== threadOf.messages || outgoing !== threadOf.outgoing || pending !== threadOf.uploads) {
      threadOf = { messages, outgoing, uploads: pending, thread: buildThread(messages, outgoing, pending) };
    }
    return threadOf.thread;
  };
  const compute = (): ChatState => {
    const { conversation: current, queue, messages, readSeq } = conversation.get();
    return {
      status: sources.status.get(),
      refusal: sources.refusal.get(),
      conversation: current,
      queue,
      thread: currentThread(),
      handoffPending: sources.handoffPending.get(),
      notice: sources.notice.get(),
      agentTyping: sources.agentTyping.get(),
      agentReadSeq: readSeq.agent,
      unread: countUnread(messages, current?.id ?? null, readSeq.visitor),
    };
  };
  const chat = createStore<ChatState>(compute());
  const refresh = () => chat.set(compute());
  const stops = Object.values(sources).map((source: ReadableStore<unknown>) => source.subscribe(refresh));
  return { get: chat.get, subscribe: chat.subscribe, dispose: () => stops.forEach((stop) => stop()) };
}
