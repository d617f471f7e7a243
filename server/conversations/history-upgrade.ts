/**
 * Brings history written by earlier versions up to what the paged reads expect: a page
 * number on every message, a closing day on every closed conversation (and its day
 * bucket), and search postings for every message. Runs once per database before Parley
 * serves (a marker document records it), a batch at a time; idempotent if interrupted.
 */
import type { Connection } from 'mongoose';
import { createDayBuckets, dayOf } from '../database/day-buckets';
import { pageOf } from './message-pages';
import { createSearchPostings, type PostingSource } from './search-postings';

const MARKER = 'history-pages-v1';
const BATCH = 500;

export interface UpgradeReport {
  alreadyDone: boolean;
  messages: number;
  closedConversations: number;
}

export async function upgradeHistory(connection: Connection, log: (line: string) => void = () => {}): Promise<UpgradeReport> {
  const markers = connection.collection<{ _id: string; at: Date }>('schemaupgrades');
  if (await markers.findOne({ _id: MARKER })) return { alreadyDone: true, messages: 0, closedConversations: 0 };
  const conversations = connection.collection<{ _id: unknown; siteId: string; status: string; closedAt?: Date | null; closedDay?: string | null; updatedAt?: Date }>('conversations');
  const messages = connection.collection<{ _id: { toHexString(): string }; conversationId: string; seq: number; page?: number; text: string; createdAt: Date; author?: { kind?: string }; attachment?: { name?: string } }>('messages');
  const closedDays = createDayBuckets(connection, 'closedconversations');
  const postings = createSearchPostings(connection);

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
      const text = message.attachment?.name ? `${message.text} ${message.attachment.name}` : message.text;
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
  return { alreadyDone: false, messages: count, closedConversations };
}
