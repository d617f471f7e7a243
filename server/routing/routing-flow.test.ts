/** Routing over real Socket.IO and FerretDB: capacity, queue order, grace period, transfer, races between processes. */
import type { Conversation, Message, QueuePosition } from '../../shared/domain';
import { EV } from '../../shared/events';
import {
  connectAgent,
  connectVisitor,
  nextEvent,
  request as ask,
  signedInAgent,
  startTestServer,
  type AgentClient,
  type TestServer,
  type VisitorClient,
} from '../testing/test-server';
import { DEFAULT_ROUTING_SETTINGS } from './routing-settings';

let server: TestServer;
const extraServers: TestServer[] = [];
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await Promise.all(extraServers.splice(0).map((extra) => extra.stop()));
  await server.stop();
});

const handoff = (visitor: VisitorClient) => ask<{ conversation: Conversation }>(visitor, EV.handoffRequest, {});
const waitFor = async (check: () => Promise<boolean>, timeoutMs = 10_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};
const listFor = async (agent: AgentClient) => {
  const answer = await ask<{ conversations: Conversation[] }>(agent, EV.conversationList, {});
  return answer.ok ? answer.data.conversations : [];
};

it('never puts an agent over capacity: 3 agents (2/2/1), 8 visitors at once, the rest queued in order and assigned as chats close', async () => {
  const team = await Promise.all(
    [
      { email: 'a@example.com', name: 'A', capacity: 2 },
      { email: 'b@example.com', name: 'B', capacity: 2 },
      { email: 'c@example.com', name: 'C', capacity: 1 },
    ].map(async (input) => ({ ...input, socket: await connectAgent(server, (await signedInAgent(server, input)).token) })),
  );
  const visitors = await Promise.all(Array.from({ length: 8 }, () => connectVisitor(server, { locale: 'en' })));
  const handoffs = await Promise.all(visitors.map(({ socket }) => handoff(socket)));
  expect(handoffs.every((ack) => ack.ok)).toBe(true);

  const all = async () => (await Promise.all(team.map((agent) => listFor(agent.socket)))).flat();
  await waitFor(async () => (await all()).filter((c) => c.status === 'assigned').length === 5);
  const snapshot = await all();
  const assigned = [...new Map(snapshot.filter((c) => c.status === 'assigned').map((c) => [c.id, c])).values()];
  expect(assigned).toHaveLength(5);
  for (const agent of team) expect(assigned.filter((c) => c.assignedAgentName === agent.name).length).toBeLessThanOrEqual(agent.capacity);
  const queued = [...new Map(snapshot.filter((c) => c.status === 'queued').map((c) => [c.id, c])).values()];
  expect(queued).toHaveLength(3);

  // Closing one chat assigns the longest-waiting queued conversation to that agent. Eight
  // handoffs at once often share a millisecond; the queue then goes by id, as the router does.
  const firstInQueue = [...queued].sort((x, y) => y.priority - x.priority || x.queuedAt!.localeCompare(y.queuedAt!) || x.id.localeCompare(y.id))[0]!;
  const closer = team.find((agent) => agent.name === assigned[0]!.assignedAgentName)!;
  const reassigned = nextEvent<Conversation>(closer.socket, EV.conversationUpdated, (c) => c.id === firstInQueue.id && c.status === 'assigned');
  await ask(closer.socket, EV.conversationClose, { conversationId: assigned[0]!.id });
  expect((await reassigned).assignedAgentName).toBe(closer.name);
});

it('tells a waiting visitor their place in the queue', async () => {
  // Someone is online (with no room yet), so a request for a person queues rather than leaving a message.
  await connectAgent(server, (await signedInAgent(server, { email: 'full@example.com', name: 'Full', capacity: 0 })).token);
  const first = await connectVisitor(server);
  const second = await connectVisitor(server);
  await handoff(first.socket);
  const position = nextEvent<QueuePosition>(second.socket, EV.queuePosition);
  await handoff(second.socket);
  expect(await position).toMatchObject({ position: 2, estimatedWaitSeconds: expect.any(Number) });
});

