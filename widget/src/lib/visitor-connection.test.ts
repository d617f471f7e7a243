/**
 * The connection's own decisions, over a scripted stand-in for the socket. The real
 * wire (server, reconnects, dedupe) is covered by the e2e tests.
 */
import type { Message } from '../../../shared/domain';
import { EV, type VisitorSession } from '../../../shared/events';
import { aConversation, aMessage, aVisitor } from '../testing/fixtures';
import { createSiteStorage } from './storage';
import { connectVisitor, type VisitorSocket } from './visitor-connection';

type Listener = (...args: never[]) => void;
type AckWithError = (error: Error | null, ack?: unknown) => void;

/** Records what the widget emits and lets the test play the server. */
class ScriptedSocket {
  readonly emitted: { event: string; payload: unknown; answer: AckWithError }[] = [];
  readonly listeners = new Map<string, Set<Listener>>();
  active = true;
  constructor(readonly url: string, readonly auth: (send: (data: object) => void) => void) {}
  on(event: string, listener: Listener) {
    if (!this.listeners.has(event)) this.listeners.set(event, new Set());
    this.listeners.get(event)!.add(listener);
    return this;
  }
  off(event: string, listener: Listener) {
    this.listeners.get(event)?.delete(listener);
    return this;
  }
  emit(event: string, payload: unknown) {
    this.emitted.push({ event, payload, answer: () => {} });
    return this;
  }
  timeout() {
    return { emit: (event: string, payload: unknown, answer: AckWithError) => this.emitted.push({ event, payload, answer }) };
  }
  connect() {
    return this;
  }
  disconnect() {
    this.serverSends('disconnect', 'io client disconnect');
    return this;
  }
  serverSends(event: string, ...args: unknown[]) {
    for (const listener of this.listeners.get(event) ?? []) (listener as (...values: unknown[]) => void)(...args);
  }
  handshake() {
    let data: object = {};
    this.auth((sent) => (data = sent));
    return data;
  }
  last(event: string) {
    return this.emitted.filter((emit) => emit.event === event).at(-1)!;
  }
}

function setUp(storedToken?: string) {
  localStorage.clear();
  const storage = createSiteStorage('demo');
  if (storedToken) storage.set('token', storedToken);
  let socket!: ScriptedSocket;
  const connection = connectVisitor({
    origin: 'https://chat.example.com',
    siteKey: 'demo',
    locale: 'ko',
    storage,
    createSocket: (url, options) => {
      socket = new ScriptedSocket(url, options.auth as ScriptedSocket['auth']);
      return socket as unknown as VisitorSocket;
    },
  });
  const session = (overrides: Partial<VisitorSession> = {}): VisitorSession => ({
    token: 'token-1',
    visitor: aVisitor(),
    conversation: aConversation(),
    ...overrides,
  });
  const syncAnswers = (messages: Message[]) => socket.last(EV.messageSync).answer(null, { ok: true, data: { conversation: null, messages } });
  return { connection, storage, socket: () => socket, session, syncAnswers };
}

