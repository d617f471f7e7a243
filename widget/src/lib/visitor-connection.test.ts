/**
 * The connection's own decisions, over a scripted stand-in for the socket: the session,
 * history, the outbox, arrivals, typing and page reports. The real wire (server,
 * reconnects, dedupe) is covered by the e2e tests.
 */
import { EV } from '../../../shared/events';
import { aConversation, aMessage } from '../testing/fixtures';
import { agent, bot, emitted, flush, ScriptedSocket, setUp } from '../testing/scripted-socket';
import { createSiteStorage } from './storage';
import { ACK_TIMEOUT_MS, connectVisitor, type VisitorSocket } from './visitor-connection';

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
  it('after a reconnect asks only for what came after the highest seq it holds', async () => {
    const { socket, session, syncAnswers, connection } = setUp();
    socket().serverSends(EV.sessionReady, session());
    syncAnswers([aMessage({ seq: 1 }), aMessage({ seq: 2, author: bot })]);
    await flush();
    socket().serverSends(EV.messageCreated, aMessage({ seq: 3 }));
    socket().serverSends('disconnect', 'transport close');
    expect(connection.get().status).toBe('reconnecting');
    socket().serverSends(EV.sessionReady, session());
    expect(socket().last(EV.messageSync).payload).toEqual({ afterSeq: 3 });
    expect(socket().handshake()).toMatchObject({ token: 'token-1' });
  });
  it('asks for the whole history when a reply was broadcast before its first sync (another tab’s conversation)', async () => {
    const { socket, session, syncAnswers, connection } = setUp();
    // Joined the visitor's room, then the bot answered the other tab, then the session was ready.
    socket().serverSends(EV.messageCreated, aMessage({ seq: 2, author: bot }));
    socket().serverSends(EV.sessionReady, session());
    expect(socket().last(EV.messageSync).payload).toEqual({ afterSeq: 0 });
    syncAnswers([aMessage({ seq: 1, text: 'Hello from the first tab' }), aMessage({ seq: 2, author: bot })]);
    await flush();
    expect(connection.get().thread).toMatchObject([{ message: { seq: 1, text: 'Hello from the first tab' } }, { message: { seq: 2 } }]);
  });
  it('syncs from a gap left by a live message that overtook an earlier one, then from what a sync answered', async () => {
    const { socket, session, syncAnswers } = setUp();
    socket().serverSends(EV.sessionReady, session());
    syncAnswers([aMessage({ seq: 1 }), aMessage({ seq: 2, author: bot })]);
    await flush();
    socket().serverSends(EV.messageCreated, aMessage({ seq: 4, author: bot }));
    socket().serverSends('disconnect', 'transport close');
    socket().serverSends(EV.sessionReady, session());
    expect(socket().last(EV.messageSync).payload).toEqual({ afterSeq: 2 });
    // Seq 3 was an internal note: the answer holds nothing before 4, and the next sync goes on from 4.
    syncAnswers([aMessage({ seq: 4, author: bot })]);
    await flush();
    socket().serverSends('disconnect', 'transport close');
    socket().serverSends(EV.sessionReady, session());
    expect(socket().last(EV.messageSync).payload).toEqual({ afterSeq: 4 });
  });
  it('retries a timed-out message with the same clientId and shows it once stored', async () => {
    const { socket, session, connection } = setUp();
    socket().serverSends(EV.sessionReady, session());
    connection.send('안녕하세요');
    expect(connection.get().thread).toMatchObject([{ kind: 'outgoing', message: { text: '안녕하세요', state: 'pending' } }]);
    const first = socket().last(EV.messageSend);
    first.answer(new Error('operation has timed out'));
    await flush();
    const second = socket().last(EV.messageSend);
    expect(second).not.toBe(first);
    expect(second.payload).toEqual(first.payload);
    const { clientId } = first.payload as { clientId: string };
    second.answer(null, { ok: true, data: { message: aMessage({ seq: 1, clientId, text: '안녕하세요' }) } });
    await flush();
    expect(connection.get().thread).toMatchObject([{ kind: 'stored', message: { clientId, text: '안녕하세요' } }]);
  });
  it('keeps what the visitor typed offline in the site’s storage, and sends it once back online', async () => {
    const { socket, session, connection, storage } = setUp();
    connection.send('typed offline');
    expect(emitted(socket(), EV.messageSend)).toEqual([]);
    expect(JSON.parse(storage.get('outbox')!)).toMatchObject([{ text: 'typed offline', state: 'pending' }]);
    socket().serverSends(EV.sessionReady, session());
    expect(emitted(socket(), EV.messageSend)).toMatchObject([{ text: 'typed offline' }]);
  });
  it('shows the messages a previous page could not send as soon as it starts, before any connection', () => {
    localStorage.setItem('parley:demo:outbox', JSON.stringify([{ clientId: 'typed-offline', text: 'from the last page', createdAt: '2025-01-06T01:00:00.000Z', state: 'pending' }]));
    const storage = createSiteStorage('demo');
    const connection = connectVisitor({ origin: 'https://chat.example.com', siteKey: 'demo', locale: 'en', storage, createSocket: (url, options) => new ScriptedSocket(url, options.auth as ScriptedSocket['auth']) as unknown as VisitorSocket });
    expect(connection.get().thread).toMatchObject([{ kind: 'outgoing', message: { text: 'from the last page', state: 'pending' } }]);
    connection.close();
  });
  it('marks a refused message failed with the error code', async () => {
    const { socket, session, connection } = setUp();
    socket().serverSends(EV.sessionReady, session());
    connection.send('hello');
    socket().last(EV.messageSend).answer(null, { ok: false, error: { code: 'PARLEY_ERR_CONVERSATION_CLOSED', message: 'closed' } });
    await flush();
    expect(connection.get().thread).toMatchObject([{ kind: 'outgoing', message: { state: 'failed', error: { code: 'PARLEY_ERR_CONVERSATION_CLOSED' } } }]);
  });
  it('reports new answers as arrivals, but not the history loaded at start', async () => {
    const { socket, session, syncAnswers, connection } = setUp();
    const arrivals: string[] = [];
    connection.onArrivals((messages) => arrivals.push(...messages.map((message) => message.text)));
    socket().serverSends(EV.sessionReady, session());
    syncAnswers([aMessage({ seq: 1, text: 'old answer', author: bot })]);
    await flush();
    socket().serverSends(EV.messageCreated, aMessage({ seq: 2, text: 'my own words' }));
    socket().serverSends(EV.messageCreated, aMessage({ seq: 3, text: 'new answer', author: agent }));
    expect(arrivals).toEqual(['new answer']);
  });
  it('updates the conversation from the handoff answer', async () => {
    const { socket, session, connection } = setUp();
    socket().serverSends(EV.sessionReady, session());
    connection.requestHandoff();
    expect(connection.get().handoffPending).toBe(true);
    await flush();
    socket().last(EV.handoffRequest).answer(null, { ok: true, data: { conversation: aConversation({ status: 'queued', updatedAt: '2025-01-06T01:05:00.000Z' }) } });
    await flush();
    expect(connection.get()).toMatchObject({ handoffPending: false, conversation: { status: 'queued' } });
  });
  it('sends a handoff asked for while still connecting once the session is ready', async () => {
    const { socket, session, connection } = setUp();
    connection.requestHandoff();
    await flush();
    expect(emitted(socket(), EV.handoffRequest)).toEqual([]);
    expect(connection.get()).toMatchObject({ handoffPending: true, notice: null });
    socket().serverSends(EV.sessionReady, session());
    await flush();
    expect(emitted(socket(), EV.handoffRequest)).toHaveLength(1);
  });
  it('says so when a request gets no answer, also when the connection never came', async () => {
    vi.useFakeTimers();
    try {
      const { connection } = setUp();
      connection.requestHandoff();
      await vi.advanceTimersByTimeAsync(ACK_TIMEOUT_MS);
      expect(connection.get()).toMatchObject({ handoffPending: false, notice: 'PARLEY_WIDGET_TIMEOUT' });
    } finally {
      vi.useRealTimers();
    }
  });
  it('shows the agent typing and hides it when their message arrives', () => {
    const { socket, session, connection } = setUp();
    socket().serverSends(EV.sessionReady, session());
    socket().serverSends(EV.typingUpdated, { conversationId: 'c1', who: 'agent', name: 'Mina', typing: true });
    expect(connection.get().agentTyping).toBe('Mina');
    socket().serverSends(EV.messageCreated, aMessage({ seq: 1, author: agent }));
    expect(connection.get().agentTyping).toBeNull();
  });
  it('tells agents when the visitor starts and stops typing, once each', () => {
    const { socket, session, connection } = setUp();
    socket().serverSends(EV.sessionReady, session());
    connection.setTyping(true);
    connection.setTyping(true);
    connection.setTyping(false);
    expect(emitted(socket(), EV.typingUpdate)).toEqual([{ typing: true }, { typing: false }]);
  });
  it('reports the page the visitor is on, again after every reconnect', () => {
    const { socket, session, connection } = setUp();
    const page = { url: 'https://shop.example.com/orders', title: 'Orders' };
    connection.reportPage(page);
    expect(emitted(socket(), EV.visitorPage)).toHaveLength(0);
    socket().serverSends(EV.sessionReady, session());
    socket().serverSends('disconnect', 'transport close');
    socket().serverSends(EV.sessionReady, session());
    expect(emitted(socket(), EV.visitorPage)).toEqual([page, page]);
  });
  it('stops listening when closed', () => {
    const { socket, connection } = setUp();
    connection.close();
    expect([...socket().listeners.values()].every((listeners) => listeners.size === 0)).toBe(true);
  });
});