describe('an agent who disconnects', () => {
  async function assignedChat(graceSeconds: number) {
    await server.app.sites.setRoutingSettings(server.app.demoSite.id, { ...DEFAULT_ROUTING_SETTINGS, agentGraceSeconds: graceSeconds });
    const mina = await signedInAgent(server, { email: 'mina@example.com', name: 'Mina', capacity: 1 });
    const joon = await signedInAgent(server, { email: 'joon@example.com', name: 'Joon', capacity: 1 });
    const minaSocket = await connectAgent(server, mina.token);
    const { socket: visitor } = await connectVisitor(server, { locale: 'en' });
    const assigned = nextEvent<Conversation>(minaSocket, EV.conversationUpdated, (c) => c.status === 'assigned');
    await handoff(visitor);
    const conversation = await assigned;
    expect(conversation.assignedAgentName).toBe('Mina');
    const joonSocket = await connectAgent(server, joon.token);
    return { mina, minaSocket, joonSocket, visitor, conversation };
  }

  it('keeps their chats through a reload shorter than the grace period', async () => {
    const { mina, minaSocket, visitor, conversation } = await assignedChat(1);
    minaSocket.disconnect();
    await connectAgent(server, mina.token);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const now = await ask<MessageSyncAck>(visitor, EV.messageSync, { afterSeq: 0 });
    expect(now.ok && now.data.conversation).toMatchObject({ id: conversation.id, status: 'assigned', assignedAgentName: 'Mina' });
  });

  it('hands their chats to another agent, first in line, once the grace period passes, and tells the visitor', async () => {
    const { minaSocket, joonSocket, visitor, conversation } = await assignedChat(0.3);
    const toJoon = nextEvent<Conversation>(joonSocket, EV.conversationUpdated, (c) => c.id === conversation.id && c.status === 'assigned');
    const told = nextEvent<Message>(visitor, EV.messageCreated, (m) => m.author.kind === 'system' && /disconnected/.test(m.text));
    minaSocket.disconnect();
    const reassigned = await toJoon;
    expect(reassigned).toMatchObject({ assignedAgentName: 'Joon', priority: 1 });
    await told;
  });
});

type MessageSyncAck = { conversation: Conversation | null; messages: Message[] };

it('transfers to another agent with an internal note the visitor never sees', async () => {
  const mina = await signedInAgent(server, { email: 'mina@example.com', name: 'Mina', capacity: 1 });
  const joon = await signedInAgent(server, { email: 'joon@example.com', name: 'Joon', capacity: 0 });
  const minaSocket = await connectAgent(server, mina.token);
  const joonSocket = await connectAgent(server, joon.token);
  const { socket: visitor } = await connectVisitor(server, { locale: 'en' });
  const assigned = nextEvent<Conversation>(minaSocket, EV.conversationUpdated, (c) => c.status === 'assigned');
  await handoff(visitor);
  const conversation = await assigned;

  const full = await ask(minaSocket, EV.conversationTransfer, { conversationId: conversation.id, toAgentId: joon.agent.id, note: 'refund over 1M won' });
  expect(full).toMatchObject({ ok: false, error: { code: 'PARLEY_ERR_AGENT_AT_CAPACITY' } });
  await server.app.agents.update(joon.agent.id, { capacity: 2 });

  const visitorMessages: Message[] = [];
  visitor.on(EV.messageCreated, (m) => visitorMessages.push(m));
  const joonSees = nextEvent<Conversation>(joonSocket, EV.conversationUpdated, (c) => c.id === conversation.id && c.assignedAgentName === 'Joon');
  const moved = await ask<{ conversation: Conversation }>(minaSocket, EV.conversationTransfer, {
    conversationId: conversation.id,
    toAgentId: joon.agent.id,
    note: 'refund over 1M won',
  });
  expect(moved.ok && moved.data.conversation.assignedAgentName).toBe('Joon');
  await joonSees;

  const opened = await ask<{ messages: Message[] }>(joonSocket, EV.conversationOpen, { conversationId: conversation.id, afterSeq: 0 });
  const notes = opened.ok ? opened.data.messages.filter((m) => m.internal) : [];
  // One note: the refused first attempt left none behind.
  expect(notes.map((m) => m.text)).toEqual([expect.stringContaining('refund over 1M won')]);
  const visitorView = await ask<MessageSyncAck>(visitor, EV.messageSync, { afterSeq: 0 });
  expect(visitorView.ok && visitorView.data.messages.some((m) => m.internal || m.text.includes('1M won'))).toBe(false);
  expect(visitorMessages.some((m) => m.text.includes('1M won'))).toBe(false);

  // The sender is no longer assigned and cannot reply.
  const late = await ask(minaSocket, EV.messageSend, { conversationId: conversation.id, clientId: 'late-reply-1', text: 'hi' });
  expect(late).toMatchObject({ ok: false, error: { code: 'PARLEY_ERR_FORBIDDEN' } });
});

it('reopens a conversation when the visitor writes again soon after it was closed, for the same agent', async () => {
  const mina = await signedInAgent(server, { email: 'mina@example.com', name: 'Mina', capacity: 2 });
  const minaSocket = await connectAgent(server, mina.token);
  const { socket: visitor } = await connectVisitor(server, { locale: 'en' });
  const assigned = nextEvent<Conversation>(minaSocket, EV.conversationUpdated, (c) => c.status === 'assigned');
  await handoff(visitor);
  const conversation = await assigned;
  await ask(minaSocket, EV.conversationClose, { conversationId: conversation.id });

  const back = nextEvent<Conversation>(minaSocket, EV.conversationUpdated, (c) => c.id === conversation.id && c.status === 'assigned');
  const again = await ask<{ message: Message }>(visitor, EV.messageSend, { clientId: 'after-close-1', text: 'one more question' });
  expect(again.ok && again.data.message.conversationId).toBe(conversation.id);
  expect((await back).assignedAgentName).toBe('Mina');
});

