/**
 * Scenario `scale`: the operations people wait on, timed as the stored history grows to
 * 100,000 and 1,000,000 messages (`--quick`: 10,000 / 100,000) on the embedded store, each
 * as a ratio to itself at 1,000 messages. Two Parley processes run side by side on the
 * bench store, each on its own database: one stays at 1,000 messages (the baseline), the
 * other grows; history is seeded through Parley's own models. Each size is timed in one
 * window with the baseline, sample for sample in alternating order, so the machine's drift
 * (other work, the page cache, the kernel's reclaim) lands on both sides of every ratio.
 * The message ack is also compared with its floor in the same loop: one `insertOne` on the
 * same database and a relay over bare Socket.IO (see startFloor).
 */
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import mongoose from 'mongoose';
import { Server } from 'socket.io';
import { io, type Socket } from 'socket.io-client';
import { API } from '../../shared/http';
import { EV, NAMESPACES, type ConversationPage, type VisitorSession } from '../../shared/events';
import { withDatabaseName } from '../../server/database/provision';
import { seedHistory } from '../support/seed-history';
import { adminToken, closeAll, connectAgents, type AgentSocket } from '../support/parley-clients';
import { benchDatabase, startParley } from '../support/processes';
import { ms, percentile, ratio, type Row } from '../support/stats';

type Timings = Record<string, number[]>;
/** The floor's samples live outside Timings: they are not an operation of Parley's to compare across sizes. */
const floorSamples = { relay: [] as number[], insertRelay: [] as number[] };
const SAMPLES = 25;
/** Untimed rounds on each side before a window's samples. */
const WARM_UP = 3;

async function timed(samples: number[], action: () => Promise<unknown>) {
  const started = performance.now();
  await action();
  samples.push(performance.now() - started);
}

const ack = <T>(socket: Socket, event: string, payload: unknown) =>
  (socket.timeout(30_000) as Socket).emitWithAck(event, payload).then((answer: { ok: boolean; data?: T; error?: { message: string } }) => {
    if (!answer.ok) throw new Error(`${event}: ${answer.error?.message}`);
    return answer.data as T;
  });

function visitorSocket(url: string, token?: string): Promise<{ socket: Socket; session: VisitorSession }> {
  const socket = io(`${url}${NAMESPACES.visitor}`, { auth: { siteKey: 'demo', locale: 'ko', ...(token ? { token } : {}) }, transports: ['websocket'], forceNew: true });
  return new Promise((done, fail) => {
    socket.once(EV.sessionReady, (session: VisitorSession) => done({ socket, session }));
    socket.once('connect_error', fail);
  });
}

/** One Parley process on its own database, as the samples reach it. */
interface Subject {
  url: string;
  admin: AgentSocket;
  token: string;
  /** Returning visitors of today, the same thirty on each side. */
  visitors: { token: string }[];
  /** Closed conversations an agent opens, read after each seeding. */
  conversationIds: string[];
}

