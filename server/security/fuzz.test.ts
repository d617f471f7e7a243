/**
 * Bounded, seeded fuzzing of every client→server socket event (visitor and agent
 * namespaces) and every REST route under /api, against the real server and store.
 * Every answer must come from the error catalog (never INTERNAL, never a 5xx), nothing a
 * refused payload carried may be written, Object.prototype stays clean and the process
 * keeps answering /api/health. Set PARLEY_FUZZ_SEED to replay another seed.
 */
import type { Socket } from 'socket.io-client';
import type { z } from 'zod';
import type { Ack } from '../../shared/errors';
import { ERROR_CODES } from '../../shared/errors';
import { EV, NAMESPACES, type AgentClientEvents, type VisitorClientEvents } from '../../shared/events';
import { API } from '../../shared/http';
import { conversationRecommendSchema } from '../../shared/reports/nps-schemas';
import * as schemas from '../../shared/schemas';
import { connectAgent, connectVisitor, startTestServer, type TestServer } from '../testing/test-server';
import { expressRoutes } from './express-routes';
import { HOSTILE_QUERIES, HOSTILE_SEGMENTS, malformedPayloads } from './malformed-payloads';

const SEED = Number(process.env.PARLEY_FUZZ_SEED ?? 20261202);
const PER_TARGET = 30;
/** Fewer per route than per event: each route's batch is also counted before and after, and there are 56 routes. */
const PER_ROUTE = 20;
const OBJECT_ID = '0123456789abcdef01234567';

/** What each handler validates with; `satisfies` + the type checks below make the lists exhaustive. */
const VISITOR_EVENTS = {
  [EV.messageSend]: [schemas.visitorMessageSendSchema, { clientId: 'fuzz-client-1', text: 'hello' }],
  [EV.messageSync]: [schemas.visitorMessageSyncSchema, { afterSeq: 0 }],
  [EV.handoffRequest]: [schemas.handoffRequestSchema, {}],
  [EV.typingUpdate]: [schemas.visitorTypingSchema, { typing: true }],
  [EV.visitorPage]: [schemas.visitorPageSchema, { url: 'https://shop.example/a', title: 'A' }],
  [EV.visitorAttributes]: [schemas.visitorAttributesSchema, { attributes: { plan: 'pro' } }],
  [EV.visitorProfile]: [schemas.visitorProfileSchema, { name: 'Kim', email: 'kim@example.com' }],
  [EV.offlineMessage]: [schemas.offlineMessageSchema, { name: 'Kim', email: 'kim@example.com', text: 'call me' }],
  [EV.conversationRate]: [schemas.conversationRateSchema, { conversationId: OBJECT_ID, score: 5 }],
  [EV.messageRead]: [schemas.messageReadSchema, { conversationId: OBJECT_ID, seq: 1 }],
  [EV.conversationSolve]: [schemas.handoffRequestSchema, {}],
  [EV.conversationRecommend]: [conversationRecommendSchema, { conversationId: OBJECT_ID, score: 9 }],
} satisfies Record<keyof VisitorClientEvents, [z.ZodType, Record<string, unknown>]>;

