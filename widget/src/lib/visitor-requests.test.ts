/**
 * What the visitor asks of the server beyond sending messages, over the scripted socket:
 * identity, read receipts and unread counts, attachments, attributes, the pre-chat and
 * offline forms, and the rating.
 */
import { EV } from '../../../shared/events';
import { aConversation, aMessage, aVisitor } from '../testing/fixtures';
import { agent, bot, emitted, flush, setUp } from '../testing/scripted-socket';

describe('visitor requests', () => {
  it('presents a signed-in user’s identity at the handshake, and handshakes again when it changes', () => {
    const identity = { userId: 'user-42', hash: 'c'.repeat(64), name: 'Mina' };
    const { socket, connection } = setUp('kept-token', identity);
    expect(socket().handshake()).toEqual({ siteKey: 'demo', locale: 'ko', token: 'kept-token', identity });
    const disconnect = vi.spyOn(socket(), 'disconnect');
    connection.setIdentity({ ...identity });
    expect(disconnect).not.toHaveBeenCalled();
    connection.setIdentity(null);
    expect(disconnect).toHaveBeenCalled();
    expect(socket().handshake()).toEqual({ siteKey: 'demo', locale: 'ko', token: 'kept-token' });
  });
  it('stops with a clear reason, and does not fall back to anonymous, when the identity is refused', () => {
    const { socket, connection } = setUp(undefined, { userId: 'u1', hash: 'd'.repeat(64) });
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    socket().active = false;
    socket().serverSends('connect_error', Object.assign(new Error('PARLEY_ERR_FORBIDDEN'), { data: { code: 'PARLEY_ERR_FORBIDDEN', message: 'identity verification failed' } }));
    expect(connection.get()).toMatchObject({ status: 'unavailable', refusal: 'PARLEY_ERR_FORBIDDEN' });
    expect(error).toHaveBeenCalledWith(expect.stringContaining('identify was refused'));
    expect(socket().handshake()).toMatchObject({ identity: { userId: 'u1' } });
    error.mockRestore();
  });
  it('counts bot and agent messages after what the visitor read, and marks them read', async () => {
    const { socket, session, syncAnswers, connection, storage } = setUp();
    socket().serverSends(EV.sessionReady, session({ conversation: aConversation({ readSeq: { visitor: 1, agent: 0 } }) }));
    syncAnswers([aMessage({ seq: 1, author: bot }), aMessage({ seq: 2 }), aMessage({ seq: 3, author: agent }), aMessage({ seq: 4, author: agent })]);
    await flush();
    expect(connection.get().unread).toBe(2);
    connection.markRead();
    expect(connection.get().unread).toBe(0);
    expect(emitted(socket(), EV.messageRead)).toEqual([{ conversationId: 'c1', seq: 4 }]);
    expect(storage.get('read')).toBe('c1:4');
    connection.markRead();
    expect(emitted(socket(), EV.messageRead)).toHaveLength(1);
  });
  it('clears its count when another tab of the site read the conversation', async () => {
    const { socket, session, syncAnswers, connection } = setUp();
    socket().serverSends(EV.sessionReady, session());
    syncAnswers([aMessage({ seq: 1, author: agent })]);
    await flush();
    window.dispatchEvent(new StorageEvent('storage', { key: 'parley:demo:read', newValue: 'c1:1' }));
    expect(connection.get().unread).toBe(0);
  });
  it('shows how far the agent has read the visitor’s messages', () => {
    const { socket, session, connection } = setUp();
    socket().serverSends(EV.sessionReady, session({ conversation: aConversation({ readSeq: { visitor: 0, agent: 2 } }) }));
    expect(connection.get().agentReadSeq).toBe(2);
    socket().serverSends(EV.conversationRead, { conversationId: 'c1', reader: 'agent', seq: 5 });
    socket().serverSends(EV.conversationRead, { conversationId: 'c1', reader: 'agent', seq: 3 });
    socket().serverSends(EV.conversationRead, { conversationId: 'other', reader: 'agent', seq: 9 });
    expect(connection.get().agentReadSeq).toBe(5);
  });
  it('refuses a file the site does not take before uploading a byte', () => {
    const { connection, uploads } = setUp();
    connection.setAttachmentRules({ enabled: true, maxBytes: 1024, allowedTypes: ['image/*'] });
    connection.attach(new File(['%PDF'], 'a.pdf', { type: 'application/pdf' }));
    expect(connection.get().notice).toBe('PARLEY_WIDGET_FILE_TYPE');
    connection.attach(new File([new Uint8Array(2048)], 'big.png', { type: 'image/png' }));
    expect(connection.get().notice).toBe('PARLEY_WIDGET_FILE_SIZE');
    expect(uploads).toHaveLength(0);
  });
  it('uploads a file with progress, then sends it as a message', async () => {
    const { socket, session, connection, uploads } = setUp();
    socket().serverSends(EV.sessionReady, session());
    connection.setAttachmentRules({ enabled: true, maxBytes: 1024 * 1024, allowedTypes: ['image/png'] });
    connection.attach(new File(['png'], 'cat.png', { type: 'image/png' }));
    expect(uploads[0]).toMatchObject({ token: 'token-1', file: { name: 'cat.png' } });
    uploads[0]!.progress(0.5);
    expect(connection.get().thread).toMatchObject([{ kind: 'upload', upload: { name: 'cat.png', progress: 0.5, state: 'uploading' } }]);
    uploads[0]!.done({ id: 'a'.repeat(24), name: 'cat.png', type: 'image/png', size: 3 });
    await flush();
    expect(emitted(socket(), EV.messageSend)).toMatchObject([{ text: '', attachmentId: 'a'.repeat(24) }]);
    expect(connection.get().thread).toMatchObject([{ kind: 'outgoing', message: { attachment: { name: 'cat.png' } } }]);
  });
  it('downloads with the visitor’s token', async () => {
    const { socket, session, connection, download } = setUp();
    socket().serverSends(EV.sessionReady, session());
    await connection.download('/api/visitor/conversations/c1/transcript');
    // No method: a GET.
    expect(download).toHaveBeenCalledWith('https://chat.example.com', '/api/visitor/conversations/c1/transcript', 'token-1', undefined);
  });
  it('sends the site’s custom attributes once connected, and only when they change', async () => {
    const { socket, session, connection } = setUp();
    connection.setAttributes({ plan: 'pro' });
    socket().serverSends(EV.sessionReady, session());
    connection.setAttributes({ plan: 'pro' });
    expect(emitted(socket(), EV.visitorAttributes)).toEqual([{ attributes: { plan: 'pro' } }]);
  });
  it('sends the pre-chat form and remembers it was answered', async () => {
    const { socket, session, connection, storage } = setUp();
    socket().serverSends(EV.sessionReady, session());
    const stored = connection.submitProfile({ name: 'Mina', email: 'mina@example.com' });
    socket().last(EV.visitorProfile).answer(null, { ok: true, data: { visitor: aVisitor({ name: 'Mina' }) } });
    expect(await stored).toBe(true);
    expect(storage.get('profile')).toBe('1');
  });
  it('leaves an offline message and shows it in the thread', async () => {
    const { socket, session, connection } = setUp();
    socket().serverSends(EV.sessionReady, session());
    const stored = connection.leaveOfflineMessage({ email: 'mina@example.com', text: 'Call me back' });
    const { clientId } = socket().last(EV.offlineMessage).payload as { clientId: string };
    expect(socket().last(EV.offlineMessage).payload).toEqual({ clientId, email: 'mina@example.com', text: 'Call me back' });
    socket()
      .last(EV.offlineMessage)
      .answer(null, { ok: true, data: { conversation: aConversation({ status: 'offline', updatedAt: '2025-01-06T02:00:00.000Z' }), message: aMessage({ seq: 1, clientId, text: 'Call me back' }) } });
    expect(await stored).toBe(true);
    expect(connection.get()).toMatchObject({ conversation: { status: 'offline' }, thread: [{ kind: 'stored', message: { text: 'Call me back' } }] });
  });
  it('rates the closed conversation', async () => {
    const { socket, session, connection } = setUp();
    socket().serverSends(EV.sessionReady, session({ conversation: aConversation({ id: 'c'.repeat(24), status: 'closed', resolution: 'agent' }) }));
    const stored = connection.rate(5, '  great help ');
    expect(socket().last(EV.conversationRate).payload).toEqual({ conversationId: 'c'.repeat(24), score: 5, comment: 'great help' });
    socket().last(EV.conversationRate).answer(null, { ok: false, error: { code: 'PARLEY_ERR_INVALID_PAYLOAD', message: 'no' } });
    expect(await stored).toBe(false);
    expect(connection.get().notice).toBe('PARLEY_ERR_INVALID_PAYLOAD');
  });
});
