/**
 * A data folder from the SQLite default, written the way earlier versions wrote it
 * (messages without page numbers, closed conversations without a day), is carried over
 * to the embedded PostgreSQL store: nothing lost, checked by counts and transcripts, and
 * readable by today's paged reads and search once the history upgrade has run.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mongoose from 'mongoose';
import { inject } from 'vitest';
import { createConversationRepository } from '../conversations/conversation.repository';
import { upgradeHistory } from '../conversations/history-upgrade';
import { createMessageStore } from '../conversations/message-store';
import { sqliteDir } from './embedded-store';
import { startFerretDb } from './ferretdb-process';
import { withDatabaseName } from './provision';
import { hasUnmigratedSqlite, migrateSqliteData } from './sqlite-migration';
import { testCipher } from '../testing/test-cipher';

const dataDir = mkdtempSync(join(tmpdir(), 'parley-migrate-'));
const databaseName = `parley_migrate_${randomBytes(4).toString('hex')}`;
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function writeOldData() {
  const old = await startFerretDb({ dataDir: sqliteDir(dataDir) });
  const client = await new mongoose.mongo.MongoClient(old.uri).connect();
  const db = client.db(databaseName);
  const open = new mongoose.Types.ObjectId();
  const closed = new mongoose.Types.ObjectId();
  const at = (minute: number) => new Date(Date.UTC(2026, 5, 1, 9, minute));
  await db.collection('conversations').insertMany([
    { _id: open, siteId: 'site-old', visitorId: 'v1', status: 'bot', locale: 'ko', round: 0, tags: [], events: [], createdAt: at(0), updatedAt: at(59) },
    { _id: closed, siteId: 'site-old', visitorId: 'v2', status: 'closed', locale: 'ko', round: 1, tags: ['배송'], events: [], closedAt: at(30), createdAt: at(1), updatedAt: at(30) },
  ]);
  await db.collection('messages').createIndex({ conversationId: 1, seq: 1 }, { unique: true });
  await db.collection('messages').insertMany(
    Array.from({ length: 120 }, (_, i) => ({
      conversationId: open.toHexString(),
      clientId: `c${i}`,
      seq: i + 1,
      author: { kind: i % 2 ? 'bot' : 'visitor', id: null, name: null },
      text: i === 7 ? '배송지 변경 부탁드려요' : `old message ${i + 1}`,
      createdAt: at(i % 60),
    })),
  );
  await db.collection('messages').insertOne({ conversationId: closed.toHexString(), clientId: 'x', seq: 1, author: { kind: 'visitor', id: null, name: null }, text: 'refund please', createdAt: at(2) });
  await db.collection('visitors').insertOne({ _id: new mongoose.Types.ObjectId(), siteId: 'site-old', name: '김하늘' });
  await client.close();
  await old.stop();
  return { open: open.toHexString(), closed: closed.toHexString() };
}

it('carries a SQLite data folder over, verified, and today’s reads work on what it carried', async () => {
  const ids = await writeOldData();
  expect(hasUnmigratedSqlite(dataDir)).toBe(true);

  const report = await migrateSqliteData(dataDir, inject('mongoBaseUri'), () => {});
  expect(report.counts).toMatchObject({ [`${databaseName}.conversations`]: 2, [`${databaseName}.messages`]: 121, [`${databaseName}.visitors`]: 1 });
  expect(report.transcriptsCompared).toBe(2);
  // Moved aside, not deleted, and not migrated again on the next start.
  expect(existsSync(report.keptAt) && readdirSync(report.keptAt).some((name) => name.endsWith('.sqlite'))).toBe(true);
  expect(hasUnmigratedSqlite(dataDir)).toBe(false);

  const connection = await mongoose.createConnection(withDatabaseName(inject('mongoBaseUri'), databaseName)).asPromise();
  try {
    const upgrade = await upgradeHistory(connection, testCipher);
    expect(upgrade).toEqual({ alreadyDone: false, messages: 121, closedConversations: 1 });
    expect((await upgradeHistory(connection, testCipher)).alreadyDone).toBe(true);

    const conversations = createConversationRepository(connection, testCipher);
    const messages = createMessageStore(connection, conversations, { cipher: testCipher });
    const newest = await messages.listBefore(ids.open, null, { limit: 50 });
    expect(newest.messages.map((m) => m.seq)).toEqual(Array.from({ length: 50 }, (_, i) => 71 + i));
    expect(newest.hasOlder).toBe(true);
    const found = await conversations.search('site-old', { q: '배송지변경' }, { pageSize: 5 });
    expect(found.conversations.map((c) => c.id)).toEqual([ids.open]);
    const closed = await conversations.listForAgent('site-old', { id: 'a', teams: [] }, 'closed');
    expect(closed.conversations.map((c) => c.id)).toEqual([ids.closed]);
    const live = await conversations.listForAgent('site-old', { id: 'a', teams: [] }, 'open');
    expect(live.conversations.map((c) => c.id)).toEqual([ids.open]);
  } finally {
    await connection.dropDatabase();
    await connection.close();
  }
}, 180_000);
