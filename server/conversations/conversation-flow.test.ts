/**
 * One conversation end to end over real Socket.IO against the real server and FerretDB:
 * bot answer, handoff, assignment, agent reply, dedupe, replay and bad payloads.
 */
import request from 'supertest';
import type { Conversation, Message } from '../../shared/domain';
import { EV, type MessageSync } from '../../shared/events';
import type { Transcript } from '../../shared/http';
import {
  connectAgent,
  connectVisitor,
  nextEvent,
  request as ask,
  signedInAgent,
  startTestServer,
  type TestServer,
} from '../testing/test-server';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.stop();
});

const send = (socket: Parameters<typeof ask>[0], text: string, clientId = `c-${crypto.randomUUID()}`) =>
  ask<{ message: Message }>(socket, EV.messageSend, { clientId, text });

describe('a visitor talking to the bot', () => {
  it('answers a Korean question about business hours in Korean, after storing the question', async () => {
    const { socket } = await connectVisitor(server, { locale: 'ko' });
    const botAnswer = nextEvent<Message>(socket, EV.messageCreated, (m) => m.author.kind === 'bot');
    const ack = await send(socket, '영업시간이 어떻게 되나요?');
    expect(ack.ok).toBe(true);
    if (!ack.ok) return;
    expect(ack.data.message.seq).toBe(1);
    const answer = await botAnswer;
    expect(answer.seq).toBe(2);
    expect(answer.text).toContain('평일 오전 9시부터');
    expect(answer.quickReplies).toContainEqual({ label: '상담원 연결', action: 'handoff' });
  });

  it('says it is not sure and offers a human when nothing matches', async () => {
    const { socket } = await connectVisitor(server, { locale: 'en' });
    const botAnswer = nextEvent<Message>(socket, EV.messageCreated, (m) => m.author.kind === 'bot');
    await send(socket, 'purple elephants dancing');
    const answer = await botAnswer;
    expect(answer.text).toMatch(/not sure/);
    expect(answer.quickReplies).toContainEqual({ label: 'Talk to a human', action: 'handoff' });
  });

  it('keeps the same visitor and conversation when the widget comes back with its token', async () => {
    const first = await connectVisitor(server, { locale: 'en' });
    const sent = await send(first.socket, 'what are your opening hours?');
    first.socket.disconnect();
    const again = await connectVisitor(server, { token: first.session.token });
    expect(again.session.visitor.id).toBe(first.session.visitor.id);
    expect(again.session.conversation?.id).toBe(sent.ok && sent.data.message.conversationId);
    const forged = await connectVisitor(server, { token: `${first.session.token.slice(0, -4)}AAAA` });
    expect(forged.session.visitor.id).not.toBe(first.session.visitor.id);
    expect(forged.session.conversation).toBeNull();
  });

  it('refuses an unknown site key with a clear error', async () => {
    await expect(connectVisitor(server, { siteKey: 'nope' })).rejects.toMatchObject({
      message: 'PARLEY_ERR_SITE_NOT_FOUND',
    });
  });
});

describe('handoff to a human', () => {
  it('queues on "talk to a human", assigns the one online agent, and the agent reply reaches the visitor', async () => {
    const { token } = await signedInAgent(server, { email: 'mina@example.com', name: 'Mina' });
    const agent = await connectAgent(server, token);
    const { socket: visitor } = await connectVisitor(server, { locale: 'ko' });

    const assigned = nextEvent<Conversation>(agent, EV.conversationUpdated, (c) => c.status === 'assigned');
    const visitorSeesAgentJoin = nextEvent<Message>(visitor, EV.messageCreated, (m) => m.author.kind === 'system' && m.text.includes('Mina'));
    await send(visitor, '상담원 연결해 주세요');
    const conversation = await assigned;
    expect(conversation.assignedAgentName).toBe('Mina');
    await visitorSeesAgentJoin;

    const opened = await ask<{ conversation: Conversation; messages: Message[] }>(agent, EV.conversationOpen, { conversationId: conversation.id, afterSeq: 0 });
    expect(opened.ok && opened.data.messages.map((m) => m.author.kind)).toEqual(['visitor', 'system', 'system']);

    const reply = nextEvent<Message>(visitor, EV.messageCreated, (m) => m.author.kind === 'agent');
    const sent = await ask<{ message: Message }>(agent, EV.messageSend, { conversationId: conversation.id, clientId: 'agent-reply-1', text: '안녕하세요, 무엇을 도와드릴까요?' });
    expect(sent.ok).toBe(true);
    expect((await reply).text).toBe('안녕하세요, 무엇을 도와드릴까요?');

    // The transcript holds every kind of message, readable only with a signed-in agent's token.
    await request(server.app.httpServer).get(`/api/conversations/${conversation.id}/transcript`).expect(401);
    const transcript = await request(server.app.httpServer)
      .get(`/api/conversations/${conversation.id}/transcript`)
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    const body = transcript.body as Transcript;
    expect(body.messages.map((m) => m.author.kind)).toEqual(['visitor', 'system', 'system', 'agent']);
    expect(body.messages.map((m) => m.seq)).toEqual([1, 2, 3, 4]);
  });

  it('the "Talk to a human" button keeps the conversation as a message when no agent is online, and queues it for an agent who is', async () => {
    const { socket: visitor } = await connectVisitor(server, { locale: 'en' });
    await send(visitor, 'do you ship abroad?');
    const handoff = await ask<{ conversation: Conversation }>(visitor, EV.handoffRequest, {});
    // Nobody to answer live: the leave-a-message form, never a queue (bot/handoff-route.test.ts).
    expect(handoff.ok && handoff.data.conversation.status).toBe('offline');

    const { token } = await signedInAgent(server, { email: 'joon@example.com', name: 'Joon' });
    await connectAgent(server, token);
    const { socket: later } = await connectVisitor(server, { locale: 'en' });
    const visitorUpdate = nextEvent<Conversation>(later, EV.conversationUpdated, (c) => c.status === 'assigned');
    await ask(later, EV.handoffRequest, {});
    expect((await visitorUpdate).assignedAgentName).toBe('Joon');
  });

  it('does not let an agent reply in a conversation assigned to someone else', async () => {
    const first = await signedInAgent(server, { email: 'a@example.com', name: 'A', capacity: 1 });
    const second = await signedInAgent(server, { email: 'b@example.com', name: 'B', capacity: 0 });
    const agentA = await connectAgent(server, first.token);
    const agentB = await connectAgent(server, second.token);
    const { socket: visitor } = await connectVisitor(server);
    const assigned = nextEvent<Conversation>(agentA, EV.conversationUpdated, (c) => c.status === 'assigned');
    await ask(visitor, EV.handoffRequest, {});
    const conversation = await assigned;
    expect(conversation.assignedAgentId).toBe(first.agent.id);
    const refused = await ask(agentB, EV.messageSend, { conversationId: conversation.id, clientId: 'sneaky-1', text: 'hi' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'PARLEY_ERR_FORBIDDEN' } });
    const notClosed = await ask(agentB, EV.conversationClose, { conversationId: conversation.id });
    expect(notClosed).toMatchObject({ ok: false, error: { code: 'PARLEY_ERR_FORBIDDEN' } });
  });
});

