/**
 * An in-memory `AgentConnection` for component tests: records what the UI asked for,
 * answers from a small conversation store, and lets the test push server events.
 */
import type { AbuseEscalation, AbuseFlag } from '../../../shared/abuse';
import type { Agent, Conversation, Message, Visitor } from '../../../shared/domain';
import type { ReadReceipt, TypingState } from '../../../shared/events';
import type { AgentConnection, ConnectionStatus, OpenedConversation } from '../lib/agent-connection';
import { ParleyClientError } from '../lib/errors';

/** Messages in a first open and in each older page, as the server sends them. */
const OPEN_PAGE = 50;

type Listener<T> = (value: T) => void;

export interface FakeConnection extends AgentConnection {
  calls: { method: string; args: unknown[] }[];
  conversations: Map<string, Conversation>;
  messages: Map<string, Message[]>;
  /** Answers `send` with this error instead of storing the message. */
  failSendsWith: Error | null;
  pushStatus(status: ConnectionStatus): void;
  pushSession(agent: Agent): void;
  pushConversation(conversation: Conversation): void;
  pushMessage(message: Message): void;
  pushTyping(typing: TypingState): void;
  pushVisitor(visitor: Visitor): void;
  pushRead(receipt: ReadReceipt): void;
  pushEscalation(escalation: AbuseEscalation): void;
  pushAbuseFlag(flag: AbuseFlag): void;
}

