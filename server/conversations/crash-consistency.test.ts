/**
 * Fault test: a real Parley process is killed with SIGKILL in the middle of a burst of
 * sends with 20 in flight, 20 times over, and started again each time; the client behaves
 * like the widget's outbox (resends whatever was not acknowledged, in order, before new
 * messages). Afterwards the stored transcript holds every message exactly once, in the
 * order it was sent.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import mongoose from 'mongoose';
import { io, type Socket } from 'socket.io-client';
import { EV, NAMESPACES, type VisitorSession } from '../../shared/events';
import { freePort } from '../testing/free-port';
import { testDatabaseUri } from '../testing/test-server';

const repoRoot = resolve(import.meta.dirname, '../..');
const CYCLES = 20;
const IN_FLIGHT = 20;

async function startParley(databaseUri: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      MONGODB_URI: databaseUri,
      PORT: String(port),
      HOST: '127.0.0.1',
      PARLEY_SECRET: 'crash-test-secret-crash-test-secret',
      PARLEY_LOG_LEVEL: 'silent',
      PARLEY_INTENT_MODEL: 'none/none',
      PARLEY_LIMIT_EXEMPT_IPS: '127.0.0.1,::ffff:127.0.0.1,::1',
    },
    stdio: ['ignore', 'ignore', 'ignore'],
  });
  for (let attempt = 0; attempt < 600; attempt++) {
    if (child.exitCode !== null) throw new Error(`Parley exited with ${child.exitCode}`);
    if (await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false)) return child;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('Parley did not start');
}

const killed = (child: ChildProcess) =>
  new Promise<void>((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    child.once('exit', () => done());
    child.kill('SIGKILL');
  });

function connect(port: number, token: string | null): Promise<{ socket: Socket; session: VisitorSession }> {
  const socket = io(`http://127.0.0.1:${port}${NAMESPACES.visitor}`, { auth: { siteKey: 'demo', locale: 'en', ...(token ? { token } : {}) }, transports: ['websocket'], forceNew: true, reconnection: false });
  return new Promise((done, fail) => {
    socket.once(EV.sessionReady, (session: VisitorSession) => done({ socket, session }));
    socket.once('connect_error', fail);
  });
}

it(`loses, doubles and reorders nothing across ${CYCLES} kill -9 cycles with ${IN_FLIGHT} sends in flight`, async () => {
  const databaseUri = testDatabaseUri();
  const port = await freePort();
  const sent: string[] = []; // every clientId, in the order the visitor wrote them
  const acked = new Set<string>();
  let token: string | null = null;
  let written = 0;

  // Sends the outbox in order (unacknowledged first, then `fresh` new ones), IN_FLIGHT at a time.
  async function sendAll(socket: Socket, fresh: number, onAck: () => void) {
    for (let i = 0; i < fresh; i++) sent.push(`burst-${String(++written).padStart(5, '0')}`);
    const outbox = sent.filter((id) => !acked.has(id));
    let next = 0;
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (next < outbox.length && socket.connected) {
          const clientId = outbox[next++]!;
          for (;;) {
            const answer = await (socket.timeout(5_000) as Socket).emitWithAck(EV.messageSend, { clientId, text: `message ${clientId}` }).catch(() => null);
            if (answer?.ok) {
              acked.add(clientId);
              onAck();
            }
            // Like the widget: a "not now" is waited out and the same message sent again.
            if (answer && !answer.ok && answer.error.retryAfterMs !== undefined && socket.connected) {
              await new Promise((done) => setTimeout(done, answer.error.retryAfterMs));
              continue;
            }
            break;
          }
        }
      }),
    );
  }

  // This visitor is a test client firing 20 at a time: lift the per-visitor message limit
  // (a limit refusal is retried out of order by a concurrent client; the widget sends one at a time).
  const setup = await startParley(databaseUri, port);
  const settings = await mongoose.createConnection(databaseUri).asPromise();
  await settings.collection('sites').updateOne({ key: 'demo' }, { $set: { limits: { message: { perVisitor: 0, perIp: 0, perSite: 0, windowSeconds: 10 } } } });
  await settings.close();
  await killed(setup);

  for (let cycle = 0; cycle < CYCLES; cycle++) {
    const parley = await startParley(databaseUri, port);
    const { socket, session } = await connect(port, token);
    token = session.token;
    let acksThisCycle = 0;
    // Killed while the last 15 to 20 of the burst are still in flight.
    const outbox = sent.filter((id) => !acked.has(id)).length + 30;
    const killAt = outbox - IN_FLIGHT + (cycle % 6);
    const crash = new Promise<void>((done) => {
      const check = () => acksThisCycle >= killAt && done();
      void sendAll(socket, 30, () => {
        acksThisCycle++;
        check();
      }).then(done);
    });
    await crash;
    await killed(parley);
    socket.disconnect();
  }
  // A last start: the outbox empties.
  const parley = await startParley(databaseUri, port);
  const { socket } = await connect(port, token);
  await sendAll(socket, 0, () => {});
  socket.disconnect();
  await killed(parley);
  expect(acked.size).toBe(sent.length);

  const connection = await mongoose.createConnection(databaseUri).asPromise();
  try {
    const stored = await connection
      .collection<{ clientId: string; seq: number; author: { kind: string } }>('messages')
      .find({ 'author.kind': 'visitor' })
      .toArray();
    const bySeq = stored.sort((a, b) => a.seq - b.seq).map((message) => message.clientId);
    const lost = sent.filter((id) => !bySeq.includes(id));
    const doubled = bySeq.length - new Set(bySeq).size;
    const position = new Map(sent.map((id, i) => [id, i]));
    let inversions = 0;
    for (let i = 1; i < bySeq.length; i++) if (position.get(bySeq[i]!)! < position.get(bySeq[i - 1]!)!) inversions++;
    expect({ sent: sent.length, lost: lost.length, doubled, inversions }).toEqual({ sent: CYCLES * 30, lost: 0, doubled: 0, inversions: 0 });
  } finally {
    await connection.dropDatabase();
    await connection.close();
  }
}, 600_000);