describe('messages never vanish and never double', () => {
  it('stores a resent client id once and acknowledges the resend with the stored message', async () => {
    const { socket } = await connectVisitor(server, { locale: 'en' });
    const [a, b] = await Promise.all([send(socket, 'hello there', 'same-id-123'), send(socket, 'hello there', 'same-id-123')]);
    const c = await send(socket, 'hello there', 'same-id-123');
    const ids = [a, b, c].map((ack) => (ack.ok ? ack.data.message.id : null));
    expect(new Set(ids).size).toBe(1);
    const sync = await ask<MessageSync>(socket, EV.messageSync, { afterSeq: 0 });
    expect(sync.ok && sync.data.messages.filter((m) => m.clientId === 'same-id-123')).toHaveLength(1);
  });

  it('replays exactly the messages after the last sequence number a reconnecting client had', async () => {
    const { socket, session } = await connectVisitor(server, { locale: 'en' });
    await send(socket, 'opening hours please');
    await nextEvent<Message>(socket, EV.messageCreated, (m) => m.author.kind === 'bot');
    const seen = await ask<MessageSync>(socket, EV.messageSync, { afterSeq: 0 });
    const lastSeq = seen.ok ? Math.max(...seen.data.messages.map((m) => m.seq)) : -1;
    socket.disconnect();

    // While the visitor is away, another tab of the same visitor keeps talking.
    const { socket: otherTab } = await connectVisitor(server, { token: session.token });
    const botAnswer = nextEvent<Message>(otherTab, EV.messageCreated, (m) => m.author.kind === 'bot');
    await send(otherTab, 'shipping to Busan?');
    await botAnswer;

    const { socket: back } = await connectVisitor(server, { token: session.token });
    const replay = await ask<MessageSync>(back, EV.messageSync, { afterSeq: lastSeq });
    expect(replay.ok && replay.data.messages.map((m) => [m.seq, m.author.kind])).toEqual([
      [lastSeq + 1, 'visitor'],
      [lastSeq + 2, 'bot'],
    ]);
    expect(replay.ok && replay.data.messages[0]!.text).toBe('shipping to Busan?');
  });
});

describe('bad input', () => {
  it('answers an invalid payload with an error ack and keeps serving', async () => {
    const { socket } = await connectVisitor(server);
    const noText = await ask(socket, EV.messageSend, { clientId: 'valid-id-1' });
    expect(noText).toMatchObject({ ok: false, error: { code: 'PARLEY_ERR_INVALID_PAYLOAD' } });
    const badId = await ask(socket, EV.messageSend, { clientId: '<script>', text: 'hi' });
    expect(badId).toMatchObject({ ok: false, error: { code: 'PARLEY_ERR_INVALID_PAYLOAD' } });
    const blank = await ask(socket, EV.messageSend, { clientId: 'valid-id-2', text: '   ' });
    expect(blank).toMatchObject({ ok: false, error: { code: 'PARLEY_ERR_INVALID_PAYLOAD', message: expect.stringContaining('empty') } });
    socket.emit(EV.messageSend, 'not even an object' as never, () => {});
    const ok = await send(socket, 'still here?');
    expect(ok.ok).toBe(true);
  });

  it('rejects a wrong password and a malformed login body with catalog errors', async () => {
    await signedInAgent(server, { email: 'kim@example.com', name: 'Kim' });
    const wrong = await request(server.app.httpServer).post('/api/auth/login').send({ email: 'kim@example.com', password: 'nope' }).expect(401);
    expect(wrong.body.error.code).toBe('PARLEY_ERR_INVALID_CREDENTIALS');
    const malformed = await request(server.app.httpServer).post('/api/auth/login').send({ email: 'not-an-email' }).expect(400);
    expect(malformed.body.error.code).toBe('PARLEY_ERR_INVALID_PAYLOAD');
    await request(server.app.httpServer).post('/api/auth/login').set('content-type', 'application/json').send('{oops').expect(400);
  });
});
