/** Agent protection against the real server, store and Socket.IO: blocks, escalations, the board's counts and the site's lists. */
import request from 'supertest';
import type { AbuseBoard, AbuseEscalation, VisitorBlock } from '../../shared/abuse';
import type { Conversation, Message } from '../../shared/domain';
import { EV } from '../../shared/events';
import { API } from '../../shared/http';
import { connectAgent, connectVisitor, nextEvent, request as ask, signedInAgent, startTestServer, type AgentClient, type TestServer, type VisitorClient } from '../testing/test-server';

let server: TestServer;
let admin: string;
let mina: { token: string; id: string };
let supervisor: string;
beforeEach(async () => {
  server = await startTestServer();
  admin = (await server.app.accounts.createFirstAdmin(server.app.demoSite.id, { email: 'admin@example.com', password: 'admin-password', name: 'Admin' })).token;
  const agent = await signedInAgent(server, { email: 'mina@example.com', name: 'Mina', capacity: 2 });
  mina = { token: agent.token, id: agent.agent.id };
  await as(admin, http().post(API.agents).send({ email: 'joon@example.com', name: 'Joon', password: 'joon-password', role: 'supervisor', capacity: 0 })).expect(201);
  supervisor = (await server.app.accounts.login({ email: 'joon@example.com', password: 'joon-password' })).token;
});
afterEach(async () => {
  await server.stop();
});

const http = () => request(server.app.httpServer);
const as = (token: string, test: request.Test) => test.set('Authorization', `Bearer ${token}`);

/** A visitor whose conversation Mina holds. */
async function visitorWithMina(minaSocket: AgentClient) {
  const { socket, session } = await connectVisitor(server, { locale: 'ko' });
  const assigned = nextEvent<Conversation>(minaSocket, EV.conversationUpdated, (c) => c.status === 'assigned' && c.visitorId === session.visitor.id);
  await ask(socket, EV.handoffRequest, {});
  return { socket, session, conversation: await assigned };
}

async function say(socket: VisitorClient, text: string) {
  const ack = await ask<{ message: Message }>(socket, EV.messageSend, { clientId: `c-${Math.random().toString(36).slice(2, 12)}`, text });
  if (!ack.ok) throw new Error(ack.error.code);
  return ack.data.message;
}

const board = async (token: string) => (await as(token, http().get(API.abuseBoard)).expect(200)).body as AbuseBoard;
const refusal = (connecting: Promise<unknown>) => connecting.then(() => null, (error: { data?: { code?: string } }) => error.data?.code ?? 'no code');

it('blocks an abusive visitor: refused politely and nothing stored until a supervisor lifts the block', async () => {
  const minaSocket = await connectAgent(server, mina.token);
  const { socket, session, conversation } = await visitorWithMina(minaSocket);
  // Nothing abusive yet: a plain agent cannot block a civil customer.
  await say(socket, '배송이 너무 늦어요');
  await as(mina.token, http().post(API.abuseBlocks).send({ conversationId: conversation.id, hours: 24 })).expect(403);

  await say(socket, '이 개새끼야');
  await expect.poll(async () => (await board(supervisor)).agents).toEqual([{ agentId: mina.id, conversations: 1, suggestBreak: false }]);
  const hungUp = nextEvent<string>(socket as never, 'disconnect');
  await as(mina.token, http().post(API.abuseBlocks).send({ conversationId: conversation.id, hours: 25 * 30 * 24 })).expect(400);
  const created = await as(mina.token, http().post(API.abuseBlocks).send({ conversationId: conversation.id, hours: 24 })).expect(201);
  const block = created.body.block as VisitorBlock;
  expect(block).toMatchObject({ visitorId: session.visitor.id, conversationId: conversation.id, blockedBy: { id: mina.id, name: 'Mina' } });
  expect(new Date(block.until).getTime() - Date.now()).toBeGreaterThan(23.9 * 3_600_000);
  expect(await hungUp).toBe('io server disconnect');

  const storedBefore = (await as(admin, http().get(API.transcript(conversation.id))).expect(200)).body.messages.length;
  expect(await refusal(connectVisitor(server, { token: session.token, locale: 'ko' }))).toBe('PARLEY_ERR_VISITOR_BLOCKED');
  expect((await as(admin, http().get(API.transcript(conversation.id))).expect(200)).body.messages).toHaveLength(storedBefore);

  // Agents cannot see or lift blocks; supervisors can.
  await as(mina.token, http().get(API.abuseBlocks)).expect(403);
  await as(mina.token, http().delete(API.abuseBlock(block.id))).expect(403);
  const listed = (await as(supervisor, http().get(API.abuseBlocks)).expect(200)).body.blocks as VisitorBlock[];
  expect(listed.map((b) => b.id)).toEqual([block.id]);
  await as(supervisor, http().delete(API.abuseBlock(block.id))).expect(204);
  await as(supervisor, http().delete(API.abuseBlock(block.id))).expect(404);
  expect((await as(supervisor, http().get(API.abuseBlocks)).expect(200)).body.blocks).toEqual([]);

  const back = await connectVisitor(server, { token: session.token, locale: 'ko' });
  expect((await say(back.socket, '죄송합니다. 다시 문의드려요')).text).toBe('죄송합니다. 다시 문의드려요');
});