export function fakeConnection(initial: { conversations?: Conversation[]; messages?: Message[]; status?: ConnectionStatus } = {}): FakeConnection {
  let status: ConnectionStatus = initial.status ?? 'online';
  const listeners = {
    status: new Set<Listener<ConnectionStatus>>(),
    session: new Set<Listener<Agent>>(),
    conversation: new Set<Listener<Conversation>>(),
    message: new Set<Listener<Message>>(),
    typing: new Set<Listener<TypingState>>(),
    visitor: new Set<Listener<Visitor>>(),
    read: new Set<Listener<ReadReceipt>>(),
    escalation: new Set<Listener<AbuseEscalation>>(),
    flag: new Set<Listener<AbuseFlag>>(),
  };
  const add = <T>(set: Set<Listener<T>>, listener: Listener<T>) => {
    set.add(listener);
    return () => void set.delete(listener);
  };
  const conversations = new Map((initial.conversations ?? []).map((c) => [c.id, c]));
  const messages = new Map<string, Message[]>();
  for (const m of initial.messages ?? []) messages.set(m.conversationId, [...(messages.get(m.conversationId) ?? []), m]);
  const find = (id: string) => {
    const found = conversations.get(id);
    if (!found) throw new ParleyClientError('PARLEY_ERR_CONVERSATION_NOT_FOUND', `no conversation ${id}`);
    return found;
  };

  const fake: FakeConnection = {
    calls: [],
    conversations,
    messages,
    failSendsWith: null,
    onStatus(listener) {
      listener(status);
      return add(listeners.status, listener);
    },
    onSession: (listener) => add(listeners.session, listener),
    onConversationUpdated: (listener) => add(listeners.conversation, listener),
    onMessage: (listener) => add(listeners.message, listener),
    onTyping: (listener) => add(listeners.typing, listener),
    onVisitorUpdated: (listener) => add(listeners.visitor, listener),
    onRead: (listener) => add(listeners.read, listener),
    onAbuseEscalated: (listener) => add(listeners.escalation, listener),
    onAbuseFlagged: (listener) => add(listeners.flag, listener),
    async list(view = 'default', cursor) {
      fake.calls.push({ method: 'list', args: [...(view === 'default' ? [] : [view]), ...(cursor ? [cursor] : [])] });
      return { conversations: [...conversations.values()], nextCursor: null };
    },
    async open(conversationId, afterSeq): Promise<OpenedConversation> {
      fake.calls.push({ method: 'open', args: [conversationId, afterSeq] });
      const held = (messages.get(conversationId) ?? []).filter((m) => m.seq > afterSeq);
      // Like the server: a first open gets the newest page only.
      const page = afterSeq === 0 ? held.slice(-OPEN_PAGE) : held;
      return { conversation: find(conversationId), messages: page, hasOlder: page.length < held.length };
    },
    async older(conversationId, beforeSeq) {
      fake.calls.push({ method: 'older', args: [conversationId, beforeSeq] });
      const before = (messages.get(conversationId) ?? []).filter((m) => m.seq < beforeSeq);
      return { messages: before.slice(-OPEN_PAGE), hasOlder: before.length > OPEN_PAGE };
    },
    forget(conversationId) {
      fake.calls.push({ method: 'forget', args: [conversationId] });
    },
    async sync(conversationId, afterSeq) {
      fake.calls.push({ method: 'sync', args: [conversationId, afterSeq] });
      return (messages.get(conversationId) ?? []).filter((m) => m.seq > afterSeq);
    },
    async take(conversationId) {
      fake.calls.push({ method: 'take', args: [conversationId] });
      const taken = { ...find(conversationId), status: 'assigned' as const, assignedAgentId: 'a00000000000000000000001', assignedAgentName: 'Mina' };
      conversations.set(conversationId, taken);
      return taken;
    },
    async close(conversationId) {
      fake.calls.push({ method: 'close', args: [conversationId] });
      const closed = { ...find(conversationId), status: 'closed' as const };
      conversations.set(conversationId, closed);
      return closed;
    },
    async send(input) {
      fake.calls.push({ method: 'send', args: [input] });
      if (fake.failSendsWith) throw fake.failSendsWith;
      const held = messages.get(input.conversationId) ?? [];
      const stored: Message = {
        id: `stored-${input.clientId}`,
        conversationId: input.conversationId,
        clientId: input.clientId,
        seq: Math.max(0, find(input.conversationId).lastSeq, ...held.map((m) => m.seq)) + 1,
        author: { kind: 'agent', id: 'a00000000000000000000001', name: 'Mina' },
        text: input.text,
        ...(input.internal ? { internal: true } : {}),
        createdAt: new Date().toISOString(),
      };
      messages.set(input.conversationId, [...held, stored]);
      return stored;
    },
    async tag(conversationId, tags) {
      fake.calls.push({ method: 'tag', args: [conversationId, tags] });
      const tagged = { ...find(conversationId), tags };
      conversations.set(conversationId, tagged);
      return tagged;
    },
    async transfer(transfer) {
      fake.calls.push({ method: 'transfer', args: [transfer] });
      const moved = transfer.toTeam
        ? { ...find(transfer.conversationId), status: 'queued' as const, team: transfer.toTeam, assignedAgentId: null, assignedAgentName: null }
        : { ...find(transfer.conversationId), assignedAgentId: transfer.toAgentId ?? null };
      conversations.set(transfer.conversationId, moved);
      return moved;
    },
    async reassign(conversationId, toAgentId) {
      fake.calls.push({ method: 'reassign', args: [conversationId, toAgentId] });
      const moved = { ...find(conversationId), assignedAgentId: toAgentId };
      conversations.set(conversationId, moved);
      return moved;
    },
    setTyping(conversationId, typing) {
      fake.calls.push({ method: 'setTyping', args: [conversationId, typing] });
    },
    async markRead(conversationId, seq) {
      fake.calls.push({ method: 'markRead', args: [conversationId, seq] });
    },
    async setPresence(presence) {
      fake.calls.push({ method: 'setPresence', args: [presence] });
      return { id: 'a00000000000000000000001', email: 'mina@example.com', name: 'Mina', role: 'agent', presence, capacity: 3, teams: [] };
    },
    disconnect() {
      fake.calls.push({ method: 'disconnect', args: [] });
    },
    pushStatus(next) {
      status = next;
      listeners.status.forEach((listener) => listener(next));
    },
    pushSession: (agent) => listeners.session.forEach((listener) => listener(agent)),
    pushConversation(conversation) {
      conversations.set(conversation.id, conversation);
      listeners.conversation.forEach((listener) => listener(conversation));
    },
    pushMessage: (m) => listeners.message.forEach((listener) => listener(m)),
    pushTyping: (typing) => listeners.typing.forEach((listener) => listener(typing)),
    pushVisitor: (visitor) => listeners.visitor.forEach((listener) => listener(visitor)),
    pushRead: (receipt) => listeners.read.forEach((listener) => listener(receipt)),
    pushEscalation: (escalation) => listeners.escalation.forEach((listener) => listener(escalation)),
    pushAbuseFlag: (flag) => listeners.flag.forEach((listener) => listener(flag)),
  };
  return fake;
}
