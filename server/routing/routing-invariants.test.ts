/**
 * Routing invariants under seeded churn across two server processes sharing one store,
 * for PARLEY_INVARIANT_SECONDS (60 by default): simultaneous handoffs, takes, closes,
 * transfers, agent drops and reconnects, away/online, and visitors leaving the queue.
 * After every round the system must settle ON ITS OWN (no reconciler call) within a few
 * seconds: nobody waits while an online agent has room, no slot is held by a conversation
 * that is not assigned to that agent, and no conversation is held by two agents.
 */
import type { Conversation } from '../../shared/domain';
import { EV } from '../../shared/events';
import { seededRandom } from '../security/malformed-payloads';
import {
  connectAgent,
  connectVisitor,
  request as ask,
  signedInAgent,
  startTestServer,
  type AgentClient,
  type TestServer,
  type VisitorClient,
} from '../testing/test-server';
import { DEFAULT_ROUTING_SETTINGS } from './routing-settings';

const SECONDS = Number(process.env.PARLEY_INVARIANT_SECONDS ?? 60);
const SEED = Number(process.env.PARLEY_INVARIANT_SEED ?? 7);
const SETTLE_MS = 8000;
/** Scales agents and arrivals per round (1 in `npm test`; higher to hunt for store stalls). */
const LOAD = Math.max(1, Number(process.env.PARLEY_INVARIANT_LOAD ?? 1));
const CAPACITIES = Array.from({ length: 4 * LOAD }, (_, i) => [1, 2, 2, 3][i % 4]!);

let servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.slice(1).map((server) => server.stop()));
  await servers[0]?.stop();
  servers = [];
});

interface Snapshot {
  stray: unknown[];
  doubled: unknown[];
  waitingWithRoom: { queued: number; free: { agentId: string; left: number }[] };
}

/** What the store says now, reduced to the three invariants. */
async function snapshot(server: TestServer): Promise<Snapshot> {
  const db = server.connection;
  const [open, slots, online] = await Promise.all([
    db.collection('conversations').find({ status: { $in: ['queued', 'assigned'] } }).toArray(),
    db.collection('agentslots').find().toArray(),
    db.collection('agents').find({ presence: 'online' }).toArray(),
  ]);
  const assigned = new Map(open.filter((c) => c.status === 'assigned').map((c) => [String(c._id), String(c.assignedAgentId)]));
  const stray = slots.filter((slot) => assigned.get(String(slot.conversationId)) !== String(slot.agentId)).map((slot) => ({ agentId: slot.agentId, conversationId: slot.conversationId }));
  const holders = new Map<string, number>();
  for (const slot of slots) holders.set(String(slot.conversationId), (holders.get(String(slot.conversationId)) ?? 0) + 1);
  const doubled = [...holders].filter(([, count]) => count > 1).map(([conversationId, count]) => ({ conversationId, count }));
  const free = online
    .map((agent) => ({ agentId: String(agent._id), left: (agent.capacity as number) - slots.filter((slot) => String(slot.agentId) === String(agent._id)).length }))
    .filter((agent) => agent.left > 0);
  const queued = open.filter((c) => c.status === 'queued').length;
  return { stray, doubled, waitingWithRoom: { queued: free.length > 0 ? queued : 0, free: queued > 0 ? free : [] } };
}

const clean: Snapshot = { stray: [], doubled: [], waitingWithRoom: { queued: 0, free: [] } };

/** Polls until the invariants hold; the last snapshot is what a failure shows. */
async function settled(server: TestServer): Promise<{ state: Snapshot; waitedMs: number }> {
  const started = Date.now();
  let state = await snapshot(server);
  while (JSON.stringify(state) !== JSON.stringify(clean) && Date.now() - started < SETTLE_MS) {
    await new Promise((resolve) => setTimeout(resolve, 150));
    state = await snapshot(server);
  }
  return { state, waitedMs: Date.now() - started };
}

