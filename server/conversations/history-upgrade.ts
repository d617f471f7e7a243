/**
 * Brings history written by earlier versions up to what the paged reads expect: a page
 * number on every message, a closing day (and its bucket) and a closing number on every
 * closed conversation, and search postings for every message. Runs once per database before Parley
 * serves (a marker document records it), a batch at a time; idempotent if interrupted.
 */
import type { Connection, mongo } from 'mongoose';
import type { FieldCipher } from '../crypto/field-cipher';
import { createDayBuckets, dayOf } from '../database/day-buckets';
import { closedPageKey, closedPageOf, createClosedSequence } from './closed-sequence';
import { pageOf } from './message-pages';
import { createSearchPostings, type PostingSource } from './search-postings';

const MARKER = 'history-pages-v1';
/** Added later: search postings keyed with the encryption key. */
const KEYED_MARKER = 'keyed-postings-v1';
/** Added later: the closed view pages by closing number (it paged by closing hour before). */
const PAGES_MARKER = 'closed-pages-v1';
/** Added later: the live views read open conversations by `openSite`. */
const OPEN_SITE_MARKER = 'open-site-v1';
/** Added later: a long message's posting is stored in parts (the embedded store refused it whole). */
const PARTED_MARKER = 'parted-postings-v1';
const BATCH = 500;

export interface UpgradeReport {
  alreadyDone: boolean;
  messages: number;
  closedConversations: number;
}

export async function upgradeHistory(connection: Connection, cipher: FieldCipher, log: (line: string) => void = () => {}): Promise<UpgradeReport> {
  const markers = connection.collection<{ _id: string; at: Date }>('schemaupgrades');
  const numbered = await numberClosings(connection, markers, log);
  await markOpenConversations(connection, markers, log);
  await dropUnkeyedPostings(connection, markers, log);
  await indexLongMessagesAgain(markers);
  if (await markers.findOne({ _id: MARKER })) return { alreadyDone: numbered === 0, messages: 0, closedConversations: numbered };
  const conversations = connection.collection<ConversationDates>('conversations');
  const messages = connection.collection<{ _id: { toHexString(): string }; conversationId: string; seq: number; page?: number; text: string; createdAt: Date; author?: { kind?: string }; attachment?: { name?: string } }>('messages');
  const closedDays = createDayBuckets(connection, 'closedconversations');
  const postings = createSearchPostings(connection, cipher);

  const siteOf = new Map<string, string>();
  let closedConversations = 0;
  for await (const conversation of conversations.find({}, { projection: { siteId: 1, status: 1, closedAt: 1, closedDay: 1, updatedAt: 1 } })) {
    const id = String(conversation._id);
    siteOf.set(id, conversation.siteId);
    if (conversation.status === 'closed' && !conversation.closedDay) {
      const closedAt = conversation.closedAt ?? conversation.updatedAt ?? new Date();
      await closedDays.mark(conversation.siteId, closedAt);
      await conversations.updateOne({ _id: conversation._id }, { $set: { closedDay: dayOf(closedAt) } });
      closedConversations++;
    }
  }

  let count = 0;
  let pending: { page: Promise<unknown>[]; sources: PostingSource[] } = { page: [], sources: [] };
  const flush = async () => {
    await Promise.all([...pending.page, postings.index(pending.sources)]);
    pending = { page: [], sources: [] };
  };
  for await (const message of messages.find({})) {
    if (message.page === undefined) pending.page.push(messages.updateOne({ _id: message._id }, { $set: { page: pageOf(message.seq) } }));
    const siteId = siteOf.get(message.conversationId);
    if (siteId && message.author?.kind !== 'system') {
      const said = cipher.open(message.text);
      const text = message.attachment?.name ? `${said} ${cipher.open(message.attachment.name)}` : said;
      pending.sources.push({ messageId: message._id.toHexString(), conversationId: message.conversationId, siteId, text, createdAt: message.createdAt });
    }
    if (++count % BATCH === 0) {
      await flush();
      if (count % 50_000 === 0) log(`upgrading stored history: ${count} messages`);
    }
  }
  await flush();
  await markers.updateOne({ _id: MARKER }, { $set: { at: new Date() } }, { upsert: true });
  if (count > 0 || closedConversations > 0) log(`stored history upgraded: ${count} messages paged and indexed for search, ${closedConversations} closed conversations dated`);
  return { alreadyDone: false, messages: count, closedConversations: Math.max(closedConversations, numbered) };
}

interface ConversationDates {
  _id: mongo.BSON.ObjectId;
  siteId: string;
  status: string;
  closedAt?: Date | null;
  closedDay?: string | null;
  closedSeq?: number | null;
  closedPage?: string | null;
  openSite?: string | null;
  updatedAt?: Date;
}

