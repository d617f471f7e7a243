/** Admin, supervisor and agent REST endpoints against the real server and FerretDB. */
import request from 'supertest';
import type { Conversation, Message } from '../../shared/domain';
import { EV, type TypingState } from '../../shared/events';
import { API } from '../../shared/http';
import { connectAgent, connectVisitor, nextEvent, request as ask, signedInAgent, startTestServer, type TestServer } from '../testing/test-server';

let server: TestServer;
let admin: string;
let agentToken: string;
let agentId: string;
beforeEach(async () => {
  server = await startTestServer();
  admin = (await server.app.accounts.createFirstAdmin(server.app.demoSite.id, { email: 'admin@example.com', password: 'admin-password', name: 'Admin' })).token;
  const agent = await signedInAgent(server, { email: 'mina@example.com', name: 'Mina', capacity: 0 });
  agentToken = agent.token;
  agentId = agent.agent.id;
});
afterEach(async () => {
  await server.stop();
});

const http = () => request(server.app.httpServer);
const as = (token: string, test: request.Test) => test.set('Authorization', `Bearer ${token}`);

it('lets every agent read settings and only admins change them, rejecting bad values', async () => {
  const read = await as(agentToken, http().get(API.settings)).expect(200);
  expect(read.body.politeGuardPhrases).toContain('몰라요');
  await as(agentToken, http().put(API.settings).send({ teams: ['billing'] })).expect(403);
  const bad = await as(admin, http().put(API.settings).send({ businessHours: { enabled: true, timezone: 'Mars/Olympus', weekly: [] } })).expect(400);
  expect(bad.body.error.message).toContain('unknown timezone');
  // A misspelt section is refused, not dropped with a 200 that changed nothing.
  const misspelt = await as(admin, http().put(API.settings).send({ team: ['billing'] })).expect(400);
  expect(misspelt.body.error.code).toBe('PARLEY_ERR_INVALID_PAYLOAD');
  expect(misspelt.body.error.message).toContain('team');
  const saved = await as(admin, http().put(API.settings).send({ teams: ['billing', 'tech'] })).expect(200);
  expect(saved.body.teams).toEqual(['billing', 'tech']);
  expect(saved.body.routing.algorithm).toBe('load_balancing');
});

it('assigns a waiting conversation as soon as an admin raises an agent’s capacity', async () => {
  const minaSocket = await connectAgent(server, agentToken);
  const { socket: visitor } = await connectVisitor(server);
  await ask(visitor, EV.handoffRequest, {});
  const assigned = nextEvent<Conversation>(minaSocket, EV.conversationUpdated, (c) => c.status === 'assigned');
  const patched = await as(admin, http().patch(API.agent(agentId)).send({ capacity: 2, teams: ['billing'] })).expect(200);
  expect(patched.body.agent).toMatchObject({ capacity: 2, teams: ['billing'] });
  expect((await assigned).assignedAgentName).toBe('Mina');
  await as(agentToken, http().patch(API.agent(agentId)).send({ capacity: 9 })).expect(403);
});

it('creates agents, refusing a duplicate email', async () => {
  const created = await as(admin, http().post(API.agents).send({ email: 'joon@example.com', name: 'Joon', password: 'joon-password', role: 'supervisor' })).expect(201);
  expect(created.body.agent).toMatchObject({ name: 'Joon', role: 'supervisor', teams: [] });
  const again = await as(admin, http().post(API.agents).send({ email: 'joon@example.com', name: 'Joon 2', password: 'joon-password' })).expect(400);
  expect(again.body.error.message).toContain('already exists');
  const listed = await as(agentToken, http().get(API.agents)).expect(200);
  expect(listed.body.agents.map((a: { name: string }) => a.name)).toEqual(['Admin', 'Joon', 'Mina']);
  const withTeams = await as(admin, http().post(API.agents).send({ email: 'hana@example.com', name: 'Hana', password: 'hana-password', capacity: 2, teams: ['billing'] })).expect(201);
  expect(withTeams.body.agent).toMatchObject({ capacity: 2, teams: ['billing'] });
});

it('keeps personal canned responses personal and team ones for supervisors and admins to manage', async () => {
  const defaults = await as(agentToken, http().get(API.cannedResponses)).expect(200);
  expect(defaults.body.cannedResponses.find((r: { shortcut: string }) => r.shortcut === 'hello').text).toContain('고객님');
  await as(agentToken, http().post(API.cannedResponses).send({ shortcut: 'refund', text: '환불 도와드릴게요.', scope: 'team' })).expect(403);
  const mine = await as(agentToken, http().post(API.cannedResponses).send({ shortcut: 'mine', text: '제 답변입니다.', scope: 'personal' })).expect(201);
  const adminView = await as(admin, http().get(API.cannedResponses)).expect(200);
  expect(adminView.body.cannedResponses.map((r: { shortcut: string }) => r.shortcut)).not.toContain('mine');
  await as(admin, http().delete(API.cannedResponse(mine.body.cannedResponse.id))).expect(403);
  await as(agentToken, http().delete(API.cannedResponse(mine.body.cannedResponse.id))).expect(204);
  await as(admin, http().post(API.cannedResponses).send({ shortcut: 'hello', text: 'dup', scope: 'team' })).expect(400);
});

