/**
 * The routing reconciler against the real database: it frees slots left behind by
 * conversations that moved on, and nobody waits while capacity is free — checked after
 * every round of simultaneous handoffs, closes, transfers and agent drops across two
 * server processes sharing one database.
 */
import { Types } from 'mongoose';
import type { Conversation } from '../../shared/domain';
import { EV } from '../../shared/events';
import {
  connectAgent,
  connectVisitor,
  request as ask,
  signedInAgent,
  startTestServer,
  type AgentClient,
  type TestServer,
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

const handoff = (socket: Parameters<typeof ask>[0]) => ask<{ conversation: Conversation }>(socket, EV.handoffRequest, {});

it('frees a slot held by a closed conversation and gives the waiting visitor the capacity it frees', async () => {
  const mina = await signedInAgent(server, { email: 'mina@example.com', name: 'Mina', capacity: 1 });
  await connectAgent(server, mina.token);
  // What a process that died between closing a chat and releasing its slot leaves behind.
  const first = await handoff((await connectVisitor(server)).socket);
  const gone = first.ok ? first.data.conversation.id : '';
  await server.connection.collection('conversations').updateOne({ _id: Types.ObjectId.createFromHexString(gone) }, { $set: { status: 'closed' } });
  await server.connection.collection('agentslots').updateMany({ conversationId: gone }, { $set: { takenAt: new Date(Date.now() - 60_000) } });

  const { socket: waiting } = await connectVisitor(server);
  const queued = await handoff(waiting);
  expect(queued.ok && queued.data.conversation.status).toBe('queued');

  const report = await server.app.reconciler.run();
  expect(report.freedSlots).toBe(1);
  const slots = await server.connection.collection('agentslots').find().toArray();
  expect(slots.map((slot) => slot.conversationId)).toEqual([queued.ok && queued.data.conversation.id]);
});

it('leaves nobody waiting while capacity is free, round after round of handoffs, closes, transfers and drops on two processes', async () => {
  const second = await startTestServer({ databaseUri: server.databaseUri });
  extraServers.push(second);
  await server.app.sites.setRoutingSettings(server.app.demoSite.id, { ...DEFAULT_ROUTING_SETTINGS, agentGraceSeconds: 0.5 });
  const homes = [server, second];
  const accounts = await Promise.all(
    Array.from({ length: 4 }, async (_, i) => ({ home: homes[i % 2]!, ...(await signedInAgent(homes[i % 2]!, { email: `agent${i}@example.com`, name: `Agent ${i}`, capacity: 2 })) })),
  );
  const sockets: AgentClient[] = await Promise.all(accounts.map((account) => connectAgent(account.home, account.token)));
  const db = server.connection;

  const checkInvariant = async (round: number) => {
    await Promise.all(homes.map((home) => home.app.reconciler.run()));
    await Promise.all(homes.map((home) => home.app.reconciler.run()));
    const conversations = await db.collection('conversations').find({ status: { $in: ['queued', 'assigned'] } }).toArray();
    const slots = await db.collection('agentslots').find().toArray();
    const agents = await db.collection('agents').find({ presence: 'online' }).toArray();
    const assigned = new Map(conversations.filter((c) => c.status === 'assigned').map((c) => [String(c._id), c.assignedAgentId as string]));
    const stray = slots.filter((slot) => assigned.get(slot.conversationId as string) !== slot.agentId);
    expect(stray, `round ${round}: slots held by conversations that are not assigned to their agent`).toEqual([]);
    const queued = conversations.filter((c) => c.status === 'queued');
    const free = agents.map((agent) => agent.capacity - slots.filter((slot) => slot.agentId === String(agent._id)).length).filter((left) => left > 0);
    expect({ round, queued: queued.length > 0 && free.length > 0 }).toEqual({ round, queued: false });
  };

  for (let round = 0; round < 6; round++) {
    const visitors = await Promise.all(Array.from({ length: 5 }, (_, i) => connectVisitor(homes[(round + i) % 2]!)));
    await Promise.all(visitors.map(({ socket }) => handoff(socket)));
    const mine = async (index: number) => {
      const list = await ask<{ conversations: Conversation[] }>(sockets[index]!, EV.conversationList, { view: 'mine' });
      return list.ok ? list.data.conversations.filter((c) => c.status === 'assigned') : [];
    };
    // At once: one agent closes a chat, another transfers one, a third drops out.
    const [closing, moving] = await Promise.all([mine(round % 4), mine((round + 1) % 4)]);
    const dropping = (round + 2) % 4;
    await Promise.all([
      closing[0] && ask(sockets[round % 4]!, EV.conversationClose, { conversationId: closing[0].id }),
      moving[0] && ask(sockets[(round + 1) % 4]!, EV.conversationTransfer, { conversationId: moving[0].id, toAgentId: accounts[(round + 3) % 4]!.agent.id, note: 'over to you' }),
      (async () => {
        sockets[dropping]!.disconnect();
        await new Promise((resolve) => setTimeout(resolve, 900));
        sockets[dropping] = await connectAgent(accounts[dropping]!.home, accounts[dropping]!.token);
      })(),
    ]);
    await checkInvariant(round);
    visitors.forEach(({ socket }) => socket.disconnect());
  }
}, 120_000);
