/**
 * Stores messages so that none vanish and none double:
 * - a message is acknowledged only after its write succeeded;
 * - (conversationId, clientId) is unique, so a resend returns the stored message;
 * - (conversationId, seq) is unique, so two processes can never share a seq.
 *
 * Appends arriving in the same tick are written with one `insertMany`, which keeps
 * throughput near the raw driver's while every caller still waits for its own write.
 */
import { Types, type Connection } from 'mongoose';
import type { Attachment, Message, MessageAuthorKind, QuickReply } from '../../shared/domain';
import type { ArticleCard } from '../../shared/knowledge';
import type { TaskTracker } from '../concurrency/task-tracker';
import { ParleyError } from '../errors';
import type { FieldCipher } from '../crypto/field-cipher';
import type { ConversationRepository } from './conversation.repository';
import { messageModel, toMessage, type MessageDoc } from './message.model';
import { createSearchPostings } from './search-postings';
import { highestSeq, pageOf, readAfter, readBefore, type PageSource } from './message-pages';
import { createSequenceAllocator } from './sequence-allocator';

export interface NewMessage {
  conversationId: string;
  /** The conversation's site: scopes the message's search postings. */
  siteId: string;
  clientId: string;
  author: { kind: MessageAuthorKind; id: string | null; name: string | null };
  text: string;
  quickReplies?: QuickReply[];
  articles?: ArticleCard[];
  internal?: boolean;
  attachment?: Attachment;
}

export interface AppendResult {
  message: Message;
  /** False when the clientId was already stored: a resend. */
  created: boolean;
}

/**
 * Thrown by append when its `admit` check said no: the new message was taken back out of
 * the store, so the caller can put it somewhere else.
 */
export class MessageNotAdmitted extends Error {
  constructor() {
    super('the conversation no longer takes this message');
  }
}

export interface AppendOptions {
  /**
   * Checked while the message is written, not before it (the sender's ack then waits for
   * one round trip, not two). False takes the message back out and rejects the append with
   * MessageNotAdmitted; a resend of an already stored message is answered either way.
   */
  admit?: Promise<boolean>;
}

export interface MessageStore {
  append(input: NewMessage, options?: AppendOptions): Promise<AppendResult>;
  /** Writes pending list previews now (shutdown, tests). */
  flushActivity(): void;
  /** Messages after `afterSeq`, oldest first; visitors ask with `includeInternal: false`. */
  listAfter(conversationId: string, afterSeq: number, options?: { limit?: number; includeInternal?: boolean }): Promise<Message[]>;
  /** The newest `limit` messages before `beforeSeq` (the newest of all when null), oldest first. */
  listBefore(conversationId: string, beforeSeq: number | null, options?: { limit?: number; includeInternal?: boolean }): Promise<{ messages: Message[]; hasOlder: boolean }>;
}

interface Pending {
  input: NewMessage;
  admit?: Promise<boolean> | undefined;
  resolve(result: AppendResult): void;
  reject(error: unknown): void;
}

interface Entry {
  doc: MessageDoc;
  waiting: Pending[];
  stored?: MessageDoc;
  /** Set once this entry's own document is stored (false for a resend of a stored message). */
  inserted?: boolean;
}

const MAX_BATCH = 500;
const ACTIVITY_DELAY_MS = 1000;
const MAX_SEQ_RETRIES = 5;
const PREVIEW_LENGTH = 140;

