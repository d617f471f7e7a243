/**
 * Carries a data folder from the SQLite default (before PostgreSQL became the embedded
 * store) over to PostgreSQL on the first start that finds it: every database, collection,
 * document and index is copied through the MongoDB protocol, then checked — the same
 * count in every collection and a sample of transcripts identical document for document —
 * and only then is the old folder renamed aside (kept, not deleted: it is the backup).
 * `npm run db:migrate` does the same on demand.
 */
import { existsSync, readdirSync, renameSync } from 'node:fs';
import mongoose, { type mongo } from 'mongoose';
import { startFerretDb } from './ferretdb-process';
import { socketPath, sqliteDir } from './embedded-store';

export interface MigrationReport {
  databases: string[];
  /** `database.collection` → documents copied (equal to the count at the source). */
  counts: Record<string, number>;
  transcriptsCompared: number;
  /** Where the SQLite files were moved once everything was verified. */
  keptAt: string;
}

/** True when the folder holds SQLite databases that were never carried over. */
export function hasUnmigratedSqlite(dataDir: string): boolean {
  const dir = sqliteDir(dataDir);
  return existsSync(dir) && readdirSync(dir).some((name) => name.endsWith('.sqlite'));
}

/** Copies the SQLite store in `dataDir` into the store at `targetUri` (`mongodb://host:port/`), verifies it, and moves the old files aside. */
export async function migrateSqliteData(dataDir: string, targetUri: string, log: (line: string) => void): Promise<MigrationReport> {
  const source = await startFerretDb({ dataDir: sqliteDir(dataDir), unixSocket: socketPath(dataDir, 'ferretdb-sqlite'), log });
  try {
    const report = await copyDatabases(source.uri, targetUri, log);
    await source.stop();
    const keptAt = `${sqliteDir(dataDir)}.migrated-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(sqliteDir(dataDir), keptAt);
    log(`migration verified; the SQLite files are kept at ${keptAt}`);
    return { ...report, keptAt };
  } finally {
    await source.stop();
  }
}

/** Copies every database from one server to another and verifies the copy. */
export async function copyDatabases(sourceUri: string, targetUri: string, log: (line: string) => void): Promise<Omit<MigrationReport, 'keptAt'>> {
  const from = await new mongoose.mongo.MongoClient(sourceUri).connect();
  const to = await new mongoose.mongo.MongoClient(targetUri).connect();
  try {
    const { databases } = await from.db('admin').admin().listDatabases();
    const names = databases.map((database) => database.name).filter((name) => !['admin', 'local', 'config'].includes(name));
    const counts: Record<string, number> = {};
    let transcriptsCompared = 0;
    for (const name of names) {
      for (const info of await from.db(name).listCollections({}, { nameOnly: true }).toArray()) {
        const copied = await copyCollection(from.db(name).collection(info.name), to.db(name).collection(info.name));
        counts[`${name}.${info.name}`] = copied;
        log(`migrated ${name}.${info.name}: ${copied} documents`);
      }
      transcriptsCompared += await compareTranscripts(from.db(name), to.db(name));
    }
    return { databases: names, counts, transcriptsCompared };
  } finally {
    await from.close();
    await to.close();
  }
}

async function copyCollection(source: mongo.Collection, target: mongo.Collection): Promise<number> {
  for (const index of await source.listIndexes().toArray()) {
    if (index.name === '_id_') continue;
    const { key, name, unique } = index as { key: Record<string, 1 | -1>; name: string; unique?: boolean };
    await target.createIndex(key, { name, ...(unique ? { unique: true } : {}) });
  }
  let batch: mongo.Document[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    // A migration interrupted half-way is run again: documents already there are kept.
    await target.insertMany(batch, { ordered: false }).catch((error: unknown) => {
      if (!(typeof error === 'object' && error !== null && 'code' in error && error.code === 11000)) throw error;
    });
    batch = [];
  };
  for await (const doc of source.find({})) {
    batch.push(doc);
    if (batch.length === 1000) await flush();
  }
  await flush();
  const [before, after] = await Promise.all([source.countDocuments({}), target.countDocuments({})]);
  if (before !== after) throw new Error(`migration check failed for ${source.collectionName}: ${before} documents at the source, ${after} copied`);
  return after;
}

/** Up to 20 conversations' messages, compared document for document. */
async function compareTranscripts(source: mongo.Db, target: mongo.Db): Promise<number> {
  const sample = await source.collection('conversations').find({}, { projection: { _id: 1 } }).limit(20).toArray();
  for (const { _id } of sample) {
    const id = String(_id);
    const [a, b] = await Promise.all([
      source.collection('messages').find({ conversationId: id }).sort({ seq: 1 }).toArray(),
      target.collection('messages').find({ conversationId: id }).sort({ seq: 1 }).toArray(),
    ]);
    if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`migration check failed: the transcript of conversation ${id} differs`);
  }
  return sample.length;
}