describe('visitor connection', () => {
  it('connects to the visitor namespace with the site key, locale and stored token', () => {
    const { socket } = setUp('kept-token');
    expect(socket().url).toBe('https://chat.example.com/visitor');
    expect(socket().handshake()).toEqual({ siteKey: 'demo', locale: 'ko', token: 'kept-token' });
  });

  it('stores the session token and asks for the history after seq 0', () => {
    const { socket, storage, session, connection } = setUp();
    socket().serverSends(EV.sessionReady, session());
    expect(storage.get('token')).toBe('token-1');
    expect(socket().last(EV.messageSync).payload).toEqual({ afterSeq: 0 });
    expect(connection.get().status).toBe('online');
  });

  it('after a reconnect asks only for what came after the highest seq it holds', () => {
    const { socket, session, syncAnswers, connection } = setUp();
    socket().serverSends(EV.sessionReady, session());
    syncAnswers([aMessage({ seq: 1 }), aMessage({ seq: 2, author: { kind: 'bot', id: null, name: 'Parley Bot' } })]);
    socket().serverSends(EV.messageCreated, aMessage({ seq: 3 }));
    socket().serverSends('disconnect', 'transport close');
    expect(connection.get().status).toBe('reconnecting');
    socket().serverSends(EV.sessionReady, session());
    expect(socket().last(EV.messageSync).payload).toEqual({ afterSeq: 3 });
    expect(socket().handshake()).toMatchObject({ token: 'token-1' });
  });

  it('retries a timed-out message with the same clientId and shows it once stored', async () => {
    const { socket, session, connection } = setUp();
    socket().serverSends(EV.sessionReady, session());
    connection.send('안녕하세요');
    expect(connection.get().thread).toMatchObject([{ kind: 'outgoing', message: { text: '안녕하세요', state: 'pending' } }]);
    const first = socket().last(EV.messageSend);
    first.answer(new Error('operation has timed out'));
    await Promise.resolve();
    const second = socket().last(EV.messageSend);
    expect(second).not.toBe(first);
    expect(second.payload).toEqual(first.payload);
    const { clientId } = first.payload as { clientId: string };
    second.answer(null, { ok: true, data: { message: aMessage({ seq: 1, clientId, text: '안녕하세요' }) } });
    await Promise.resolve();
    expect(connection.get().thread).toMatchObject([{ kind: 'stored', message: { clientId, text: '안녕하세요' } }]);
  });

  it('marks a refused message failed with the error code', async () => {
    const { socket, session, connection } = setUp();
    socket().serverSends(EV.sessionReady, session());
    connection.send('hello');
    socket().last(EV.messageSend).answer(null, { ok: false, error: { code: 'PARLEY_ERR_CONVERSATION_CLOSED', message: 'closed' } });
    await Promise.resolve();
    expect(connection.get().thread).toMatchObject([{ kind: 'outgoing', message: { state: 'failed', error: { code: 'PARLEY_ERR_CONVERSATION_CLOSED' } } }]);
  });

  it('reports new answers as arrivals, but not the history loaded at start', () => {
    const { socket, session, syncAnswers, connection } = setUp();
    const arrivals: string[] = [];
    connection.onArrivals((messages) => arrivals.push(...messages.map((message) => message.text)));
    socket().serverSends(EV.sessionReady, session());
    syncAnswers([aMessage({ seq: 1, text: 'old answer', author: { kind: 'bot', id: null, name: 'Parley Bot' } })]);
    socket().serverSends(EV.messageCreated, aMessage({ seq: 2, text: 'my own words' }));
    socket().serverSends(EV.messageCreated, aMessage({ seq: 3, text: 'new answer', author: { kind: 'agent', id: 'a1', name: 'Mina' } }));
    expect(arrivals).toEqual(['new answer']);
  });

  it('updates the conversation from the handoff answer', () => {
    const { socket, session, connection } = setUp();
    socket().serverSends(EV.sessionReady, session());
    connection.requestHandoff();
    expect(connection.get().handoffPending).toBe(true);
    socket().last(EV.handoffRequest).answer(null, { ok: true, data: { conversation: aConversation({ status: 'queued', updatedAt: '2025-01-06T01:05:00.000Z' }) } });
    expect(connection.get()).toMatchObject({ handoffPending: false, conversation: { status: 'queued' } });
  });

  it('shows the agent typing and hides it when their message arrives', () => {
    const { socket, session, connection } = setUp();
    socket().serverSends(EV.sessionReady, session());
    socket().serverSends(EV.typingUpdated, { conversationId: 'c1', who: 'agent', name: 'Mina', typing: true });
    expect(connection.get().agentTyping).toBe('Mina');
    socket().serverSends(EV.messageCreated, aMessage({ seq: 1, author: { kind: 'agent', id: 'a1', name: 'Mina' } }));
    expect(connection.get().agentTyping).toBeNull();
  });

  it('tells agents when the visitor starts and stops typing, once each', () => {
    const { socket, session, connection } = setUp();
    socket().serverSends(EV.sessionReady, session());
    connection.setTyping(true);
    connection.setTyping(true);
    connection.setTyping(false);
    expect(socket().emitted.filter((emit) => emit.event === EV.typingUpdate).map((emit) => emit.payload)).toEqual([{ typing: true }, { typing: false }]);
  });

  it('reports the page the visitor is on, again after every reconnect', () => {
    const { socket, session, connection } = setUp();
    const page = { url: 'https://shop.example.com/orders', title: 'Orders' };
    connection.reportPage(page);
    expect(socket().emitted.filter((emit) => emit.event === EV.visitorPage)).toHaveLength(0);
    socket().serverSends(EV.sessionReady, session());
    socket().serverSends('disconnect', 'transport close');
    socket().serverSends(EV.sessionReady, session());
    expect(socket().emitted.filter((emit) => emit.event === EV.visitorPage).map((emit) => emit.payload)).toEqual([page, page]);
  });

  it('stops listening when closed', () => {
    const { socket, connection } = setUp();
    connection.close();
    expect([...socket().listeners.values()].every((listeners) => listeners.size === 0)).toBe(true);
  });
});
