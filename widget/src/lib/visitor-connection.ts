/**
 * The widget's only line to the server: one Socket.IO connection to the visitor
 * namespace, typed by the shared event maps.
 *
 * Every (re)connection ends in `session:ready`; the widget then stores the token (so a
 * reload is the same visitor and conversation), asks for every message after the highest
 * seq it holds (history on a reload, what was missed after a drop), sends what is still in
 * the outbox and repeats what the server may have missed (page, attributes, reads). One
 * path covers first load, reload and reconnect.
 *
 * @example
 * const chat = connectVisitor({ origin: 'https://chat.example.com', siteKey: 'demo', locale: 'ko', storage });
 * const stop = chat.subscribe(() => render(chat.get()));
 * chat.send('영업시간이 어떻게 되나요?');
 */
import type { Attachment, Locale, Message, QueuePosition } from '../../../shared/domain';
import type { VisitorConversation as Conversation } from '../../../shared/visitor-view';
import type { ErrorCode } from '../../../shared/errors';
import { VISITOR_API } from '../../../shared/http';
import { EV, NAMESPACES, type ReadReceipt, type TypingState, type VisitorClientEvents, type VisitorServerEvents, type VisitorSession } from '../../../shared/events';
import type { VisitorIdentity, VisitorPage } from '../../../shared/schemas';
import { fetchWithToken, fileProblem, rememberPreview, uploadFile, type AttachmentRules } from './attachments';
import type { ChatController, ConnectionStatus, Notice } from './chat-controller';
import { composeChatState } from './chat-state';
import { refusalCode, retryAfterMs, shouldRetryRefusal, visitorAuth } from './connection-rules';
import { createConversationModel } from './conversation-model';
import { READ_KEY, TOKEN_KEY, type VisitorAttributeValues } from './host-bridge';
import { createOutbox } from './outbox';
import { createSocket, type ClientSocket, type DisconnectReason, type SocketOptions } from './socket-client';
import type { SiteStorage } from './storage';
import { createStore } from './store';
import { createTypingModel } from './typing-model';
import { createUploadQueue } from './upload-queue';
import { createVisitorRequests, type Ask } from './visitor-requests';

export type VisitorSocket = ClientSocket<VisitorServerEvents, VisitorClientEvents>;

/** How long an acknowledged event may take before the widget treats it as lost. */
export const ACK_TIMEOUT_MS = 10_000;
/** Pause before trying again after the server refused or dropped the connection itself. */
export const RECONNECT_DELAY_MS = 5_000;

export interface VisitorConnectionOptions {
  /** Where Parley runs, e.g. `https://chat.example.com` (no trailing slash). */
  origin: string;
  siteKey: string;
  locale: Locale;
  storage: SiteStorage;
  /** A signed-in user of the site, verified by the server at the handshake. */
  identity?: VisitorIdentity | null;
  /** Replaced in tests. */
  createSocket?: (url: string, options: SocketOptions) => VisitorSocket;
  /** Replaced in tests. */
  http?: { upload: typeof uploadFile; download: typeof fetchWithToken };
}

export interface VisitorConnection extends ChatController {
  /**
   * Calls `listener` with messages from the bot, agents or Parley that the visitor has
   * not seen before (not the history loaded at start). Returns the unsubscribe function.
   */
  onArrivals(listener: (messages: Message[]) => void): () => void;
  /** Tells agents which page the visitor is on; sent again after every reconnect. */
  reportPage(page: VisitorPage | null): void;
  /** A new identity (or none) handshakes again; the same one does nothing. */
  setIdentity(identity: VisitorIdentity | null): void;
  setAttributes(attributes: VisitorAttributeValues): void;
  /** The site's attachment limits (`widget.attachments`), checked before uploading. */
  setAttachmentRules(rules: AttachmentRules | null): void;
  /** Disconnects for good and releases every listener. */
  close(): void;
}

