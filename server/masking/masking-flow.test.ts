/** Sensitive numbers over real Socket.IO and REST: agents see them masked, reveal one message, and the reveal is audited. */
import request from 'supertest';
import { AUDIT_API, type AuditPage } from '../../shared/audit';
import type { Conversation, Message } from '../../shared/domain';
import { EV, type ConversationPage, type MessagePage } from '../../shared/events';
import { API } from '../../shared/http';
import type { VisitorMessage } from '../../shared/visitor-view';
import { connectAgent, connectVisitor, nextEvent, request as ask, signedInAgent, startTestServer, type AgentClient, type TestServer, type VisitorClient } from '../testing/test-server';

let server: TestServer;
let admin: string;
let agentToken: string;
let agentSocket: AgentClient;
let visitor: VisitorClient;
let conversationId: string;

const CARD_MESSAGE = '카드번호 4111-1111-1111-1111 로 결제했는데 연락처 010-1234-5678 로 연락 주세요';
const MASKED = '카드번호 ****-****-****-1111 로 결제했는데 연락처 010-****-5678 로 연락 주세요';

beforeEach(async () => {
  server = await startTestServer();
  admin = (await server.app.accounts.createFirstAdmin(server.app.demoSite.id, { email: 'admin@example.com', password: 'admin-password', name: 'Admin' })).token;
  agentToken = (await signedInAgent(server, { email: 'mina@example.com', name: 'Mina' })).token;
  agentSocket = await connectAgent(server, agentToken);
  ({ socket: visitor } = await connectVisitor(server, { locale: 'ko' }));
  const assigned = nextEvent<Conversation>(agentSocket, EV.conversationUpdated, (c) => c.status === 'assigned');
  await ask(visitor, EV.handoffRequest, {});
  conversationId = (await assigned).id;
});
afterEach(async () => {
  await server.stop();
});

const http = () => request(server.app.httpServer);
const as = (token: string, test: request.Test) => test.set('Authorization', `Bearer ${token}`);

async function visitorSends(text: string) {
  const live = nextEvent<Message>(agentSocket, EV.messageCreated, (m) => m.author.kind === 'visitor');
  const ack = await ask<{ message: VisitorMessage }>(visitor, EV.messageSend, { clientId: `c-${crypto.randomUUID()}`, text });
  if (!ack.ok) throw new Error(ack.error.message);
  return { own: ack.data.message, live: await live };
}

it('masks a visitor’s card and phone numbers for agents, live and on every read, while the visitor keeps their words', async () => {
  const preview = nextEvent<Conversation>(agentSocket, EV.conversationUpdated, (c) => c.lastMessagePreview?.includes('1111') ?? false);
  const { own, live } = await visitorSends(CARD_MESSAGE);
  expect((await preview).lastMessagePreview).toBe(MASKED);
  expect(own.text).toBe(CARD_MESSAGE);
  expect(live).toMatchObject({ text: MASKED, masked: true });

  const sync = await ask<{ messages: VisitorMessage[] }>(visitor, EV.messageSync, { afterSeq: 0 });
  expect(sync.ok && sync.data.messages.find((m) => m.seq === own.seq)?.text).toBe(CARD_MESSAGE);

  const opened = await ask<{ conversation: Conversation } & MessagePage>(agentSocket, EV.conversationOpen, { conversationId, afterSeq: 0 });
  const visitorLines = opened.ok ? opened.data.messages.filter((m) => m.author.kind === 'visitor') : [];
  expect(visitorLines.map((m) => m.text)).toEqual([MASKED]);
  const synced = await ask<{ messages: Message[] }>(agentSocket, EV.messageSync, { conversationId, afterSeq: own.seq - 1 });
  expect(synced.ok && synced.data.messages[0]?.text).toBe(MASKED);

  const transcript = await as(agentToken, http().get(API.transcript(conversationId))).expect(200);
  expect(transcript.body.messages.find((m: Message) => m.seq === own.seq)).toMatchObject({ text: MASKED, masked: true });
  // Activity (the list's preview) is written just after the acknowledgement.
  const listed = async () => {
    const list = await ask<ConversationPage>(agentSocket, EV.conversationList, { view: 'mine' });
    return (list.ok && list.data.conversations.find((c) => c.id === conversationId)?.lastMessagePreview) || '';
  };
  await expect.poll(listed, { timeout: 5_000 }).toContain('****-1111');
  expect(await listed()).not.toContain('4111-1111');
});

it('leaves ordinary numbers alone', async () => {
  const { live } = await visitorSends('주문번호 2024112300123 배송 언제 오나요?');
  expect(live.text).toBe('주문번호 2024112300123 배송 언제 오나요?');
  expect(live.masked).toBeUndefined();
});

it('reveals one message to an agent of the site and writes who, what and from where into the audit log', async () => {
  const { own } = await visitorSends(CARD_MESSAGE);
  const revealed = await as(agentToken, http().post(AUDIT_API.reveal(conversationId, own.seq)).set('User-Agent', 'reveal-test-browser')).expect(200);
  expect(revealed.body).toEqual({ conversationId, seq: own.seq, text: CARD_MESSAGE });
  expect(revealed.headers['cache-control']).toBe('no-store');

  const log = await as(admin, http().get(AUDIT_API.entries).query({ action: 'message-revealed' })).expect(200);
  const entries = (log.body as AuditPage).entries;
  expect(entries).toHaveLength(1);
  expect(entries[0]).toMatchObject({
    action: 'message-revealed',
    actor: { name: 'Mina', email: 'mina@example.com' },
    target: `conversation:${conversationId}#${own.seq}`,
    detail: 'card, phone',
    ip: '127.0.0.1',
    userAgent: 'reveal-test-browser',
  });
  // Revealing changes nothing for the next read: the message is still masked.
  const transcript = await as(agentToken, http().get(API.transcript(conversationId))).expect(200);
  expect(transcript.body.messages.find((m: Message) => m.seq === own.seq).text).toBe(MASKED);
});

it('refuses a reveal from another site, of a message that is not the visitor’s, and a malformed one, auditing none of them', async () => {
  const { own } = await visitorSends(CARD_MESSAGE);
  const elsewhere = await server.app.sites.ensure({ key: 'other-shop', name: 'Other shop', defaultLocale: 'ko' });
  await server.app.accounts.createAgent(elsewhere.id, { email: 'joon@other.example', name: 'Joon', password: 'joon-password-1' });
  const outsider = (await server.app.accounts.login({ email: 'joon@other.example', password: 'joon-password-1' })).token;

  await as(outsider, http().post(AUDIT_API.reveal(conversationId, own.seq))).expect(404);
  await http().post(AUDIT_API.reveal(conversationId, own.seq)).expect(401);
  await as(agentToken, http().post(AUDIT_API.reveal(conversationId, own.seq + 50))).expect(404);
  await as(agentToken, http().post(AUDIT_API.reveal('not-an-id', 1))).expect(400);
  const log = await as(admin, http().get(AUDIT_API.entries).query({ action: 'message-revealed' })).expect(200);
  expect(log.body.entries).toEqual([]);
});
