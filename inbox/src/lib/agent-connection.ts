/**
 * The inbox's only Socket.IO code: one `/agent` connection, requests that resolve with
 * the ack's data (or reject with its error), and subscriptions that return disposers.
 *
 * After a reconnect it re-opens every conversation still open in the inbox, asking only
 * for what came after the highest seq held, and hands the catch-up to the same listeners
 * as live messages — the UI cannot tell a missed message from a new one, nor needs to.
 */
import { io, type Socket } from 'socket.io-client';
import type { AbuseEscalation, AbuseFlag } from '../../../shared/abuse';
import type { Agent, AgentPresence, Conversation, Message, Visitor } from '../../../shared/domain';
import type { Ack } from '../../../shared/errors';
import { EV, NAMESPACES, type AgentClientEvents, type AgentServerEvents, type ConversationPage, type MessagePage, type ReadReceipt, type TypingState } from '../../../shared/events';
import type { ConversationList, ConversationTransfer } from '../../../shared/schemas';
import { ParleyClientError } from './errors';

/** Conversations per list page: an agent's whole working set in one page, closed ones paged. */
const LIST_PAGE = 100;

export type AgentSocket = Socket<AgentServerEvents, AgentClientEvents>;

/** `unauthorized`: the server refused the token (expired, or the agent was removed); sign in again. */
export type ConnectionStatus = 'connecting' | 'online' | 'offline' | 'unauthorized';

type Disposer = () => void;

export interface OpenedConversation {
  conversation: Conversation;
  /** Oldest first: the newest page on a first open, what came after `afterSeq` later. */
  messages: Message[];
  /** Older messages exist: fetch them with `older`. */
  hasOlder: boolean;
}

/** What the inbox UI needs from the server; tests hand the UI a fake of this. */
export interface AgentConnection {
  /** Called at once with the current status, then on every change. */
  onStatus(listener: (status: ConnectionStatus) => void): Disposer;
  /** The agent as the server knows them, on every (re)connect. */
  onSession(listener: (agent: Agent) => void): Disposer;
  onConversationUpdated(listener: (conversation: Conversation) => void): Disposer;
  /** Live messages and, after a reconnect, the ones missed meanwhile. */
  onMessage(listener: (message: Message) => void): Disposer;
  /** Someone started or stopped typing in a conversation the inbox has open. */
  onTyping(listener: (typing: TypingState) => void): Disposer;
  /** A visitor's details changed (page, name, email). */
  onVisitorUpdated(listener: (visitor: Visitor) => void): Disposer;
  /** The visitor has read up to a seq (read receipts). */
  onRead(listener: (receipt: ReadReceipt) => void): Disposer;
  /** Supervisors and admins only (the server sends no one else): a conversation's abuse needs them now. */
  onAbuseEscalated(listener: (escalation: AbuseEscalation) => void): Disposer;
  /** The abuse model found a visitor message abusive after it arrived: blur it like a listed word. */
  onAbuseFlagged(listener: (flag: AbuseFlag) => void): Disposer;
  /** A page of one view; the default is what the inbox shows on start. Pass `nextCursor` back for the next page. */
  list(view?: ConversationList['view'], cursor?: string): Promise<ConversationPage>;
  /** The page of messages before `beforeSeq`, for scrolling back through a long conversation. */
  older(conversationId: string, beforeSeq: number): Promise<MessagePage>;
  /** Joins the conversation's live room and returns the messages after `afterSeq`. */
  open(conversationId: string, afterSeq: number): Promise<OpenedConversation>;
  /** The conversation's tab was closed: stop re-opening it after reconnects. */
  forget(conversationId: string): void;
  sync(conversationId: string, afterSeq: number): Promise<Message[]>;
  take(conversationId: string): Promise<Conversation>;
  close(conversationId: string): Promise<Conversation>;
  /** Retries with the same clientId when the ack times out; the server stores it once. */
  send(input: { conversationId: string; clientId: string; text: string; internal?: boolean; attachmentId?: string }): Promise<Message>;
  tag(conversationId: string, tags: string[]): Promise<Conversation>;
  transfer(transfer: ConversationTransfer): Promise<Conversation>;
  /** Supervisors and admins only. */
  reassign(conversationId: string, toAgentId: string): Promise<Conversation>;
  /** Fire-and-forget: a lost typing signal is harmless. */
  setTyping(conversationId: string, typing: boolean): void;
  markRead(conversationId: string, seq: number): Promise<void>;
  setPresence(presence: AgentPresence): Promise<Agent>;
  disconnect(): void;
}

export interface AgentConnectionOptions {
  token: string;
  /** Server origin; the inbox is served by Parley itself, so by default the page's own. */
  url?: string;
  ackTimeoutMs?: number;
  sendAttempts?: number;
  /** Delay before trying again when the server refused the handshake for a passing reason. */
  retryDelayMs?: number;
  /** The status to connect with, read on every (re)connect: an agent who went away stays away. */
  presence?: () => 'online' | 'away' | null;
}