it('never double-assigns when two server processes share one database and race on the same queue', async () => {
  const second = await startTestServer({ databaseUri: server.databaseUri });
  extraServers.push(second);
  const agentsOnEach = await Promise.all(
    Array.from({ length: 4 }, async (_, i) => {
      const home = i % 2 ? second : server;
      const { token } = await signedInAgent(home, { email: `agent${i}@example.com`, name: `Agent ${i}`, capacity: 2 });
      return connectAgent(home, token);
    }),
  );
  const visitors = await Promise.all(Array.from({ length: 12 }, (_, i) => connectVisitor(i % 2 ? second : server)));
  await Promise.all(visitors.map(({ socket }) => handoff(socket)));
  const all = async () => (await Promise.all(agentsOnEach.map(listFor))).flat();
  await waitFor(async () => new Set((await all()).filter((c) => c.status === 'assigned').map((c) => c.id)).size === 8);
  await new Promise((resolve) => setTimeout(resolve, 300));

  const claims = await server.connection.collection('assignmentclaims').find().toArray();
  const perConversation = new Map<string, number>();
  for (const claim of claims) {
    const conversationId = String(claim._id).split(':')[0]!;
    perConversation.set(conversationId, (perConversation.get(conversationId) ?? 0) + 1);
  }
  expect([...perConversation.values()].every((count) => count === 1)).toBe(true);
  expect(perConversation.size).toBe(8);
  const slots = await server.connection.collection('agentslots').find().toArray();
  expect(slots).toHaveLength(8);
  expect(new Set(slots.map((slot) => slot.conversationId)).size).toBe(8);
});

it('lists conversations by inbox view: mine, queue, team, all open and closed', async () => {
  const mina = await signedInAgent(server, { email: 'mina@example.com', name: 'Mina', capacity: 1 });
  await server.app.agents.update(mina.agent.id, { teams: ['billing'] });
  const minaSocket = await connectAgent(server, mina.token);
  const visitors = await Promise.all([connectVisitor(server), connectVisitor(server), connectVisitor(server)]);
  const assigned = nextEvent<Conversation>(minaSocket, EV.conversationUpdated, (c) => c.status === 'assigned');
  await handoff(visitors[0]!.socket);
  const mine = await assigned;
  await ask(visitors[1]!.socket, EV.visitorProfile, { name: 'Kim' });
  await handoff(visitors[1]!.socket);
  await ask(visitors[2]!.socket, EV.messageSend, { clientId: 'just-bot-1', text: 'hello' });
  const view = async (name: string) => {
    const answer = await ask<{ conversations: Conversation[] }>(minaSocket, EV.conversationList, { view: name });
    return answer.ok ? answer.data.conversations.map((c) => c.status).sort() : [];
  };
  expect(await view('mine')).toEqual(['assigned']);
  expect(await view('queue')).toEqual(['queued']);
  expect(await view('open')).toEqual(['assigned', 'bot', 'queued']);
  expect(await view('team')).toEqual([]);
  await ask(minaSocket, EV.conversationClose, { conversationId: mine.id });
  expect(await view('closed')).toEqual(['closed']);
  const bad = await ask(minaSocket, EV.conversationList, { view: 'everything' });
  expect(bad).toMatchObject({ ok: false, error: { code: 'PARLEY_ERR_INVALID_PAYLOAD' } });
});

it('lets an agent come back from a reload as away: they keep their chats and get no new ones', async () => {
  const mina = await signedInAgent(server, { email: 'mina@example.com', name: 'Mina', capacity: 3 });
  const first = await connectAgent(server, mina.token);
  const { socket: visitor } = await connectVisitor(server);
  expect((await handoff(visitor)).ok).toBe(true);
  await waitFor(async () => (await listFor(first)).some((c) => c.status === 'assigned' && c.assignedAgentId === mina.agent.id));
  first.disconnect();

  // The reload: the tab comes back saying "away".
  const back = await connectAgent(server, mina.token, { presence: 'away' });
  expect((await server.app.agents.findById(mina.agent.id))?.presence).toBe('away');
  const { socket: waiting } = await connectVisitor(server);
  const queued = await handoff(waiting);
  // Nobody online: the request is kept as a message (bot/handoff-route.test.ts), not given to Mina.
  expect(queued.ok && queued.data.conversation.status).toBe('offline');
  await new Promise((resolve) => setTimeout(resolve, 300));
  const mine = (await listFor(back)).filter((c) => c.status === 'assigned' && c.assignedAgentId === mina.agent.id);
  expect(mine).toHaveLength(1);
});