it(`keeps the routing invariants through ${SECONDS} s of seeded churn on two processes, settling without the reconciler`, async () => {
  // Every visitor of the churn connects from loopback: per-address limits are not what this test is about.
  const limits = { exemptIps: ['127.0.0.1', '::1', '::ffff:127.0.0.1'] };
  const first = await startTestServer({ limits });
  servers.push(first);
  const second = await startTestServer({ databaseUri: first.databaseUri, limits });
  servers.push(second);
  // The reconcilers' own timers still run: they are part of the system; the test never calls them.
  await first.app.sites.setRoutingSettings(first.app.demoSite.id, { ...DEFAULT_ROUTING_SETTINGS, agentGraceSeconds: 0.5 });
  const random = seededRandom(SEED);
  const chance = (p: number) => random() < p;
  const pickIndex = (length: number) => Math.floor(random() * length);

  const accounts = await Promise.all(
    CAPACITIES.map(async (capacity, i) => ({ home: servers[i % 2]!, ...(await signedInAgent(servers[i % 2]!, { email: `churn${i}@example.com`, name: `Churn ${i}`, capacity })) })),
  );
  const sockets: (AgentClient | null)[] = await Promise.all(accounts.map((account) => connectAgent(account.home, account.token)));
  let visitors: VisitorClient[] = [];
  const tally = { rounds: 0, handoffs: 0, takes: 0, closes: 0, queueLeaves: 0, transfers: 0, drops: 0, presence: 0, maxSettleMs: 0 };

  const assignedTo = async (index: number) => {
    const socket = sockets[index];
    if (!socket?.connected) return [];
    const list = await ask<{ conversations: Conversation[] }>(socket, EV.conversationList, { view: 'mine' });
    return list.ok ? list.data.conversations.filter((c) => c.status === 'assigned') : [];
  };
  const queuedNow = async (index: number) => {
    const socket = sockets[index];
    if (!socket?.connected) return [];
    const list = await ask<{ conversations: Conversation[] }>(socket, EV.conversationList, { view: 'queue' });
    return list.ok ? list.data.conversations.filter((c) => c.status === 'queued') : [];
  };
  const someAgent = (except: number) => {
    const live = sockets.map((socket, i) => (socket?.connected && i !== except ? i : -1)).filter((i) => i >= 0);
    return live.length ? live[pickIndex(live.length)]! : null;
  };

  const deadline = Date.now() + SECONDS * 1000;
  while (Date.now() < deadline) {
    const round = tally.rounds++;
    // Everything in one round is started together, so the operations race each other.
    const operations: Promise<unknown>[] = [];
    // The agent who drops this round takes no other part in it (its socket goes away mid-round).
    const dropping = chance(0.5) ? pickIndex(accounts.length) : -1;
    const newcomers = (1 + pickIndex(3)) * LOAD;
    operations.push(
      Promise.all(
        Array.from({ length: newcomers }, async () => {
          const { socket } = await connectVisitor(servers[pickIndex(2)]!);
          visitors.push(socket);
          tally.handoffs++;
          return ask(socket, EV.handoffRequest, {});
        }),
      ),
    );
    for (let agent = 0; agent < accounts.length; agent++) {
      const socket = sockets[agent];
      if (!socket?.connected || agent === dropping) continue;
      if (chance(0.35)) {
        operations.push(assignedTo(agent).then((mine) => mine[0] && (tally.closes++, ask(socket, EV.conversationClose, { conversationId: mine[0].id }))));
      } else if (chance(0.25)) {
        const target = accounts[(agent + 1 + pickIndex(accounts.length - 1)) % accounts.length]!;
        operations.push(assignedTo(agent).then((mine) => mine[0] && (tally.transfers++, ask(socket, EV.conversationTransfer, { conversationId: mine[0].id, toAgentId: target.agent.id, note: `round ${round}` }))));
      } else if (chance(0.2)) {
        operations.push(queuedNow(agent).then((queue) => queue[0] && (tally.takes++, ask(socket, EV.conversationTake, { conversationId: queue[0].id }))));
      }
    }
    if (chance(0.3)) {
      // A visitor gives up: the widget goes away and an agent clears the abandoned chat from the queue.
      const cleaner = someAgent(dropping);
      if (cleaner !== null) {
        operations.push(
          queuedNow(cleaner).then(async (queue) => {
            const leaving = queue[pickIndex(Math.max(queue.length, 1))];
            if (!leaving) return;
            tally.queueLeaves++;
            await ask(sockets[cleaner]!, EV.conversationClose, { conversationId: leaving.id });
          }),
        );
      }
    }
    if (dropping >= 0) {
      const pauseMs = pickIndex(1200);
      tally.drops++;
      operations.push(
        (async () => {
          sockets[dropping]?.disconnect();
          sockets[dropping] = null;
          await new Promise((resolve) => setTimeout(resolve, pauseMs));
          sockets[dropping] = await connectAgent(accounts[dropping]!.home, accounts[dropping]!.token);
        })(),
      );
    }
    if (chance(0.4)) {
      const toggling = someAgent(dropping);
      if (toggling !== null) {
        const socket = sockets[toggling]!;
        tally.presence++;
        operations.push(
          (async () => {
            await ask(socket, EV.agentPresence, { presence: 'away' });
            await new Promise((resolve) => setTimeout(resolve, pickIndex(600)));
            await ask(socket, EV.agentPresence, { presence: 'online' });
          })(),
        );
      }
    }
    await Promise.all(operations);

    const { state, waitedMs } = await settled(first);
    tally.maxSettleMs = Math.max(tally.maxSettleMs, waitedMs);
    expect({ round, seed: SEED, ...state }).toEqual({ round, seed: SEED, ...clean });
    // Keep the queue from growing without bound: visitors of closed chats go away.
    if (visitors.length > 30 * LOAD) {
      visitors.slice(0, 10 * LOAD).forEach((socket) => socket.disconnect());
      visitors = visitors.slice(10 * LOAD);
    }
  }
  console.log(`[routing-invariants] seed ${SEED}, load ${LOAD}, ${SECONDS} s: ${JSON.stringify(tally)}`);
  expect(tally.rounds).toBeGreaterThan(3);
}, (SECONDS + 90) * 1000);