/** Every timed operation once, against whatever history the subject's database holds now; the floor beside the ack when given. */
async function sampleOnce(t: Timings, subject: Subject, i: number, floor: Floor | null): Promise<void> {
  const { url, admin: agent, token, visitors, conversationIds } = subject;
  const bucket = (name: string) => (t[name] ??= []);
  const rest = (path: string) => fetch(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } }).then((response) => (response.ok ? response.json() : Promise.reject(new Error(`${path}: ${response.status}`))));
  const visitor = visitors[i % visitors.length]!;
  let connected: Socket | null = null;
  await timed(bucket('visitor connect (history)'), async () => (connected = (await visitorSocket(url, visitor.token)).socket));
  await timed(bucket('message:sync after reconnect'), () => ack(connected!, EV.messageSync, { afterSeq: 1 }));
  await timed(bucket('message ack'), () => ack(connected!, EV.messageSend, { clientId: `scale-${Date.now()}-${i}`, text: `배송 문의드립니다 ${i}` }));
  if (floor) {
    await timed(floorSamples.insertRelay, floor.insertRelay);
    await timed(floorSamples.relay, floor.relay);
  }
  connected!.disconnect();
  const id = conversationIds[(i * 7919) % conversationIds.length]!;
  await timed(bucket('agent opens a conversation (newest page)'), () => ack(agent, EV.conversationOpen, { conversationId: id }));
  for (const view of ['default', 'mine', 'queue', 'open', 'closed'] as const) {
    await timed(bucket(`view ${view}: first page`), () => ack<ConversationPage>(agent, EV.conversationList, { view, limit: 50 }));
  }
  // A later page of each kind of view, at a depth the smallest history has too (its baseline).
  for (const [view, limit, depth] of [['open', 10, 2], ['closed', 20, 4]] as const) {
    let cursor = (await ack<ConversationPage>(agent, EV.conversationList, { view, limit })).nextCursor;
    for (let page = 2; page < depth && cursor; page++) cursor = (await ack<ConversationPage>(agent, EV.conversationList, { view, limit, cursor })).nextCursor;
    if (cursor) await timed(bucket(`view ${view}: page ${depth} of ${limit}`), () => ack(agent, EV.conversationList, { view, limit, cursor }));
  }
  // A visitor asks for a human: the ack comes after the conversation is queued and the queue
  // drained (read once, offered to the agents, places in line sent). Closed again by the
  // admin, so every sample drains a queue of the same length.
  const { socket: waiting } = await visitorSocket(url);
  await ack(waiting, EV.messageSend, { clientId: `drain-${Date.now()}-${i}`, text: '상담원 연결해 주세요' });
  let handedOff: { conversation: { id: string } } | null = null;
  await timed(bucket('handoff: enqueue and queue drain'), async () => (handedOff = await ack<{ conversation: { id: string } }>(waiting, EV.handoffRequest, {})));
  await ack(agent, EV.conversationClose, { conversationId: handedOff!.conversation.id });
  waiting.disconnect();
  await timed(bucket('search "배송지변경"'), () => rest(`${API.conversationSearch}?q=${encodeURIComponent('배송지변경')}`));
  await timed(bucket('search "refund"'), () => rest(`${API.conversationSearch}?q=refund`));
  await timed(bucket('search, rare words'), () => rest(`${API.conversationSearch}?q=${encodeURIComponent('결제취소')}`));
  await timed(bucket('supervisor board (queue read)'), () => rest(API.supervisorBoard));
}

/**
 * The ack's floor: insertOne on the same database, then a relay over bare Socket.IO (and
 * the relay alone). Timed inside the same loop as Parley's ack, right after it, so both
 * wait on the same warm or idle database and machine: timed back to back, the floor's
 * round trips would stay warm and look twice as fast as any real ack can.
 */
async function startFloor(databaseUri: string) {
  const connection = await mongoose.createConnection(databaseUri).asPromise();
  const collection = connection.collection('floor_messages');
  const server = new Server(createServer(), { serveClient: false });
  server.of('/visitor').on('connection', (socket) => {
    const insert = socket.handshake.auth.insert === true;
    socket.on('message:send', async (payload: { clientId: string; text: string }, reply: (answer: unknown) => void) => {
      const doc = { conversationId: 'floor', clientId: payload.clientId, text: payload.text, createdAt: new Date() };
      if (insert) await collection.insertOne(doc);
      reply({ ok: true, data: { message: doc } });
    });
  });
  await new Promise<void>((done) => server.httpServer.listen(0, '127.0.0.1', done));
  const port = (server.httpServer.address() as AddressInfo).port;
  const client = async (insert: boolean) => {
    const socket = io(`http://127.0.0.1:${port}/visitor`, { auth: { insert }, transports: ['websocket'], forceNew: true });
    await new Promise((done) => socket.once('connect', () => done(null)));
    return socket;
  };
  const [relayClient, insertClient] = [await client(false), await client(true)];
  let sent = 0;
  const send = (socket: Socket) => ack(socket, 'message:send', { clientId: `floor-${++sent}`, text: `배송 문의드립니다 ${sent}` });
  return {
    relay: () => send(relayClient),
    insertRelay: () => send(insertClient),
    async stop() {
      relayClient.disconnect();
      insertClient.disconnect();
      await new Promise<void>((done) => server.close(() => done()));
      await connection.close();
    },
  };
}
type Floor = Awaited<ReturnType<typeof startFloor>>;

