/**
 * Fault test: the embedded database's processes are killed under a running Parley. They
 * come back by themselves; meanwhile a visitor's message is either stored or refused with
 * PARLEY_ERR_DATABASE_UNAVAILABLE (never INTERNAL), and the same message sent again is
 * stored once the database is back.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Message } from '../../shared/domain';
import type { Ack } from '../../shared/errors';
import { EV } from '../../shared/events';
import { connectVisitor, request, startTestServer, type TestServer } from '../testing/test-server';
import { startEmbeddedStore, postgresDir, type EmbeddedStore } from './embedded-store';
import { withDatabaseName } from './provision';

const dataDir = mkdtempSync(join(tmpdir(), 'parley-sup-'));
let store: EmbeddedStore;
let server: TestServer;
beforeAll(async () => {
  store = await startEmbeddedStore({ dataDir, log: () => {}, durable: false, startTimeoutMs: 120_000 });
  server = await startTestServer({ databaseUri: withDatabaseName(store.uri, 'parley_supervision') });
}, 180_000);
afterAll(async () => {
  await server?.stop();
  await store?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Sends until stored, like the widget's outbox; returns every refusal code seen on the way. */
async function sendUntilStored(socket: Parameters<typeof request>[0], clientId: string, text: string) {
  const refusals: string[] = [];
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const ack: Ack<{ message: Message }> | null = await request<{ message: Message }>(socket, EV.messageSend, { clientId, text }).catch(() => null);
    if (ack?.ok) return { message: ack.data.message, refusals };
    if (ack) refusals.push(ack.error.code);
    await new Promise((done) => setTimeout(done, ack && !ack.ok ? (ack.error.retryAfterMs ?? 500) : 500));
  }
  throw new Error(`never stored; refusals: ${refusals.join(', ')}`);
}

it('brings FerretDB back after it is killed, and nothing sent meanwhile is lost', async () => {
  const { socket } = await connectVisitor(server, { locale: 'en' });
  await sendUntilStored(socket, 'before-crash-1', 'hello');
  const before = await store.pids();
  process.kill(before.ferretdb!, 'SIGKILL');
  const during = await sendUntilStored(socket, 'during-crash-1', 'are you there?');
  expect(during.refusals.filter((code) => code !== 'PARLEY_ERR_DATABASE_UNAVAILABLE')).toEqual([]);
  expect((await store.pids()).ferretdb).not.toBe(before.ferretdb);
  const again = await sendUntilStored(socket, 'during-crash-1', 'are you there?');
  expect(again.message.id).toBe(during.message.id);
}, 120_000);

it('brings PostgreSQL back after its server process is killed', async () => {
  const { socket } = await connectVisitor(server, { locale: 'en' });
  await sendUntilStored(socket, 'before-pg-crash', 'hello again');
  const postmaster = Number(readFileSync(join(postgresDir(dataDir), 'pgdata', 'postmaster.pid'), 'utf8').split('\n')[0]);
  process.kill(postmaster, 'SIGKILL');
  const during = await sendUntilStored(socket, 'during-pg-crash', 'still there?');
  expect(during.refusals.filter((code) => code !== 'PARLEY_ERR_DATABASE_UNAVAILABLE')).toEqual([]);
  const health = await fetch(`${server.url}/api/health`).then((response) => response.json());
  expect(health.database).toBe('up');
}, 120_000);
