/**
 * The widget's only line to the server: one socket.io connection to the visitor
 * namespace, typed by the shared event maps.
 *
 * Every (re)connection ends in `session:ready`; the widget then stores the token (so a
 * reload is the same visitor and conversation), asks for every message after the highest
 * seq it holds (history on a reload, what was missed after a drop) and sends what is
 * still pending in the outbox. One path covers first load, reload and reconnect.
 *
 * @example
 * const chat = connectVisitor({ origin: 'https://chat.example.com', siteKey: 'demo', locale: 'ko', storage });
 * const stop = chat.subscribe(() => render(chat.get()));
 * chat.send('영업시간이 어떻게 되나요?');
 */
import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';
import type { Conversation, Locale, Message, QueuePosition } from '../../../shared/domain';
import type { Ack } from '../../../shared/errors';
import { EV, NAMESPACES, type TypingState, type VisitorClientEvents, type VisitorServerEvents, type VisitorSession } from '../../../shared/events';
import type { VisitorPage } from '../../../shared/schemas';
import type { ChatController, ChatState, ConnectionStatus, Notice } from './chat-controller';
import { refusalCode, shouldRetryRefusal, visitorAuth } from './connection-rules';
import { createConversationModel } from './conversation-model';
import { createOutbox, type TransmitResult } from './outbox';
import type { SiteStorage } from './storage';
import { createStore } from './store';
import { buildThread } from './thread';
import { createTypingModel } from './typing-model';

export type VisitorSocket = Socket<VisitorServerEvents, VisitorClientEvents>;

/** How long an acknowledged event may take before the widget treats it as lost. */
export const ACK_TIMEOUT_MS = 10_000;
/** Pause before trying again after the server refused or dropped the connection itself. */
export const RECONNECT_DELAY_MS = 5_000;

export const TOKEN_KEY = 'token';

export interface VisitorConnectionOptions {
  /** Where Parley runs, e.g. `https://chat.example.com` (no trailing slash). */
  origin: string;
  siteKey: string;
  locale: Locale;
  storage: SiteStorage;
  /** Replaced in tests; defaults to socket.io-client's `io`. */
  createSocket?: (url: string, options: Partial<ManagerOptions & SocketOptions>) => VisitorSocket;
}

export interface VisitorConnection extends ChatController {
  /**
   * Calls `listener` with messages from the bot, agents or Parley that the visitor has
   * not seen before (not the history loaded at start). Returns the unsubscribe function.
   */
  onArrivals(listener: (messages: Message[]) => void): () => void;
  /** Tells agents which page the visitor is on; sent again after every reconnect. */
  reportPage(page: VisitorPage | null): void;
  /** Disconnects for good and releases every listener. */
  close(): void;
}