it('searches transcripts by text and tag, paginated, and shows visitor details with the page they are on', async () => {
  await as(admin, http().patch(API.agent(agentId)).send({ capacity: 5 })).expect(200);
  const mina = await connectAgent(server, agentToken);
  const conversations: Conversation[] = [];
  const visitorIds: string[] = [];
  for (const text of ['배송이 너무 늦어요', 'refund for order 1234', '배송 주소를 바꾸고 싶어요']) {
    const { socket, session } = await connectVisitor(server, { locale: 'ko' });
    visitorIds.push(session.visitor.id);
    await ask(socket, EV.visitorPage, { url: 'https://shop.example.com/orders/1234', title: 'My orders' });
    const stored = nextEvent<Message>(socket, EV.messageCreated, (m) => m.author.kind !== 'visitor');
    await ask(socket, EV.messageSend, { clientId: `c-${crypto.randomUUID()}`, text });
    await stored;
    const sync = await ask<{ conversation: Conversation }>(socket, EV.messageSync, { afterSeq: 0 });
    if (sync.ok) conversations.push(sync.data.conversation);
  }
  await ask(mina, EV.conversationTag, { conversationId: conversations[1]!.id, tags: ['refund', 'vip'] });

  // Search postings are written just after the acknowledgement.
  await expect.poll(async () => (await as(agentToken, http().get(API.conversationSearch).query({ q: '배송' }))).body.conversations?.length, { timeout: 5_000 }).toBe(2);
  // Pages of one, newest first, each naming where the next starts.
  const first = await as(agentToken, http().get(API.conversationSearch).query({ q: '배송', pageSize: 1 })).expect(200);
  expect(first.body.conversations.map((c: Conversation) => c.id)).toEqual([conversations[2]!.id]);
  const second = await as(agentToken, http().get(API.conversationSearch).query({ q: '배송', pageSize: 1, cursor: first.body.nextCursor })).expect(200);
  expect(second.body.conversations.map((c: Conversation) => c.id)).toEqual([conversations[0]!.id]);
  expect(second.body.nextCursor).toBeNull();
  const byTag = await as(agentToken, http().get(API.conversationSearch).query({ tag: 'vip' })).expect(200);
  expect(byTag.body.conversations.map((c: Conversation) => c.id)).toEqual([conversations[1]!.id]);
  await as(agentToken, http().get(API.conversationSearch).query({ pageSize: 1000 })).expect(400);

  const details = await as(agentToken, http().get(API.visitor(visitorIds[0]!))).expect(200);
  expect(details.body.visitor).toMatchObject({ pageUrl: 'https://shop.example.com/orders/1234', pageTitle: 'My orders', userAgent: 'parley-test-visitor' });
  expect(details.body.previousConversations.map((c: Conversation) => c.id)).toEqual([conversations[0]!.id]);
});

it('shows supervisors the queue and each agent’s load, and lets them reassign; agents may not', async () => {
  const supervisor = await as(admin, http().post(API.agents).send({ email: 'sup@example.com', name: 'Sup', password: 'sup-password', role: 'supervisor', capacity: 0 })).expect(201);
  const supToken = (await server.app.accounts.login({ email: 'sup@example.com', password: 'sup-password' })).token;
  const supSocket = await connectAgent(server, supToken);
  const { socket: visitor } = await connectVisitor(server);
  const queued = await ask<{ conversation: Conversation }>(visitor, EV.handoffRequest, {});
  const conversationId = queued.ok ? queued.data.conversation.id : '';

  await as(agentToken, http().get(API.supervisorBoard)).expect(403);
  const board = await as(supToken, http().get(API.supervisorBoard)).expect(200);
  expect(board.body.queue.map((c: Conversation) => c.id)).toEqual([conversationId]);
  expect(board.body.agents.map((a: { agent: { name: string } }) => a.agent.name)).toContain('Sup');
  expect(supervisor.body.agent.role).toBe('supervisor');

  await as(admin, http().patch(API.agent(agentId)).send({ capacity: 1 })).expect(200);
  const minaSocket = await connectAgent(server, agentToken);
  await expect.poll(async () => (await as(supToken, http().get(API.supervisorBoard))).body.queue.length).toBe(0);
  const refused = await ask(minaSocket, EV.conversationReassign, { conversationId, toAgentId: agentId });
  expect(refused).toMatchObject({ ok: false, error: { code: 'PARLEY_ERR_FORBIDDEN' } });
  const typing = nextEvent<TypingState>(minaSocket, EV.typingUpdated);
  visitor.emit(EV.typingUpdate, { typing: true });
  expect(await typing).toMatchObject({ who: 'visitor', typing: true });
  await supSocket.disconnect();
});