const AGENT_EVENTS = {
  [EV.conversationList]: [schemas.conversationListSchema, { view: 'mine' }],
  [EV.conversationOpen]: [schemas.conversationOpenSchema, { conversationId: OBJECT_ID, afterSeq: 0 }],
  [EV.conversationTake]: [schemas.conversationRefSchema, { conversationId: OBJECT_ID }],
  [EV.conversationClose]: [schemas.conversationRefSchema, { conversationId: OBJECT_ID }],
  [EV.conversationTag]: [schemas.conversationTagsSchema, { conversationId: OBJECT_ID, tags: ['vip'] }],
  [EV.conversationReassign]: [schemas.conversationReassignSchema, { conversationId: OBJECT_ID, toAgentId: OBJECT_ID }],
  [EV.typingUpdate]: [schemas.agentTypingSchema, { conversationId: OBJECT_ID, typing: true }],
  [EV.messageRead]: [schemas.messageReadSchema, { conversationId: OBJECT_ID, seq: 1 }],
  [EV.conversationTransfer]: [schemas.conversationTransferSchema, { conversationId: OBJECT_ID, toAgentId: OBJECT_ID, note: 'n' }],
  [EV.messageSend]: [schemas.agentMessageSendSchema, { conversationId: OBJECT_ID, clientId: 'fuzz-client-1', text: 'hi' }],
  [EV.messageSync]: [schemas.agentMessageSyncSchema, { conversationId: OBJECT_ID, afterSeq: 0 }],
  [EV.messageList]: [schemas.messageListSchema, { conversationId: OBJECT_ID, beforeSeq: 10 }],
  [EV.agentPresence]: [schemas.agentPresenceSchema, { presence: 'away' }],
} satisfies Record<keyof AgentClientEvents, [z.ZodType, Record<string, unknown>]>;

/**
 * Every REST route Parley mounts under /api. A route added without being listed here
 * fails the enumeration test below, so new routes join the fuzzing.
 */
const ROUTES = [
  'GET /api/health', 'GET /api/setup/status', 'POST /api/setup', 'POST /api/auth/login', 'POST /api/auth/logout', 'POST /api/auth/password',
  'GET /api/audit/sign-ins', 'GET /api/conversations/search', 'GET /api/conversations/:conversationId/transcript', 'GET /api/visitors/:id',
  'GET /api/supervisor/board', 'POST /api/conversations/:conversationId/messages/:seq/reveal', 'GET /api/audit/entries', 'GET /api/audit/entries.csv',
  'GET /api/intents', 'PUT /api/intents/threshold', 'GET /api/intents/export', 'POST /api/intents/import', 'POST /api/intents/test',
  'PUT /api/intents/:name', 'DELETE /api/intents/:name', 'GET /api/settings', 'PUT /api/settings', 'GET /api/agents', 'POST /api/agents',
  'PATCH /api/agents/:id', 'PUT /api/agents/:id/active', 'POST /api/agents/:id/password-reset', 'DELETE /api/agents/:id',
  'GET /api/canned-responses', 'POST /api/canned-responses', 'PUT /api/canned-responses/:id', 'DELETE /api/canned-responses/:id',
  'GET /api/abuse/settings', 'PUT /api/abuse/settings', 'GET /api/abuse/blocks', 'POST /api/abuse/blocks', 'DELETE /api/abuse/blocks/:id', 'GET /api/abuse/board', 'GET /api/abuse/flags/:conversationId',
  'GET /api/reports/live', 'GET /api/reports/overview', 'GET /api/reports/:table',
  'GET /api/privacy/visitors/:id/export', 'POST /api/privacy/visitors/:id/erase', 'GET /api/privacy/erasure-requests', 'POST /api/visitor/erasure-request',
  'GET /api/privacy/settings', 'PUT /api/privacy/settings', 'GET /api/privacy/retention/preview',
  'POST /api/attachments', 'GET /api/attachments/:id', 'GET /api/widget/config', 'GET /api/visitor/conversations/:conversationId/transcript',
  'GET /api/settings/identity-secret',
  'GET /api/knowledge/articles', 'POST /api/knowledge/articles', 'PUT /api/knowledge/articles/:id', 'DELETE /api/knowledge/articles/:id', 'GET /api/knowledge/search',
  'GET /api/learning/intents', 'GET /api/learning/suggestions', 'POST /api/learning/suggestions', 'POST /api/learning/suggestions/:id', 'DELETE /api/learning/suggestions/:id',
  'GET /api/learning/unanswered', 'POST /api/learning/unanswered/intent', 'POST /api/learning/unanswered/dismiss', 'GET /api/reports/unanswered',
];

