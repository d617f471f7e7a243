/**
 * What the inbox list shows beside each conversation and what changes with every
 * message: the last seq, its preview, and how far each side has read. Kept apart from
 * the conversation document so that the per-message write never touches (or races with)
 * routing's writes, and keyed by conversation id so every access is a primary-key one.
 *
 * A note only ever moves forward. FerretDB 1.x has no conditional update that is not a
 * scan, so the check is read-then-write (a primary-key read); a process skips both for
 * a note it already wrote as new or newer itself.
 */
import type { Connection } from 'mongoose';
import pLimit from 'p-limit';
import { insertClaim } from '../concurrency/insert-claim';
import { createKeyedLock } from '../concurrency/keyed-lock';
import type { ActivityDoc } from './conversation.model';

export interface ActivityNotes {
  read(ids: string[]): Promise<Map<string, ActivityDoc>>;
  /** Notes the newest message; an older one arriving late never overwrites a newer one. */
  record(id: string, lastSeq: number, preview: string): Promise<void>;
  /** Many notes, a few at a time, so a burst of them never queues ahead of message writes. */
  recordMany(notes: { conversationId: string; lastSeq: number; preview: string }[]): Promise<void>;
  markRead(id: string, reader: 'visitor' | 'agent', seq: number): Promise<void>;
  /** The last seq the note knows of: a cheap lower bound for numbering (0 when none). */
  lastSeqHint(id: string): Promise<number>;
}

/** How many notes one flush writes at once; the rest wait their turn instead of the messages. */
const FLUSH_CONCURRENCY = 4;
/** Notes remembered as written by this process (the newest ones; older ones are read again). */
const REMEMBERED = 20_000;
/**
 * How long a note read from the database is answered from memory. One handoff returns
 * its conversation (with the note) half a dozen times within a few milliseconds; a
 * note written by another process meanwhile shows at most this much later.
 */
const READ_CACHE_MS = 1000;

export function createActivityNotes(connection: Connection): ActivityNotes {
  const notes = connection.collection<ActivityDoc>('conversationactivity');
  const lock = createKeyedLock();
  const flushLimit = pLimit(FLUSH_CONCURRENCY);
  // id → lastSeq this process last wrote. Another process may have written a newer note
  // since; then this one's write is at worst one preview behind until the next message.
  const written = new Map<string, number>();
  const remember = (id: string, seq: number) => {
    written.delete(id);
    written.set(id, seq);
    if (written.size > REMEMBERED) written.delete(written.keys().next().value!);
  };

  const recent = new Map<string, { at: number; doc: ActivityDoc | null }>();
  const forget = (id: string) => recent.delete(id);
  async function readOne(id: string): Promise<ActivityDoc | null> {
    const cached = recent.get(id);
    if (cached && Date.now() - cached.at < READ_CACHE_MS) return cached.doc;
    const doc = await notes.findOne({ _id: id });
    recent.set(id, { at: Date.now(), doc });
    // Expired entries go on the next read of any note, so the map stays small.
    if (recent.size > 2_000) for (const [key, entry] of recent) if (Date.now() - entry.at >= READ_CACHE_MS) recent.delete(key);
    return doc;
  }

  async function write(id: string, lastSeq: number, text: string): Promise<void> {
    // What this process wrote can only say "already newer"; whether another process wrote
    // something newer meanwhile only the database knows (visitor and agent may sit on
    // different processes, each flushing its own previews).
    if ((written.get(id) ?? -1) >= lastSeq) return;
    const known = (await notes.findOne({ _id: id }, { projection: { lastSeq: 1 } }))?.lastSeq ?? null;
    if (known === null) {
      // Another process made the note first: read it and go again.
      if (!(await insertClaim(notes, { _id: id, lastSeq, preview: text }))) return write(id, lastSeq, text);
    } else if (known < lastSeq) await notes.updateOne({ _id: id }, { $set: { lastSeq, preview: text } });
    else return;
    forget(id);
    remember(id, lastSeq);
  }
  // The preview arrives cut and sealed (message-store.ts): stored as given.
  const record = (id: string, lastSeq: number, preview: string) => lock.run(`activity:${id}`, () => write(id, lastSeq, preview));

  async function writeRead(id: string, field: 'visitorReadSeq' | 'agentReadSeq', seq: number): Promise<void> {
    const current = await notes.findOne({ _id: id });
    if (!current) {
      if (!(await insertClaim(notes, { _id: id, lastSeq: 0, preview: null, [field]: seq }))) return writeRead(id, field, seq);
    } else if ((current[field] ?? 0) < seq) await notes.updateOne({ _id: id }, { $set: { [field]: seq } });
    forget(id);
  }

  return {
    async read(ids) {
      // A few primary-key reads beat one `$in`, which FerretDB answers by scanning the collection.
      const found =
        ids.length <= 50
          ? (await Promise.all(ids.map(readOne))).filter((entry): entry is ActivityDoc => entry !== null)
          : await notes.find({ _id: { $in: ids } }).toArray();
      return new Map(found.map((entry) => [entry._id, entry]));
    },
    record,
    async recordMany(batch) {
      await Promise.all(batch.map((note) => flushLimit(() => record(note.conversationId, note.lastSeq, note.preview))));
    },
    markRead: (id, reader, seq) => lock.run(`activity:${id}`, () => writeRead(id, reader === 'visitor' ? 'visitorReadSeq' : 'agentReadSeq', seq)),
    lastSeqHint: async (id) => written.get(id) ?? (await notes.findOne({ _id: id }, { projection: { lastSeq: 1 } }))?.lastSeq ?? 0,
  };
}