/** Parley on a database of its own on the bench store, with today's traffic: thirty visitors, a third of them handed off. */
async function startSubject(name: string) {
  const databaseName = `parley_scale_${name}_${Date.now()}`;
  const databaseUri = withDatabaseName((await benchDatabase()).uri, databaseName);
  const parley = await startParley({ databaseName });
  const connection = await mongoose.createConnection(databaseUri).asPromise();
  const site = await connection.collection<{ _id: unknown; key: string }>('sites').findOne({ key: 'demo' });
  const siteId = String(site!._id);
  // One agent online to take the handoffs; the admin (no capacity) opens and lists.
  const [agent] = await connectAgents(parley.url, 1, 5, `scale-${name}-${Date.now()}`);
  const token = await adminToken(parley.url);
  const admin = io(`${parley.url}${NAMESPACES.agent}`, { auth: { token }, transports: ['websocket'], forceNew: true }) as AgentSocket;
  await new Promise((done) => admin.once(EV.sessionReady, () => done(null)));
  const visitors: { token: string }[] = [];
  for (let i = 0; i < 30; i++) {
    const { socket, session } = await visitorSocket(parley.url);
    for (let m = 0; m < 3; m++) await ack(socket, EV.messageSend, { clientId: `today-${i}-${m}`, text: i % 2 ? '배송이 언제 되나요?' : 'Where is my order?' });
    if (i % 3 === 0) await ack(socket, EV.handoffRequest, {});
    visitors.push({ token: session.token });
    socket.disconnect();
  }
  const subject: Subject = { url: parley.url, admin, token, visitors, conversationIds: [] };
  let seeded = 0;
  return {
    subject,
    databaseUri,
    /** Seeds up to `size` messages, settles the store, and returns the seconds seeding took. */
    async grow(size: number) {
      const started = performance.now();
      await seedHistory(connection, { siteId, agentIds: ['seed-agent-1', 'seed-agent-2', 'seed-agent-3'] }, seeded, size);
      seeded = size;
      const seconds = (performance.now() - started) / 1000;
      // A live site's history arrives over a year with autovacuum and the checkpointer keeping
      // up; this one arrived in minutes, so vacuum and checkpoint it now, and let the kernel
      // write out what it holds, rather than have gigabytes of bulk writes flushed through the
      // measurements (every operation's fsync waits behind them).
      await (await benchDatabase()).vacuum();
      execFileSync('sync');
      subject.conversationIds = (await connection.collection<{ _id: unknown }>('conversations').find({ siteId, status: 'closed' }).limit(500).toArray()).map((doc) => String(doc._id));
      return seconds;
    },
    async stop() {
      closeAll([admin, agent!]);
      await connection.dropDatabase().catch(() => {});
      await connection.close();
      await parley.stop();
    },
  };
}

/**
 * The baseline and the grown history in one window: a few untimed rounds first (Parley's
 * start-up work, the intent model and the knowledge base's embeddings in a worker, and cold
 * caches would otherwise land on whichever side went first), then sample for sample, the
 * order alternating. The floor is timed beside the grown side's ack.
 */