/**
 * Postings made before they were keyed (plain SHA-256 of site, bucket and gram) are found
 * by nobody now: drop them and let the pages-and-postings step index every message again.
 */
async function dropUnkeyedPostings(connection: Connection, markers: mongo.Collection<{ _id: string; at: Date }>, log: (line: string) => void) {
  if (await markers.findOne({ _id: KEYED_MARKER })) return;
  const postings = connection.collection('searchpostings');
  if (await postings.findOne({ k: { $exists: false } })) {
    await postings.deleteMany({ k: { $exists: false } });
    await markers.deleteOne({ _id: MARKER });
    log('search postings from before encryption dropped; every message is indexed again');
  }
  await markers.updateOne({ _id: KEYED_MARKER }, { $set: { at: new Date() } }, { upsert: true });
}

/**
 * Before postings were stored in parts, the embedded store refused the posting of every
 * message longer than a couple of sentences, so those were never found. Index every message
 * again; postings already stored are kept (the step skips what it finds there).
 */
async function indexLongMessagesAgain(markers: mongo.Collection<{ _id: string; at: Date }>) {
  if (await markers.findOne({ _id: PARTED_MARKER })) return;
  await markers.deleteOne({ _id: MARKER });
  await markers.updateOne({ _id: PARTED_MARKER }, { $set: { at: new Date() } }, { upsert: true });
}

/**
 * Numbers the closings of conversations closed before closing numbers existed, oldest
 * first per site, above any number already given; the count numbered.
 */
async function numberClosings(connection: Connection, markers: mongo.Collection<{ _id: string; at: Date }>, log: (line: string) => void): Promise<number> {
  if (await markers.findOne({ _id: PAGES_MARKER })) return 0;
  const conversations = connection.collection<ConversationDates>('conversations');
  const closedDays = createDayBuckets(connection, 'closedconversations');
  const sequence = createClosedSequence(connection);
  const bySite = new Map<string, { _id: mongo.BSON.ObjectId; closedAt: Date }[]>();
  for await (const conversation of conversations.find({ status: 'closed' }, { projection: { siteId: 1, closedAt: 1, closedPage: 1, updatedAt: 1 } })) {
    if (conversation.closedPage) continue;
    const closedAt = conversation.closedAt ?? conversation.updatedAt ?? new Date();
    const closings = bySite.get(conversation.siteId) ?? [];
    closings.push({ _id: conversation._id, closedAt });
    bySite.set(conversation.siteId, closings);
  }
  let numbered = 0;
  for (const [siteId, closings] of bySite) {
    closings.sort((a, b) => a.closedAt.getTime() - b.closedAt.getTime());
    let seq = await sequence.last(siteId);
    for (let start = 0; start < closings.length; start += BATCH) {
      const batch = closings.slice(start, start + BATCH);
      for (const { closedAt } of batch) await closedDays.mark(siteId, closedAt);
      // Reserved before they are written: a crash in between leaves unused numbers, never numbers given twice.
      await sequence.raiseTo(siteId, seq + batch.length);
      await conversations.bulkWrite(
        batch.map(({ _id, closedAt }) => {
          seq++;
          return { updateOne: { filter: { _id }, update: { $set: { closedDay: dayOf(closedAt), closedSeq: seq, closedPage: closedPageKey(siteId, closedPageOf(seq)) } } } };
        }),
        { ordered: false },
      );
      numbered += batch.length;
      if (numbered % 20_000 < BATCH) log(`upgrading stored history: ${numbered} closed conversations numbered`);
    }
  }
  await markers.updateOne({ _id: PAGES_MARKER }, { $set: { at: new Date() } }, { upsert: true });
  if (numbered > 0) log(`stored history upgraded: ${numbered} closed conversations numbered for the closed view`);
  return numbered;
}

/** Gives conversations open before `openSite` existed theirs (open ones are few: what is live). */
async function markOpenConversations(connection: Connection, markers: mongo.Collection<{ _id: string; at: Date }>, log: (line: string) => void) {
  if (await markers.findOne({ _id: OPEN_SITE_MARKER })) return;
  const conversations = connection.collection<ConversationDates>('conversations');
  let marked = 0;
  for (const status of ['bot', 'queued', 'offline', 'assigned']) {
    for await (const conversation of conversations.find({ status }, { projection: { siteId: 1, openSite: 1 } })) {
      if (conversation.openSite === conversation.siteId) continue;
      await conversations.updateOne({ _id: conversation._id }, { $set: { openSite: conversation.siteId } });
      marked++;
    }
  }
  await markers.updateOne({ _id: OPEN_SITE_MARKER }, { $set: { at: new Date() } }, { upsert: true });
  if (marked > 0) log(`stored history upgraded: ${marked} open conversations marked for the live views`);
}