export function createMessageStore(connection: Connection, conversations: ConversationRepository, options: { cipher: FieldCipher; tasks?: TaskTracker }): MessageStore {
  const { cipher, tasks } = options;
  const Messages = messageModel(connection);
  const postings = createSearchPostings(connection, cipher);
  // Text and file names are stored sealed (see server/crypto/field-cipher.ts) and opened here, on the way out.
  const opened = (doc: MessageDoc): Message => {
    const message = toMessage(doc);
    message.text = cipher.open(message.text);
    if (message.attachment) message.attachment = { ...message.attachment, name: cipher.open(message.attachment.name) };
    return message;
  };
  const pages = (conversationId: string): PageSource<MessageDoc> => ({
    readPage: (page) => Messages.find({ conversationId, page }).lean<MessageDoc[]>().exec(),
    knownLastSeq: () => conversations.lastSeqHint(conversationId),
  });
  // Seeded from the highest stored seq, not from the list preview's (which lags by up to a
  // second, and more after a crash): a stale seed makes every send collide and renumber,
  // which is slow and can put a sender's messages out of order.
  const sequences = createSequenceAllocator((conversationId) => highestSeq(pages(conversationId)));
  let queue: Pending[] = [];
  let scheduled = false;

  async function findStored(keys: { conversationId: string; clientId: string }[]) {
    // One query per conversation: an equality on conversationId is answered from an index
    // by every store, where an `$or` of them is not (FerretDB reads the whole collection).
    const groups = [...groupBy(keys, (key) => key.conversationId)];
    const docs = await Promise.all(
      groups.map(([conversationId, group]) => Messages.find({ conversationId, clientId: { $in: group.map((k) => k.clientId) } }).lean<MessageDoc[]>().exec()),
    );
    return new Map(docs.flat().map((doc) => [keyOf(doc), doc]));
  }

  const settle = (entry: Entry, stored: MessageDoc) => {
    entry.inserted = stored._id.equals(entry.doc._id);
    entry.stored = stored;
  };
  const answer = (entry: Entry) => entry.waiting.forEach((p, i) => p.resolve({ message: opened(entry.stored!), created: entry.inserted! && i === 0 }));

  /** Entries whose admission check failed after their message was written: taken back out. */
  async function refused(entries: Entry[]): Promise<Set<Entry>> {
    const checks = await Promise.all(entries.map(async (entry) => (entry.inserted && entry.waiting.some((p) => p.admit) ? !(await admitted(entry)) : false)));
    const out = entries.filter((_, i) => checks[i]);
    if (out.length > 0) await Messages.collection.deleteMany({ _id: { $in: out.map((entry) => entry.doc._id) } });
    return new Set(out);
  }

  /** Numbers and inserts the entries; retries those whose seq another process took meanwhile. */
  async function write(entries: Entry[], attempt = 0): Promise<void> {
    for (const [conversationId, group] of groupBy(entries, (entry) => entry.doc.conversationId)) {
      const first = await sequences.next(conversationId, group.length);
      group.forEach((entry, i) => {
        entry.doc.seq = first + i;
        entry.doc.page = pageOf(entry.doc.seq);
      });
    }
    try {
      await Messages.collection.insertMany(entries.map((entry) => entry.doc), { ordered: false });
      entries.forEach((entry) => settle(entry, entry.doc));
    } catch (error) {
      const stored = await findStored(entries.map((entry) => entry.doc));
      const retry: Entry[] = [];
      for (const entry of entries) {
        const winner = stored.get(keyOf(entry.doc));
        if (winner) settle(entry, winner);
        else retry.push(entry);
      }
      if (retry.length === 0) return;
      if (attempt >= MAX_SEQ_RETRIES) throw new ParleyError('PARLEY_ERR_INTERNAL', 'the message could not be stored; send it again', { cause: error });
      new Set(retry.map((entry) => entry.doc.conversationId)).forEach((id) => sequences.reseed(id));
      await write(retry, attempt + 1);
    }
  }

  async function flush(batch: Pending[]) {
    // Insert optimistically: a resend collides with the unique (conversationId, clientId)
    // index and is answered with the stored message in write(), so the common case costs
    // one round trip per batch instead of a look-up first.
    const fresh = new Map<string, Entry>();
    for (const pending of batch) {
      const key = keyOf(pending.input);
      const entry = fresh.get(key);
      if (entry) entry.waiting.push(pending);
      else fresh.set(key, { doc: draft(pending.input, cipher), waiting: [pending] });
    }
    if (fresh.size === 0) return;
    const entries = [...fresh.values()];
    await write(entries);
    const out = await refused(entries);
    const kept = entries.filter((entry) => !out.has(entry));
    out.forEach((entry) => entry.waiting.forEach((p) => p.reject(new MessageNotAdmitted())));
    kept.forEach(answer);
    for (const entry of kept) noteActivity(entry.doc, entry.waiting[0]!.input.text);
    indexForSearch(kept.filter((entry) => entry.inserted && entry.doc.author!.kind !== 'system'));
  }

  // The inbox list's "last message" is a convenience, so it is written at most every
  // ACTIVITY_DELAY_MS per conversation instead of once per message: under load that
  // removes one database write per message from the hot path.
  const pendingActivity = new Map<string, { seq: number; text: string }>();
  let activityTimer: NodeJS.Timeout | null = null;
  function noteActivity(doc: MessageDoc, text: string) {
    if ((doc as { internal?: boolean }).internal) return;
    const known = pendingActivity.get(doc.conversationId);
    // Cut to a preview before sealing: a sealed value cannot be cut.
    if (!known || known.seq < doc.seq) pendingActivity.set(doc.conversationId, { seq: doc.seq, text: cipher.seal(text.slice(0, PREVIEW_LENGTH)) });
    activityTimer ??= setTimeout(flushActivity, ACTIVITY_DELAY_MS);
  }
  function flushActivity() {
    activityTimer = null;
    const batch = [...pendingActivity];
    pendingActivity.clear();
    const written = conversations.recordActivities(batch.map(([conversationId, { seq, text }]) => ({ conversationId, lastSeq: seq, preview: text }))).catch(() => {
      // The messages themselves are stored; only the list previews are late.
    });
    void tasks?.track(written);
  }

  // Postings are written after the acknowledgement, off the message's critical path; a
  // message whose postings are lost to a crash is still stored, only not found by search.
  function indexForSearch(entries: Entry[]) {
    // From what was sent, not the sealed document.
    const sources = entries.map(({ doc, waiting: [first] }) => ({
      messageId: doc._id.toHexString(),
      conversationId: doc.conversationId,
      siteId: first!.input.siteId,
      text: first!.input.attachment?.name ? `${first!.input.text} ${first!.input.attachment.name}` : first!.input.text,
      createdAt: doc.createdAt,
    }));
    const written = postings.index(sources).catch(() => {});
    void tasks?.track(written);
  }

  // A batch starts writing only once the earlier batches of its conversations are written:
  // a message can then only be stored if every message queued before it in its
  // conversation was, so a crash mid-burst never leaves a later message in and an earlier
  // one out (which its resend would then number after the later one).
  const written = new Map<string, Promise<void>>();
  function drain() {
    scheduled = false;
    while (queue.length > 0) {
      const batch = queue.slice(0, MAX_BATCH);
      queue = queue.slice(MAX_BATCH);
      const ids = [...new Set(batch.map((pending) => pending.input.conversationId))];
      const earlier = ids.map((id) => written.get(id)).filter((tail): tail is Promise<void> => tail !== undefined);
      const done = Promise.all(earlier)
        .then(() => flush(batch))
        .catch((error: unknown) => batch.forEach((p) => p.reject(error)));
      for (const id of ids) written.set(id, done);
      void done.then(() => ids.forEach((id) => written.get(id) === done && written.delete(id)));
    }
  }

  return {
    flushActivity() {
      if (activityTimer) clearTimeout(activityTimer);
      flushActivity();
    },
    append(input, options = {}) {
      return new Promise<AppendResult>((resolve, reject) => {
        queue.push({ input, admit: options.admit, resolve, reject });
        if (!scheduled) {
          scheduled = true;
          setImmediate(drain);
        }
      });
    },
    async listAfter(conversationId, afterSeq, options = {}) {
      const docs = await readAfter(pages(conversationId), afterSeq, options.limit ?? 500, visibleTo(options.includeInternal));
      return docs.map(opened);
    },
    async listBefore(conversationId, beforeSeq, options = {}) {
      const { messages, hasOlder } = await readBefore(pages(conversationId), beforeSeq, options.limit ?? 50, visibleTo(options.includeInternal));
      return { messages: messages.map(opened), hasOlder };
    },
  };
}

/** A failed check admits nothing: the caller hears the check's own error through the slow path. */
const admitted = (entry: Entry) => Promise.all(entry.waiting.map((p) => p.admit ?? true)).then((answers) => answers.every(Boolean), () => false);

const visibleTo = (includeInternal = true) => (doc: MessageDoc) => includeInternal || !doc.internal;

function draft(input: NewMessage, cipher: FieldCipher): MessageDoc {
  const doc: Record<string, unknown> = {
    _id: new Types.ObjectId(),
    conversationId: input.conversationId,
    clientId: input.clientId,
    seq: 0,
    page: 0,
    author: input.author,
    text: cipher.seal(input.text),
    createdAt: new Date(),
  };
  if (input.quickReplies?.length) doc.quickReplies = input.quickReplies;
  if (input.articles?.length) doc.articles = input.articles;
  if (input.internal) doc.internal = true;
  if (input.attachment) doc.attachment = { ...input.attachment, name: cipher.seal(input.attachment.name) };
  return doc as unknown as MessageDoc;
}

const keyOf = (m: { conversationId: string; clientId: string }) => `${m.conversationId}\u0000${m.clientId}`;

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