async function measureWindow(baseline: Subject, grown: Subject, floor: Floor) {
  for (let i = 0; i < WARM_UP; i++) for (const subject of [baseline, grown]) await sampleOnce({}, subject, i, null);
  const timings = { baseline: {} as Timings, grown: {} as Timings };
  floorSamples.relay.length = floorSamples.insertRelay.length = 0;
  for (let i = 0; i < SAMPLES; i++) {
    const sides = [() => sampleOnce(timings.baseline, baseline, i, null), () => sampleOnce(timings.grown, grown, i, floor)];
    for (const side of i % 2 === 0 ? sides : sides.reverse()) await side();
  }
  return timings;
}

export async function dataScale(quick: boolean): Promise<Row[]> {
  const [baseSize, ...sizes] = quick ? [1_000, 10_000, 100_000] : [1_000, 100_000, 1_000_000];
  const baseline = await startSubject('baseline');
  const grown = await startSubject('grown');
  const rows: Row[] = [];
  const floor = await startFloor(grown.databaseUri);
  const at = (size: number) => `@ ${size.toLocaleString('en')} msgs`;
  try {
    const seedSeconds = [await baseline.grow(baseSize!)];
    const windows: { size: number; timings: Awaited<ReturnType<typeof measureWindow>> }[] = [];
    for (const size of sizes) {
      seedSeconds.push(await grown.grow(size));
      windows.push({ size, timings: await measureWindow(baseline.subject, grown.subject, floor) });
      console.log(`… scale: ${size.toLocaleString('en')} messages measured beside ${baseSize!.toLocaleString('en')} (seeding took ${seedSeconds.at(-1)!.toFixed(0)} s)`);
    }

    const largest = windows.at(-1)!;
    for (const name of Object.keys(largest.timings.baseline)) {
      const p95Goal = /open|sync|view/.test(name) ? 50 : /search/.test(name) ? 300 : null;
      // The baseline as timed beside the largest size, where the goals are judged.
      const base = largest.timings.baseline[name]!;
      rows.push({ scenario: 'scale', measure: `${name} ${at(baseSize!)}, p50 / p95`, value: `${ms(percentile(base, 50))} / ${ms(percentile(base, 95))}`, met: '—' });
      for (const window of windows) {
        const samples = window.timings.grown[name] ?? [];
        const sameWindowBase = percentile(window.timings.baseline[name]!, 50);
        const isLargest = window === largest;
        const p95 = percentile(samples, 95);
        const flat = percentile(samples, 50) / sameWindowBase;
        rows.push({
          scenario: 'scale',
          measure: `${name} ${at(window.size)}, p50 / p95`,
          value: `${ms(percentile(samples, 50))} / ${ms(p95)}`,
          baseline: `${ms(sameWindowBase)} ${at(baseSize!)}`,
          ratio: ratio(percentile(samples, 50), sameWindowBase),
          goal: isLargest ? `≤ 1.5×${p95Goal ? `, p95 ≤ ${p95Goal} ms` : ''}` : '',
          met: isLargest ? (flat <= 1.5 && (!p95Goal || p95 <= p95Goal) ? 'yes' : 'no') : '—',
        });
      }
    }
    const { relay, insertRelay } = floorSamples;
    const ackP50 = percentile(largest.timings.grown['message ack']!, 50);
    rows.push({ scenario: 'scale', measure: 'floor: bare Socket.IO relay ack, p50', value: ms(percentile(relay, 50)) });
    rows.push({
      scenario: 'scale',
      measure: `message ack ${at(largest.size)} vs insertOne + bare relay, p50`,
      value: ms(ackP50),
      baseline: ms(percentile(insertRelay, 50)),
      ratio: ratio(ackP50, percentile(insertRelay, 50)),
      goal: '≤ 2×',
      met: ackP50 <= 2 * percentile(insertRelay, 50) ? 'yes' : 'no',
    });
    [baseSize!, ...sizes].forEach((size, i) => rows.push({ scenario: 'scale', measure: `seeding to ${size.toLocaleString('en')} messages`, value: `${seedSeconds[i]!.toFixed(0)} s` }));
  } finally {
    await floor.stop();
    await Promise.all([baseline.stop(), grown.stop()]);
  }
  return rows;
}