/**
 * Routes whose schema takes some of the fuzz as a valid request (a partial settings update
 * whose unknown keys are dropped, a sentence to classify): what they accept must parse.
 * Signing out works on any body. Every other change of state must refuse every fuzz body.
 */
const ACCEPTING: Record<string, z.ZodType | 'any'> = {
  'PUT /api/settings': schemas.settingsUpdateSchema,
  'POST /api/intents/test': schemas.intentTestSchema,
  'POST /api/auth/logout': 'any',
};

let server: TestServer;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();
const cleanPrototype = prototypeKeys();

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  // Rate limits would answer most of the fuzz before the handlers see it.
  server = await startTestServer({ limits: { exemptIps: ['127.0.0.1', '::1', '::ffff:127.0.0.1'] } });
}, 60_000);
afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  await server?.stop();
});

/** Documents per collection: what a refused payload must not have changed. */
async function documentCounts(): Promise<Record<string, number>> {
  // Work an accepted payload started after its ack (a bot reply) lands first.
  for (let previous = '', attempt = 0; attempt < 40; attempt++) {
    const counts = await countOnce();
    if (JSON.stringify(counts) === previous) return counts;
    previous = JSON.stringify(counts);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return countOnce();
}

async function countOnce(): Promise<Record<string, number>> {
  const collections = await server.connection.db!.listCollections({}, { nameOnly: true }).toArray();
  const counts = await Promise.all(collections.map(async ({ name }) => [name, await server.connection.collection(name).countDocuments()] as const));
  // A collection created empty (first touch) is not a write; reports and search postings are
  // derived by background jobs from what earlier, accepted payloads stored.
  const derived = (name: string) => /^(report|search|conversationactivity)/.test(name);
  return Object.fromEntries(counts.filter(([name, count]) => count > 0 && !derived(name)).sort(([a], [b]) => a.localeCompare(b)));
}

const isCatalogRefusal = (ack: Ack<unknown>) => !ack.ok && ack.error.code in ERROR_CODES && ack.error.code !== 'PARLEY_ERR_INTERNAL';

async function expectHealthy(context: string) {
  const health = await fetch(`${server.url}${API.health}`);
  expect(health.status, `${context}: /api/health`).toBe(200);
  expect(prototypeKeys(), `${context}: Object.prototype`).toEqual(cleanPrototype);
  expect(({} as Record<string, unknown>).polluted, `${context}: Object.prototype.polluted`).toBeUndefined();
  expect(unhandled, `${context}: unhandled rejections`).toEqual([]);
}

/** Sends one target's payloads, refused-by-schema ones first with the store counted around them. */
async function fuzzEvent(socket: Socket, event: string, schema: z.ZodType, base: Record<string, unknown>, seed: number, acked: boolean) {
  const payloads = malformedPayloads(seed, PER_TARGET, base);
  const invalid = payloads.filter((payload) => !schema.safeParse(payload ?? {}).success);
  const valid = payloads.filter((payload) => schema.safeParse(payload ?? {}).success);
  expect(invalid.length, `${event}: most fuzz payloads are invalid`).toBeGreaterThan(PER_TARGET / 2);
  const before = await documentCounts();
  for (const [index, payload] of invalid.entries()) {
    const where = `${event} seed ${seed} invalid #${index}`;
    if (!acked) {
      socket.emit(event, payload);
      continue;
    }
    const ack = (await socket.timeout(10_000).emitWithAck(event, payload)) as Ack<unknown>;
    expect(ack.ok ? ack : ack.error.code, where).toBe('PARLEY_ERR_INVALID_PAYLOAD');
  }
  // A fire-and-forget event has no answer; a round trip on the same socket orders after it.
  if (!acked) await socket.timeout(10_000).emitWithAck(EV.messageRead, { conversationId: OBJECT_ID, seq: 0 });
  expect(await documentCounts(), `${event}: refused payloads wrote nothing`).toEqual(before);
  for (const [index, payload] of valid.entries()) {
    if (!acked) continue;
    const ack = (await socket.timeout(10_000).emitWithAck(event, payload)) as Ack<unknown>;
    expect(ack.ok || isCatalogRefusal(ack), `${event} seed ${seed} valid #${index}: ${JSON.stringify(ack).slice(0, 300)}`).toBe(true);
  }
  expect(socket.connected, `${event}: the socket stays connected`).toBe(true);
}

const FIRE_AND_FORGET = new Set<string>([EV.typingUpdate]);
const seedOf = (name: string) => [...name].reduce((hash, char) => (Math.imul(hash, 31) + char.charCodeAt(0)) >>> 0, SEED);

it('covers every client event of both namespaces, as the server registers them', async () => {
  const { socket: visitor } = await connectVisitor(server);
  const admin = await adminToken();
  const agent = await connectAgent(server, admin);
  const registered = (namespace: string, id: string | undefined) => {
    const serverSocket = server.app.io.of(namespace).sockets.get(id!);
    return (serverSocket?.eventNames() ?? []).map(String).filter((name) => name !== 'disconnect' && name !== 'disconnecting' && name !== 'error').sort();
  };
  expect(registered(NAMESPACES.visitor, visitor.id)).toEqual(Object.keys(VISITOR_EVENTS).sort());
  expect(registered(NAMESPACES.agent, agent.id)).toEqual(Object.keys(AGENT_EVENTS).sort());
  visitor.disconnect();
  // Agents stay connected until the server stops: a dropped agent's grace period would
  // requeue their chats (a write) in the middle of a later test's count.
});

it('covers every REST route mounted under /api', () => {
  const mounted = expressRoutes(server.app.app).filter((route) => String(route.path).startsWith('/api'));
  expect(mounted.map((route) => `${route.method} ${route.path}`).sort()).toEqual([...ROUTES].sort());
});

it(`answers ${PER_TARGET} malformed payloads per visitor event with catalog errors and writes nothing`, async () => {
  const { socket } = await connectVisitor(server);
  await new Promise((resolve) => setTimeout(resolve, 200)); // the connection's own bookkeeping writes first
  for (const [event, [schema, base]] of Object.entries(VISITOR_EVENTS)) {
    await fuzzEvent(socket, event, schema, base, seedOf(`visitor ${event}`), !FIRE_AND_FORGET.has(event));
  }
  await expectHealthy('after the visitor events');
  socket.disconnect();
}, 60_000);

it(`answers ${PER_TARGET} malformed payloads per agent event with catalog errors and writes nothing`, async () => {
  const socket = await connectAgent(server, await adminToken());
  for (const [event, [schema, base]] of Object.entries(AGENT_EVENTS)) {
    await fuzzEvent(socket, event, schema, base, seedOf(`agent ${event}`), !FIRE_AND_FORGET.has(event));
  }
  await expectHealthy('after the agent events');
}, 60_000);

it(`answers ${PER_ROUTE} malformed requests per REST route with 4xx catalog errors and writes nothing`, async () => {
  const token = await adminToken();
  // Signing out ends the token's sessions, so it goes last.
  const ordered = [...ROUTES].sort((a, b) => Number(a.includes('/logout')) - Number(b.includes('/logout')));
  for (const route of ordered) {
    const [method, pattern] = route.split(' ') as [string, string];
    const seed = seedOf(route);
    const bodies = malformedPayloads(seed, PER_ROUTE);
    const before = await documentCounts();
    const accepted: string[] = [];
    const changed: string[] = [];
    for (let index = 0; index < PER_ROUTE; index++) {
      const path = pattern.replace(/:[A-Za-z]+/g, () => HOSTILE_SEGMENTS[(index + seed) % HOSTILE_SEGMENTS.length]!) + (method === 'GET' ? HOSTILE_QUERIES[index % HOSTILE_QUERIES.length]! : '');
      const hasBody = method !== 'GET' && method !== 'DELETE';
      const rawBody = index === 0 ? '{"unterminated": ' : JSON.stringify(bodies[index]) ?? 'null';
      const response = await fetch(`${server.url}${path}`, {
        method,
        headers: { Authorization: `Bearer ${token}`, ...(hasBody ? { 'Content-Type': index === 1 ? 'text/plain' : 'application/json' } : {}) },
        body: hasBody ? rawBody : undefined,
      });
      const where = `${route} seed ${seed} #${index} → ${response.status}`;
      expect(response.status, where).toBeLessThan(500);
      const text = await response.text();
      if (response.status >= 400) {
        const code = (JSON.parse(text.startsWith('{') ? text : '{}') as { error?: { code?: string } }).error?.code ?? '';
        expect(code in ERROR_CODES && code !== 'PARLEY_ERR_INTERNAL', `${where}: ${text.slice(0, 200)}`).toBe(true);
      } else {
        const schema = ACCEPTING[route];
        if (method === 'GET' || schema === 'any' || schema?.safeParse(bodies[index]).success) changed.push(where);
        else accepted.push(where);
      }
    }
    // Reads may answer junk queries with data; a change of state must refuse malformed bodies.
    expect(accepted, `${route}: malformed bodies accepted`).toEqual([]);
    if (changed.length === 0) expect(await documentCounts(), `${route}: refused requests wrote nothing`).toEqual(before);
  }
  await expectHealthy('after the REST routes');
}, 180_000);

/** Routes anyone may call: the rest must refuse a caller without a token before reading anything. */
const PUBLIC = new Set(['GET /api/health', 'GET /api/setup/status', 'POST /api/setup', 'POST /api/auth/login', 'GET /api/widget/config']);
/** An upload must name its file (`?name=`), which is checked before the token, from the query alone. */
const QUERY_FIRST = new Set(['POST /api/attachments']);

it('refuses every non-public route to a caller without a token, whatever the request, and writes nothing', async () => {
  const before = await documentCounts();
  for (const route of ROUTES) {
    const [method, pattern] = route.split(' ') as [string, string];
    const seed = seedOf(`anonymous ${route}`);
    for (const [index, body] of malformedPayloads(seed, 3).entries()) {
      const path = pattern.replace(/:[A-Za-z]+/g, index === 0 ? OBJECT_ID : HOSTILE_SEGMENTS[index]!);
      const hasBody = method !== 'GET' && method !== 'DELETE';
      const response = await fetch(`${server.url}${path}`, {
        method,
        headers: { Authorization: index === 2 ? 'Bearer not.a.token' : '', ...(hasBody ? { 'Content-Type': 'application/json' } : {}) },
        // The first asks with a harmless body, so only the missing token can refuse it.
        body: hasBody ? (index === 0 ? '{}' : JSON.stringify(body) ?? 'null') : undefined,
      });
      const where = `${route} anonymous #${index} → ${response.status}`;
      if (PUBLIC.has(route)) expect(response.status, where).toBeLessThan(500);
      // With a well-formed path the answer is always "who are you?"; a malformed one may be refused as such first.
      else if (index === 0 && !QUERY_FIRST.has(route)) expect(response.status, where).toBe(401);
      else expect([400, 401], where).toContain(response.status);
    }
  }
  expect(await documentCounts(), 'anonymous requests wrote nothing').toEqual(before);
  await expectHealthy('after the anonymous requests');
}, 60_000);

let adminSequence = 0;
async function adminToken(): Promise<string> {
  const email = `fuzz-admin-${adminSequence++}@example.com`;
  const password = 'correct horse battery staple';
  await server.app.accounts.createAgent(server.app.demoSite.id, { email, name: 'Fuzz Admin', password, role: 'admin' });
  return (await server.app.accounts.login({ email, password })).token;
}