type AckHandler<T> = (error: Error | null, ack: Ack<T>) => void;

// Handshake refusals that a retry cannot fix: the token itself is no good.
const AUTH_FAILURES = new Set(['PARLEY_ERR_UNAUTHENTICATED', 'PARLEY_ERR_INVALID_CREDENTIALS', 'PARLEY_ERR_INVALID_PAYLOAD']);

/**
 * @example
 * const connection = connectAgent({ token });
 * const stop = connection.onMessage((message) => render(message));
 * const { messages } = await connection.open(conversationId, 0);
 */
export function connectAgent(options: AgentConnectionOptions): AgentConnection {
  const { ackTimeoutMs = 10_000, sendAttempts = 3, retryDelayMs = 5_000 } = options;
  const socket: AgentSocket = io(`${options.url ?? ''}${NAMESPACES.agent}`, {
    auth: (send) => send({ token: options.token, ...(options.presence?.() === 'away' ? { presence: 'away' } : {}) }),
  });

  let status: ConnectionStatus = 'connecting';
  let agent: Agent | null = null;
  let connectedBefore = false;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  const statusListeners = new Set<(status: ConnectionStatus) => void>();
  const sessionListeners = new Set<(agent: Agent) => void>();
  const conversationListeners = new Set<(conversation: Conversation) => void>();
  const messageListeners = new Set<(message: Message) => void>();
  const typingListeners = new Set<(typing: TypingState) => void>();
  const visitorListeners = new Set<(visitor: Visitor) => void>();
  const readListeners = new Set<(receipt: ReadReceipt) => void>();
  const escalationListeners = new Set<(escalation: AbuseEscalation) => void>();
  const flagListeners = new Set<(flag: AbuseFlag) => void>();
  /** Conversations open in the inbox → highest seq the inbox holds of each. */
  const opened = new Map<string, number>();

  const setStatus = (next: ConnectionStatus) => {
    if (next === status) return;
    status = next;
    statusListeners.forEach((listener) => listener(next));
  };
  const noteSeq = (conversationId: string, seq: number) => {
    const held = opened.get(conversationId);
    if (held !== undefined && seq > held) opened.set(conversationId, seq);
  };
  const subscribe = <T>(listeners: Set<T>, listener: T): Disposer => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };

  /** Emits through `emit` with a timeout; resolves with the ack's data or rejects with its error. */
  function request<T>(emit: (handler: AckHandler<T>) => void): Promise<T> {
    return new Promise((resolve, reject) => {
      emit((error, ack) => {
        if (error) reject(new ParleyClientError('timeout', 'the server did not acknowledge in time', { cause: error }));
        else if (ack.ok) resolve(ack.data);
        else reject(ParleyClientError.from(ack.error));
      });
    });
  }
  const timed = () => socket.timeout(ackTimeoutMs);

  async function open(conversationId: string, afterSeq: number): Promise<OpenedConversation> {
    if (!opened.has(conversationId)) opened.set(conversationId, afterSeq);
    const result = await request<OpenedConversation>((handler) => timed().emit(EV.conversationOpen, { conversationId, afterSeq }, handler));
    for (const message of result.messages) noteSeq(conversationId, message.seq);
    return result;
  }

  async function catchUp() {
    await Promise.all(
      [...opened].map(async ([conversationId, afterSeq]) => {
        try {
          const { conversation, messages } = await open(conversationId, afterSeq);
          conversationListeners.forEach((listener) => listener(conversation));
          for (const message of messages) messageListeners.forEach((listener) => listener(message));
        } catch (error) {
          // Gone or no longer ours: stop asking. A timeout is left for the next reconnect.
          if (!(error instanceof ParleyClientError && error.code === 'timeout')) opened.delete(conversationId);
        }
      }),
    );
  }

  socket.on('connect', () => {
    setStatus('online');
    if (connectedBefore) void catchUp();
    connectedBefore = true;
  });
  socket.on('disconnect', (reason) => {
    setStatus('offline');
    // The server hung up on purpose (signed out elsewhere, deactivated, deleted). Socket.IO
    // will not retry by itself; asking once more either resumes or gets the refusal that
    // sends the agent back to sign-in.
    if (reason === 'io server disconnect') socket.connect();
  });
  socket.on('connect_error', (error: Error & { data?: { code?: string } }) => {
    // socket.active is false when the server's middleware refused us: Socket.IO will not retry by itself.
    if (socket.active) return setStatus('offline');
    if (AUTH_FAILURES.has(error.data?.code ?? error.message)) return setStatus('unauthorized');
    setStatus('offline');
    clearTimeout(retryTimer);
    retryTimer = setTimeout(() => socket.connect(), retryDelayMs);
  });
  socket.on(EV.sessionReady, (session) => {
    agent = session.agent;
    sessionListeners.forEach((listener) => listener(session.agent));
  });
  socket.on(EV.conversationUpdated, (conversation) => conversationListeners.forEach((listener) => listener(conversation)));
  socket.on(EV.typingUpdated, (typing) => typingListeners.forEach((listener) => listener(typing)));
  socket.on(EV.visitorUpdated, (visitor) => visitorListeners.forEach((listener) => listener(visitor)));
  socket.on(EV.conversationRead, (receipt) => readListeners.forEach((listener) => listener(receipt)));
  socket.on(EV.abuseEscalated, (escalation) => escalationListeners.forEach((listener) => listener(escalation)));
  socket.on(EV.abuseFlagged, (flag) => flagListeners.forEach((listener) => listener(flag)));
  socket.on(EV.messageCreated, (message) => {
    noteSeq(message.conversationId, message.seq);
    messageListeners.forEach((listener) => listener(message));
  });

  return {
    onStatus(listener) {
      listener(status);
      return subscribe(statusListeners, listener);
    },
    onSession(listener) {
      if (agent) listener(agent);
      return subscribe(sessionListeners, listener);
    },
    onConversationUpdated: (listener) => subscribe(conversationListeners, listener),
    onMessage: (listener) => subscribe(messageListeners, listener),
    onTyping: (listener) => subscribe(typingListeners, listener),
    onVisitorUpdated: (listener) => subscribe(visitorListeners, listener),
    onRead: (listener) => subscribe(readListeners, listener),
    onAbuseEscalated: (listener) => subscribe(escalationListeners, listener),
    onAbuseFlagged: (listener) => subscribe(flagListeners, listener),
    list: (view = 'default', cursor) =>
      request<ConversationPage>((handler) => timed().emit(EV.conversationList, { view, limit: LIST_PAGE, ...(cursor ? { cursor } : {}) }, handler)),
    older: (conversationId, beforeSeq) => request<MessagePage>((handler) => timed().emit(EV.messageList, { conversationId, beforeSeq, limit: 50 }, handler)),
    open,
    forget: (conversationId) => void opened.delete(conversationId),
    async sync(conversationId, afterSeq) {
      const { messages } = await request<{ messages: Message[] }>((handler) => timed().emit(EV.messageSync, { conversationId, afterSeq }, handler));
      for (const message of messages) noteSeq(conversationId, message.seq);
      return messages;
    },
    take: (conversationId) =>
      request<{ conversation: Conversation }>((handler) => timed().emit(EV.conversationTake, { conversationId }, handler)).then((data) => data.conversation),
    close: (conversationId) =>
      request<{ conversation: Conversation }>((handler) => timed().emit(EV.conversationClose, { conversationId }, handler)).then((data) => data.conversation),
    async send(input) {
      for (let attempt = 1; ; attempt++) {
        try {
          const { message } = await request<{ message: Message }>((handler) => timed().emit(EV.messageSend, input, handler));
          noteSeq(input.conversationId, message.seq);
          return message;
        } catch (error) {
          const timedOut = error instanceof ParleyClientError && error.code === 'timeout';
          if (!timedOut || attempt >= sendAttempts) throw error;
        }
      }
    },
    tag: (conversationId, tags) =>
      request<{ conversation: Conversation }>((handler) => timed().emit(EV.conversationTag, { conversationId, tags }, handler)).then((data) => data.conversation),
    transfer: (transfer) =>
      request<{ conversation: Conversation }>((handler) => timed().emit(EV.conversationTransfer, transfer, handler)).then((data) => data.conversation),
    reassign: (conversationId, toAgentId) =>
      request<{ conversation: Conversation }>((handler) => timed().emit(EV.conversationReassign, { conversationId, toAgentId }, handler)).then(
        (data) => data.conversation,
      ),
    setTyping(conversationId, typing) {
      if (socket.connected) socket.emit(EV.typingUpdate, { conversationId, typing });
    },
    markRead: (conversationId, seq) =>
      request<{ conversationId: string; seq: number }>((handler) => timed().emit(EV.messageRead, { conversationId, seq }, handler)).then(() => undefined),
    setPresence: (presence) => request<{ agent: Agent }>((handler) => timed().emit(EV.agentPresence, { presence }, handler)).then((data) => data.agent),
    disconnect() {
      clearTimeout(retryTimer);
      typingListeners.clear();
      visitorListeners.clear();
      readListeners.clear();
      statusListeners.clear();
      sessionListeners.clear();
      conversationListeners.clear();
      messageListeners.clear();
      socket.disconnect();
    },
  };
}