it('keeps a block in the store, where another Parley process on the same database honours it', async () => {
  const minaSocket = await connectAgent(server, mina.token);
  const { socket, session, conversation } = await visitorWithMina(minaSocket);
  await say(socket, 'shut up you idiot');
  await expect.poll(async () => (await board(supervisor)).agents.length).toBe(1);
  await as(supervisor, http().post(API.abuseBlocks).send({ conversationId: conversation.id, hours: 1 })).expect(201);

  const other = await startTestServer({ databaseUri: server.databaseUri });
  try {
    expect(await refusal(connectVisitor(other, { token: session.token }))).toBe('PARLEY_ERR_VISITOR_BLOCKED');
    // A new visitor on the same site is not affected.
    await expect(connectVisitor(other)).resolves.toMatchObject({ session: { visitor: { siteId: server.app.demoSite.id } } });
  } finally {
    await other.stop();
  }
});

it('tells supervisors, and not plain agents, about a threat and about repeated abuse, once each', async () => {
  await as(admin, http().put(API.abuseSettings).send({ escalateAfter: 2 })).expect(200);
  const minaSocket = await connectAgent(server, mina.token);
  const supervisorSocket = await connectAgent(server, supervisor);
  const heardByMina: AbuseEscalation[] = [];
  minaSocket.on(EV.abuseEscalated, (escalation) => heardByMina.push(escalation));
  const heard: AbuseEscalation[] = [];
  supervisorSocket.on(EV.abuseEscalated, (escalation) => heard.push(escalation));
  const { socket, session, conversation } = await visitorWithMina(minaSocket);

  await say(socket, '찾아간다 진짜');
  await expect.poll(() => heard.map((e) => e.reason)).toEqual(['threat']);
  expect(heard[0]).toMatchObject({ conversationId: conversation.id, visitorId: session.visitor.id, agentId: mina.id, abusiveMessages: 1 });
  await say(socket, '닥쳐');
  await expect.poll(() => heard.map((e) => e.reason)).toEqual(['threat', 'repeated']);
  await say(socket, '꺼져');
  await say(socket, '찾아갈 거야');
  // The later abuse is counted but not sent again.
  await expect.poll(async () => (await board(supervisor)).escalations.map((e) => e.reason)).toEqual(['repeated', 'threat']);
  expect(heard).toHaveLength(2);
  expect(heardByMina).toEqual([]);
});

it('counts abusive conversations per agent for the day and suggests a break at the site’s number', async () => {
  await as(mina.token, http().get(API.abuseBoard)).expect(403);
  await as(admin, http().put(API.abuseSettings).send({ breakAfter: 2 })).expect(200);
  const minaSocket = await connectAgent(server, mina.token);
  const first = await visitorWithMina(minaSocket);
  await say(first.socket, 'fuck');
  await say(first.socket, 'fuck again');
  await expect.poll(async () => (await board(supervisor)).agents).toEqual([{ agentId: mina.id, conversations: 1, suggestBreak: false }]);
  const second = await visitorWithMina(minaSocket);
  await say(second.socket, '병신');
  await expect.poll(async () => (await board(supervisor)).agents).toEqual([{ agentId: mina.id, conversations: 2, suggestBreak: true }]);
  expect((await board(admin)).breakAfter).toBe(2);
});

it('uses the site’s own words on the server, and only admins change them, with validated lists', async () => {
  const read = await as(mina.token, http().get(API.abuseSettings)).expect(200);
  expect(read.body).toEqual({ settings: { extraWords: [], allowedWords: [], escalateAfter: 3, breakAfter: 3, model: true, sensitivity: 'medium' }, editable: false });
  await as(mina.token, http().put(API.abuseSettings).send({ extraWords: ['멍청이'] })).expect(403);
  await as(admin, http().put(API.abuseSettings).send({ extraWords: ['!!!'] })).expect(400);
  await as(admin, http().put(API.abuseSettings).send({ escalateAfter: 0 })).expect(400);
  await as(admin, http().put(API.abuseSettings).send({ surprise: true })).expect(400);
  const saved = await as(admin, http().put(API.abuseSettings).send({ extraWords: ['멍청이'], allowedWords: ['시발점'] })).expect(200);
  expect(saved.body.settings).toMatchObject({ extraWords: ['멍청이'], allowedWords: ['시발점'], escalateAfter: 3 });

  const minaSocket = await connectAgent(server, mina.token);
  const { socket } = await visitorWithMina(minaSocket);
  await say(socket, '시발점이 어디예요?');
  await say(socket, '진짜 멍청 이네요');
  await expect.poll(async () => (await board(supervisor)).agents.map((a) => a.conversations)).toEqual([1]);
  // A conversation with only the allowed word in it is not counted.
  const other = await visitorWithMina(minaSocket);
  await say(other.socket, '시발점부터 다시 볼게요');
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect((await board(supervisor)).agents).toEqual([{ agentId: mina.id, conversations: 1, suggestBreak: false }]);
});