export function connectVisitor(options: VisitorConnectionOptions): VisitorConnection {
  const { siteKey, locale, storage } = options;
  const createSocket = options.createSocket ?? ((url, socketOptions) => io(url, socketOptions) as VisitorSocket);

  const status = createStore<ConnectionStatus>('connecting');
  const notice = createStore<Notice | null>(null);
  const handoffPending = createStore(false);
  const conversation = createConversationModel();
  const agentTyping = createTypingModel();
  const arrivalListeners = new Set<(messages: Message[]) => void>();
  const disposers: (() => void)[] = [];
  let token = storage.get(TOKEN_KEY);
  let ready = false;
  let historyLoaded = false;
  let visitorTyping = false;
  let page: VisitorPage | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  const socket = createSocket(`${options.origin}${NAMESPACES.visitor}`, {
    // A function, so every reconnection presents the latest token.
    auth: (send) => send(visitorAuth(siteKey, locale, token)),
  });

  function absorb(messages: readonly Message[]) {
    const fresh = conversation.absorb(messages);
    outbox.settle(messages);
    const arrivals = fresh.filter((message) => message.author.kind !== 'visitor');
    // The agent's message is what they were typing.
    if (arrivals.some((message) => message.author.kind === 'agent')) agentTyping.clear();
    if (historyLoaded && arrivals.length > 0) for (const listener of [...arrivalListeners]) listener(arrivals);
  }

  const outbox = createOutbox({
    canTransmit: () => ready,
    onStored: (message) => absorb([message]),
    transmit: (message) =>
      new Promise<TransmitResult>((resolve) => {
        socket.timeout(ACK_TIMEOUT_MS).emit(EV.messageSend, message, (error, ack) => {
          if (error) resolve({ kind: 'lost' });
          else resolve(ack.ok ? { kind: 'stored', message: ack.data.message } : { kind: 'refused', error: ack.error });
        });
      }),
  });

  function sync() {
    const current = conversation.get().conversation;
    if (!current || current.status === 'closed') {
      historyLoaded = true;
      return;
    }
    socket.timeout(ACK_TIMEOUT_MS).emit(EV.messageSync, { afterSeq: conversation.syncFrom() }, (error, ack) => {
      if (error) {
        if (ready) sync();
        return;
      }
      if (ack.ok) {
        if (ack.data.conversation) conversation.update(ack.data.conversation);
        absorb(ack.data.messages);
      }
      historyLoaded = true;
    });
  }

  function sendPage() {
    // Best effort: the ack only echoes the visitor, which the widget does not need.
    if (ready && page) socket.timeout(ACK_TIMEOUT_MS).emit(EV.visitorPage, page, () => {});
  }

  function reconnectLater() {
    clearTimeout(retryTimer);
    retryTimer = setTimeout(() => socket.connect(), RECONNECT_DELAY_MS);
  }

  /** Emits a visitor action that answers with the conversation, reporting failures as a notice. */
  function act(event: typeof EV.handoffRequest | typeof EV.conversationSolve, onDone?: () => void) {
    if (!ready) {
      notice.set('PARLEY_WIDGET_TIMEOUT');
      onDone?.();
      return;
    }
    notice.set(null);
    const answered = (error: Error | null, ack: Ack<{ conversation: Conversation | null }>) => {
      onDone?.();
      if (error) notice.set('PARLEY_WIDGET_TIMEOUT');
      else if (!ack.ok) notice.set(ack.error.code);
      else if (ack.data.conversation) conversation.update(ack.data.conversation);
    };
    if (event === EV.handoffRequest) socket.timeout(ACK_TIMEOUT_MS).emit(EV.handoffRequest, {}, answered);
    else socket.timeout(ACK_TIMEOUT_MS).emit(EV.conversationSolve, {}, answered);
  }

  const handlers = {
    [EV.sessionReady]: (session: VisitorSession) => {
      token = session.token;
      storage.set(TOKEN_KEY, session.token);
      conversation.start(session.visitor.id, session.conversation);
      ready = true;
      status.set('online');
      visitorTyping = false;
      sync();
      outbox.flush();
      sendPage();
    },
    [EV.messageCreated]: (message: Message) => absorb([message]),
    [EV.conversationUpdated]: (next: Conversation) => conversation.update(next),
    [EV.queuePosition]: (position: QueuePosition) => conversation.setQueue(position),
    [EV.typingUpdated]: (typing: TypingState) => agentTyping.apply(typing, conversation.get().conversation?.id ?? null),
  };
  socket.on(EV.sessionReady, handlers[EV.sessionReady]);
  socket.on(EV.messageCreated, handlers[EV.messageCreated]);
  socket.on(EV.conversationUpdated, handlers[EV.conversationUpdated]);
  socket.on(EV.queuePosition, handlers[EV.queuePosition]);
  socket.on(EV.typingUpdated, handlers[EV.typingUpdated]);
  const onDisconnect = (reason: Socket.DisconnectReason) => {
    ready = false;
    agentTyping.clear();
    status.set('reconnecting');
    // socket.io only reconnects by itself when the server did not hang up on purpose.
    if (reason === 'io server disconnect') reconnectLater();
  };
  const onConnectError = (error: Error) => {
    ready = false;
    if (socket.active) {
      status.set(status.get() === 'connecting' ? 'connecting' : 'reconnecting');
      return;
    }
    const code = refusalCode(error);
    status.set('unavailable');
    if (shouldRetryRefusal(code)) reconnectLater();
  };
  socket.on('disconnect', onDisconnect);
  socket.on('connect_error', onConnectError);
  disposers.push(() => {
    socket.off(EV.sessionReady, handlers[EV.sessionReady]);
    socket.off(EV.messageCreated, handlers[EV.messageCreated]);
    socket.off(EV.conversationUpdated, handlers[EV.conversationUpdated]);
    socket.off(EV.queuePosition, handlers[EV.queuePosition]);
    socket.off(EV.typingUpdated, handlers[EV.typingUpdated]);
    socket.off('disconnect', onDisconnect);
    socket.off('connect_error', onConnectError);
  });

  // Two tabs opened at once each get a new visitor; a tab that has not chatted yet
  // joins the visitor another tab stored, so the visitor has one conversation.
  disposers.push(
    storage.watch(TOKEN_KEY, (stored) => {
      if (!stored || stored === token || conversation.get().messages.length > 0 || outbox.get().length > 0) return;
      token = stored;
      socket.disconnect().connect();
    }),
  );

  // The thread is rebuilt only when messages or the outbox changed, so a typing
  // indicator or a status change does not re-render every message.
  let threadOf = { messages: conversation.get().messages, outgoing: outbox.get(), thread: buildThread([], []) };
  const currentThread = () => {
    const messages = conversation.get().messages;
    const outgoing = outbox.get();
    if (messages !== threadOf.messages || outgoing !== threadOf.outgoing) threadOf = { messages, outgoing, thread: buildThread(messages, outgoing) };
    return threadOf.thread;
  };
  const compute = (): ChatState => ({
    status: status.get(),
    conversation: conversation.get().conversation,
    queue: conversation.get().queue,
    thread: currentThread(),
    handoffPending: handoffPending.get(),
    notice: notice.get(),
    agentTyping: agentTyping.get(),
  });
  const chat = createStore<ChatState>(compute());
  const refresh = () => chat.set(compute());
  for (const source of [status, notice, handoffPending, conversation, outbox, agentTyping]) disposers.push(source.subscribe(refresh));

  return {
    get: chat.get,
    subscribe: chat.subscribe,
    send(text) {
      notice.set(null);
      outbox.send(text);
    },
    retry: (clientId) => outbox.retry(clientId),
    requestHandoff() {
      if (handoffPending.get()) return;
      handoffPending.set(true);
      act(EV.handoffRequest, () => handoffPending.set(false));
    },
    markSolved: () => act(EV.conversationSolve),
    dismissNotice: () => notice.set(null),
    setTyping(typing) {
      // Typing is fire-and-forget; a stale "typing" after a reconnect is not worth replaying.
      if (!ready || typing === visitorTyping) return;
      visitorTyping = typing;
      socket.emit(EV.typingUpdate, { typing });
    },
    reportPage(next) {
      if (next?.url === page?.url && next?.title === page?.title) return;
      page = next;
      sendPage();
    },
    onArrivals(listener) {
      arrivalListeners.add(listener);
      return () => {
        arrivalListeners.delete(listener);
      };
    },
    close() {
      clearTimeout(retryTimer);
      outbox.dispose();
      agentTyping.dispose();
      for (const dispose of disposers.splice(0)) dispose();
      arrivalListeners.clear();
      socket.disconnect();
    },
  };
}
