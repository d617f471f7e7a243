/**
 * What the visitor knows about their conversation: the conversation itself, the stored
 * messages, while queued their place in line, and how far each side has read. Pure state:
 * the connection feeds it.
 */
import type { Message, QueuePosition } from '../../../shared/domain';
import type { VisitorConversation as Conversation } from '../../../shared/visitor-view';
import type { ReadReceipt } from '../../../shared/events';
import { createStore, type ReadableStore } from './store';
import { highestSeq, mergeMessages } from './thread';

export interface ConversationState {
  visitorId: string | null;
  conversation: Conversation | null;
  messages: Message[];
  queue: QueuePosition | null;
  /** Highest seq of the current conversation each side has read (never goes back). */
  readSeq: { visitor: number; agent: number };
}

export interface ConversationModel extends ReadableStore<ConversationState> {
  /** A (re)started session. A different visitor (the old token was refused) starts a clean transcript. */
  start(visitorId: string, conversation: Conversation | null): void;
  /** Merges messages; returns those that were not held before. */
  absorb(messages: readonly Message[]): Message[];
  update(conversation: Conversation): void;
  setQueue(position: QueuePosition): void;
  /** A read receipt (`conversation:read`), the visitor's own reading, or another tab's. */
  noteRead(receipt: ReadReceipt): void;
  /** A `message:sync` answer: everything the visitor may see after `afterSeq`, as stored when it was read. */
  noteSynced(conversationId: string, afterSeq: number, messages: readonly Message[]): void;
  /**
   * The `afterSeq` for `message:sync`: the seq up to which the visitor holds every message
   * of the current conversation without a gap. Not simply the highest held: a message
   * broadcast between joining and the first sync's answer (another tab's bot reply) would
   * otherwise hide the earlier ones the sync was about to bring.
   */
  syncFrom(): number;
}

const unread = { visitor: 0, agent: 0 };
const empty: ConversationState = { visitorId: null, conversation: null, messages: [], queue: null, readSeq: unread };

/** Newer news about the same conversation, or a conversation that started after the current one. */
function supersedes(next: Conversation, current: Conversation | null): boolean {
  if (!current) return true;
  if (next.id === current.id) return next.updatedAt >= current.updatedAt;
  return next.createdAt >= current.createdAt;
}

export function createConversationModel(): ConversationModel {
  const store = createStore<ConversationState>(empty);
  // Up to here a sync answered for the conversation, internal notes' seqs (never sent to
  // the visitor) included; beyond it only an unbroken run of held seqs counts as held.
  let synced = { conversationId: null as string | null, seq: 0 };

  const withConversation = (state: ConversationState, conversation: Conversation | null): ConversationState => {
    const same = conversation?.id === state.conversation?.id;
    const known = same ? state.readSeq : unread;
    const told = conversation?.readSeq ?? unread;
    return {
      ...state,
      conversation,
      // A place in line means nothing once the conversation left the queue.
      queue: (conversation?.status === 'queued' || conversation?.status === 'bot') && state.queue?.conversationId === conversation.id ? state.queue : null,
      readSeq: { visitor: Math.max(known.visitor, told.visitor), agent: Math.max(known.agent, told.agent) },
    };
  };

  return {
    get: store.get,
    subscribe: store.subscribe,
    start(visitorId, conversation) {
      store.update((state) => {
        const base = state.visitorId === null || state.visitorId === visitorId ? state : empty;
        return withConversation({ ...base, visitorId }, conversation ?? (base.conversation?.status === 'closed' ? base.conversation : null));
      });
    },
    absorb(messages) {
      const held = new Set(store.get().messages.map((message) => message.clientId));
      const fresh = messages.filter((message) => !message.internal && !held.has(message.clientId));
      store.update((state) => {
        const merged = mergeMessages(state.messages, messages);
        return merged === state.messages ? state : { ...state, messages: merged };
      });
      return fresh;
    },
    update(conversation) {
      store.update((state) => (supersedes(conversation, state.conversation) ? withConversation(state, conversation) : state));
    },
    setQueue(position) {
      // Kept even if it arrives just before the `queued` update; `withConversation` drops it when the wait is over.
      store.update((state) => (state.conversation?.id === position.conversationId ? { ...state, queue: position } : state));
    },
    noteRead({ conversationId, reader, seq }) {
      store.update((state) =>
        state.conversation?.id === conversationId && seq > state.readSeq[reader] ? { ...state, readSeq: { ...state.readSeq, [reader]: seq } } : state,
      );
    },
    noteSynced(conversationId, afterSeq, messages) {
      const base = synced.conversationId === conversationId ? synced.seq : 0;
      synced = { conversationId, seq: Math.max(base, afterSeq, highestSeq(messages, conversationId)) };
    },
    syncFrom() {
      const { conversation, messages } = store.get();
      if (!conversation) return 0;
      const held = new Set(messages.filter((message) => message.conversationId === conversation.id).map((message) => message.seq));
      let through = synced.conversationId === conversation.id ? synced.seq : 0;
      while (held.has(through + 1)) through += 1;
      return through;
    },
  };
}