export function connectVisitor(options: VisitorConnectionOptions): VisitorConnection {
  const { origin, siteKey, locale, storage } = options;
  const http = options.http ?? { upload: uploadFile, download: fetchWithToken };
  const status = createStore<ConnectionStatus>('connecting');
  const refusal = createStore<ErrorCode | null>(null);
  const notice = createStore<Notice | null>(null);
  const handoffPending = createStore(false);
  const conversation = createConversationModel();
  const agentTyping = createTypingModel();
  const arrivalListeners = new Set<(messages: Message[]) => void>();
  const disposers: (() => void)[] = [];
  let token = storage.get(TOKEN_KEY);
  let identity = options.identity ?? null;
  let rules: AttachmentRules | null = null;
  let ready = false;
  let historyLoaded = false;
  let visitorTyping = false;
  let page: VisitorPage | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let syncTimer: ReturnType<typeof setTimeout> | undefined;

  const socket = (options.createSocket ?? createSocket<VisitorServerEvents, VisitorClientEvents>)(`${origin}${NAMESPACES.visitor}`, {
    // A function, so every reconnection presents the latest token and identity.
    auth: (send) => send(visitorAuth(siteKey, locale, token, identity)),
  });

  const ask: Ask = (event, payload) =>
    new Promise((resolve) => {
      if (!ready) return resolve(null);
      socket.timeout(ACK_TIMEOUT_MS).emit(event, payload, (error, ack) => resolve(error ? null : ack));
    });

  function absorb(messages: readonly Message[]) {
    const fresh = conversation.absorb(messages);
    outbox.settle(messages);
    const arrivals = fresh.filter((message) => message.author.kind !== 'visitor');
    // The agent's message is what they were typing.
    if (arrivals.some((message) => message.author.kind === 'agent')) agentTyping.clear();
    if (historyLoaded && arrivals.length > 0) for (const listener of [...arrivalListeners]) listener(arrivals);
  }

  const requests = createVisitorRequests({ ask, conversation, storage, setNotice: notice.set, absorb: (messages) => absorb(messages) });

  const outbox = createOutbox({
    storage,
    canTransmit: () => ready,
    onStored: (message) => absorb([message]),
    transmit: async (message) => {
      const ack = await ask(EV.messageSend, message);
      if (!ack) return { kind: 'lost' };
      return ack.ok ? { kind: 'stored', message: ack.data.message } : { kind: 'refused', error: ack.error };
    },
  });

  const uploads = createUploadQueue({
    upload: (file, onProgress) => (token ? http.upload({ origin, token, file, onProgress }) : Promise.reject(new Error('no session yet'))),
    onUploaded(attachment: Attachment, preview) {
      if (preview) rememberPreview(attachment.id, preview);
      outbox.send('', attachment);
    },
  });

  function sync() {
    const current = conversation.get().conversation;
    if (!current || current.status === 'closed') {
      historyLoaded = true;
      return;
    }
    const afterSeq = conversation.syncFrom();
    const syncing = current.id;
    void ask(EV.messageSync, { afterSeq }).then((ack) => {
      if (!ack) {
        if (ready) sync();
        return;
      }
      if (!ack.ok && ack.error.code === 'PARLEY_ERR_RATE_LIMITED') {
        clearTimeout(syncTimer);
        syncTimer = setTimeout(() => ready && sync(), ack.error.retryAfterMs ?? RECONNECT_DELAY_MS);
        return;
      }
      if (ack.ok) {
        if (ack.data.conversation) conversation.update(ack.data.conversation);
        absorb(ack.data.messages);
        const answered = ack.data.conversation?.id;
        if (answered === syncing) conversation.noteSynced(syncing, afterSeq, ack.data.messages);
        // The seq asked from was another conversation's: ask again for the one now current.
        else if (answered && conversation.get().conversation?.id === answered) return sync();
      }
      historyLoaded = true;
    });
  }

  function sendPage() {
    // Best effort: the ack only echoes the visitor, which the widget does not need.
    if (page) void ask(EV.visitorPage, page);
  }

  function reconnectLater(delayMs = RECONNECT_DELAY_MS) {
    clearTimeout(retryTimer);
    retryTimer = setTimeout(() => socket.connect(), delayMs);
  }

  // A visitor who presses "Talk to a human" while the widget is still connecting means it:
  // the action waits for the session (as long as an answer would) instead of failing.
  const readyWaiters = new Set<() => void>();
  const whenReady = () =>
    new Promise<void>((resolve) => {
      if (ready) return resolve();
      const done = () => {
        clearTimeout(timer);
        readyWaiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ACK_TIMEOUT_MS);
      readyWaiters.add(done);
    });

  const withToken = (path: string, method?: 'POST') => (token ? http.download(origin, path, token, method) : Promise.reject(new Error('no session yet')));

  /** Emits a visitor action that answers with the conversation, reporting failures as a notice. */
  function act(event: typeof EV.handoffRequest | typeof EV.conversationSolve, onDone?: () => void) {
    notice.set(null);
    void whenReady().then(() => ask(event, {})).then((ack) => {
      onDone?.();
      if (!ack) notice.set('PARLEY_WIDGET_TIMEOUT');
      else if (!ack.ok) notice.set(ack.error.code);
      else if (ack.data.conversation) conversation.update(ack.data.conversation);
    });
  }

  const handlers = {
    [EV.sessionReady]: (session: VisitorSession) => {
      token = session.token;
      storage.set(TOKEN_KEY, session.token);
      conversation.start(session.visitor.id, session.conversation);
      ready = true;
      readyWaiters.forEach((wake) => wake());
      refusal.set(null);
      status.set('online');
      visitorTyping = false;
      sync();
      outbox.flush();
      sendPage();
      requests.setAttributes(null);
      requests.resendRead();
    },
    [EV.messageCreated]: (message: Message) => absorb([message]),
    [EV.conversationUpdated]: (next: Conversation) => conversation.update(next),
    [EV.queuePosition]: (position: QueuePosition) => conversation.setQueue(position),
    [EV.typingUpdated]: (typing: TypingState) => agentTyping.apply(typing, conversation.get().conversation?.id ?? null),
    [EV.conversationRead]: (receipt: ReadReceipt) => conversation.noteRead(receipt),
  };
  const onDisconnect = (reason: DisconnectReason) => {
    ready = false;
    agentTyping.clear();
    status.set('reconnecting');
    // Like socket.io, the client only reconnects by itself when the server did not hang up on purpose.
    if (reason === 'io server disconnect') reconnectLater();
  };
  const onConnectError = (error: Error) => {
    ready = false;
    if (socket.active) {
      status.set(status.get() === 'connecting' ? 'connecting' : 'reconnecting');
      return;
    }
    const code = refusalCode(error);
    refusal.set(code);
    status.set('unavailable');
    if (code === 'PARLEY_ERR_FORBIDDEN') console.error('Parley: identify was refused: the hash is not HMAC-SHA256(id) with this site’s identity secret.');
    // A rate-limited connection says how long to wait; anything sooner would be refused again.
    if (shouldRetryRefusal(code)) reconnectLater(code === 'PARLEY_ERR_RATE_LIMITED' ? Math.max(retryAfterMs(error) ?? 0, RECONNECT_DELAY_MS) : RECONNECT_DELAY_MS);
  };
  for (const [event, handler] of Object.entries(handlers)) socket.on(event as keyof typeof handlers, handler as never);
  socket.on('disconnect', onDisconnect);
  socket.on('connect_error', onConnectError);
  disposers.push(() => {
    for (const [event, handler] of Object.entries(handlers)) socket.off(event as keyof typeof handlers, handler as never);
    socket.off('disconnect', onDisconnect);
    socket.off('connect_error', onConnectError);
  });

  disposers.push(
    // Two tabs opened at once each get a new visitor; a tab that has not chatted yet
    // joins the visitor another tab stored, so the visitor has one conversation.
    storage.watch(TOKEN_KEY, (stored) => {
      if (!stored || stored === token || conversation.get().messages.length > 0 || outbox.get().length > 0) return;
      token = stored;
      socket.disconnect().connect();
    }),
    storage.watch(READ_KEY, requests.readElsewhere),
  );

  const chat = composeChatState({ status, refusal, notice, handoffPending, conversation, outbox, uploads, agentTyping });
  disposers.push(chat.dispose);

  return {
    get: chat.get,
    subscribe: chat.subscribe,
    send(text, attachment) {
      notice.set(null);
      outbox.send(text, attachment);
    },
    attach(file) {
      const problem = rules && fileProblem(file, rules);
      notice.set(problem);
      if (!problem) uploads.add(file);
    },
    retry: (key) => uploads.retry(key) || outbox.retry(key),
    requestHandoff() {
      if (handoffPending.get()) return;
      handoffPending.set(true);
      act(EV.handoffRequest, () => handoffPending.set(false));
    },
    markSolved: () => act(EV.conversationSolve),
    dismissNotice: () => notice.set(null),
    showNotice: notice.set,
    setTyping(typing) {
      // Typing is fire-and-forget; a stale "typing" after a reconnect is not worth replaying.
      if (!ready || typing === visitorTyping) return;
      visitorTyping = typing;
      socket.emit(EV.typingUpdate, { typing });
    },
    markRead: requests.markRead,
    submitProfile: requests.submitProfile,
    leaveOfflineMessage: requests.leaveOfflineMessage,
    rate: requests.rate,
    download: withToken,
    requestErasure: () =>
      withToken(VISITOR_API.visitorErasureRequest, 'POST').then(
        () => true,
        () => {
          // No string of its own: "Something went wrong. Please try again."
          notice.set('PARLEY_ERR_INTERNAL');
          return false;
        },
      ),
    reportPage(next) {
      if (next?.url === page?.url && next?.title === page?.title) return;
      page = next;
      sendPage();
    },
    setIdentity(next) {
      if (JSON.stringify(next) === JSON.stringify(identity)) return;
      identity = next;
      status.set('connecting');
      socket.disconnect().connect();
    },
    setAttributes: (attributes) => requests.setAttributes(attributes),
    setAttachmentRules(next) {
      rules = next;
    },
    onArrivals(listener) {
      arrivalListeners.add(listener);
      return () => {
        arrivalListeners.delete(listener);
      };
    },
    close() {
      clearTimeout(retryTimer);
      clearTimeout(syncTimer);
      outbox.dispose();
      uploads.dispose();
      agentTyping.dispose();
      for (const dispose of disposers.splice(0)) dispose();
      arrivalListeners.clear();
      socket.disconnect();
    },
  };
}
