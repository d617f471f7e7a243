/**
 * Transcript search over postings: each stored message gets one posting document whose
 * `keys` list the message's character bigrams, each combined with the site and with the
 * day and the month it was written (as a digest). A search for "배송지변경" looks up one bigram by equality, a day
 * (recent history) or a month (older) at a time, newest first, and keeps the messages
 * that hold every bigram of the query. Spaces and case are ignored on both sides, so
 * "배송지변경" finds "배송지 변경" — Korean is often typed without the spaces.
 *
 * Equality on an array element is answered from an index by MongoDB and by the embedded
 * store alike (a GIN index there), so a search costs about the same at a million messages
 * as at a thousand.
 */
import { createHash } from 'node:crypto';
import type { Connection } from 'mongoose';
import { createDayBuckets, dayOf } from '../database/day-buckets';

export interface PostingSource {
  messageId: string;
  conversationId: string;
  siteId: string;
  text: string;
  createdAt: Date;
}

export interface SearchHit {
  conversationId: string;
  at: Date;
}

export interface SearchPostings {
  index(messages: PostingSource[]): Promise<void>;
  /**
   * Conversations with a message matching `text`, newest match first, one entry per
   * conversation, `limit` at most after `cursor` (from the previous call).
   */
  search(siteId: string, text: string, options: { limit: number; cursor?: string | undefined; accept?: (conversationIds: string[]) => Promise<Set<string>> }): Promise<{ hits: SearchHit[]; nextCursor: string | null }>;
}

/** Lower case, compatibility forms folded, everything but letters and digits removed. */
export function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The distinct character bigrams of normalised text (the text itself when shorter than two). */
export function bigrams(text: string): string[] {
  const chars = [...normalise(text)];
  if (chars.length < 2) return chars.length ? [chars[0]!] : [];
  const grams = new Set<string>();
  for (let i = 0; i < chars.length - 1; i++) grams.add(chars[i]! + chars[i + 1]!);
  return [...grams];
}

interface PostingDoc {
  _id: string;
  conversationId: string;
  day: string;
  at: Date;
  keys: string[];
}

/** Days searched one by one before going a month at a time: recent results come first, and cheaply. */
const RECENT_DAYS = 14;
const PARALLEL = 7;

export function createSearchPostings(connection: Connection): SearchPostings {
  const postings = connection.collection<PostingDoc>('searchpostings');
  const days = createDayBuckets(connection, 'searchpostings');
  let indexed: Promise<unknown> | null = null;
  const ensureIndex = () => (indexed ??= postings.createIndex({ keys: 1 }).catch(() => (indexed = null)));

  const dayKey = (siteId: string, day: string, gram: string) => postingKey(`${siteId}|d${day}|${gram}`);
  const monthKey = (siteId: string, month: string, gram: string) => postingKey(`${siteId}|m${month}|${gram}`);

  return {
    async index(messages) {
      if (messages.length === 0) return;
      await ensureIndex();
      const docs = messages.flatMap((message) => {
        const grams = bigrams(message.text);
        if (grams.length === 0) return [];
        const day = dayOf(message.createdAt);
        return [{ _id: message.messageId, conversationId: message.conversationId, day, at: message.createdAt, keys: grams.flatMap((gram) => [dayKey(message.siteId, day, gram), monthKey(message.siteId, day.slice(0, 7), gram)]) }];
      });
      await Promise.all(messages.map((message) => days.mark(message.siteId, message.createdAt)));
      if (docs.length > 0) await postings.insertMany(docs, { ordered: false }).catch(ignoreDuplicates);
    },

    async search(siteId, text, options) {
      const grams = bigrams(text);
      if (grams.length === 0) return { hits: [], nextCursor: null };
      const cursor = decode(options.cursor);
      // The rarest bigram is unknown; the one built from the least common characters
      // (outside ASCII letters, later in the query) is a fair guess and never wrong.
      const probe = [...grams].sort((a, b) => rarity(b) - rarity(a))[0]!;
      const matches = (doc: PostingDoc, bucket: string) => grams.every((gram) => doc.keys.includes(bucket.startsWith('d') ? dayKey(siteId, doc.day, gram) : monthKey(siteId, doc.day.slice(0, 7), gram)));

      const buckets = await bucketsFor(siteId, cursor?.b);
      const floor = cursor?.f ?? recentFloor(buckets);
      const seen = new Set<string>(cursor?.s ?? []);
      const hits: (SearchHit & { bucket: string })[] = [];
      for (let i = 0; i < buckets.length && hits.length <= options.limit; i += PARALLEL) {
        const wave = buckets.slice(i, i + PARALLEL);
        const found = await Promise.all(
          wave.map(async (bucket) => {
            const key = bucket.startsWith('d') ? dayKey(siteId, bucket.slice(1), probe) : monthKey(siteId, bucket.slice(1), probe);
            const docs = (await postings.find({ keys: key }).toArray()).filter((doc) => matches(doc, bucket) && (bucket.startsWith('d') || doc.day < floor));
            return latestPerConversation(docs).map((hit) => ({ ...hit, bucket }));
          }),
        );
        let candidates = found.flat().filter((hit) => !seen.has(hit.conversationId));
        if (options.accept && candidates.length > 0) {
          const accepted = await options.accept([...new Set(candidates.map((hit) => hit.conversationId))]);
          candidates = candidates.filter((hit) => accepted.has(hit.conversationId));
        }
        for (const hit of candidates) {
          if (seen.has(hit.conversationId)) continue;
          seen.add(hit.conversationId);
          hits.push(hit);
        }
      }
      const page = hits.slice(0, options.limit);
      const last = page.at(-1);
      // Resume in the bucket of the last hit: hits from later in that bucket are found again
      // and skipped by the ids already shown (carried in the cursor, bounded by its length).
      const shown = [...(cursor?.b === last?.bucket ? (cursor?.s ?? []) : []), ...page.filter((hit) => hit.bucket === last?.bucket).map((hit) => hit.conversationId)];
      return {
        hits: page.map(({ conversationId, at }) => ({ conversationId, at })),
        nextCursor: hits.length > options.limit && last ? encode({ b: last.bucket, s: shown.slice(-200), f: floor }) : null,
      };
    },
  };

  /** `d<day>` for the newest RECENT_DAYS marked days, then `m<month>` for the months before them. */
  async function bucketsFor(siteId: string, from?: string): Promise<string[]> {
    const recent: string[] = [];
    const older = new Set<string>();
    for await (const day of days.newestFirst(siteId)) {
      if (recent.length < RECENT_DAYS) recent.push(`d${day}`);
      else older.add(`m${day.slice(0, 7)}`);
    }
    const all = [...recent, ...older];
    // A day that has since aged out of the recent ones is searched again within its month.
    const start = from ? Math.max(all.indexOf(from), all.indexOf(`m${from.slice(1, 8)}`)) : 0;
    return start >= 0 ? all.slice(start) : [];
  }
}

/**
 * A posting key is a short digest of site, bucket and bigram: small index entries (a
 * message has dozens), and the postings do not spell out what was written.
 */
const postingKey = (raw: string) => createHash('sha256').update(raw).digest('base64url').slice(0, 12);

/** Month buckets skip the days already searched one by one. */
function recentFloor(buckets: string[]): string {
  const days = buckets.filter((bucket) => bucket.startsWith('d'));
  return days.length > 0 ? days.at(-1)!.slice(1) : '9999-99-99';
}

function latestPerConversation(docs: PostingDoc[]): SearchHit[] {
  const latest = new Map<string, Date>();
  for (const doc of docs) if (!latest.has(doc.conversationId) || latest.get(doc.conversationId)! < doc.at) latest.set(doc.conversationId, doc.at);
  return [...latest].map(([conversationId, at]) => ({ conversationId, at })).sort((a, b) => b.at.getTime() - a.at.getTime());
}

const rarity = (gram: string) => [...gram].reduce((sum, char) => sum + (/[a-z0-9]/.test(char) ? 1 : 3), 0);

interface Cursor {
  b: string;
  s: string[];
  f: string;
}
const encode = (cursor: Cursor) => Buffer.from(JSON.stringify(cursor)).toString('base64url');
function decode(text: string | undefined): Cursor | null {
  if (!text) return null;
  try {
    const value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Cursor;
    return typeof value.b === 'string' && typeof value.f === 'string' && Array.isArray(value.s) && value.s.every((id) => typeof id === 'string') ? value : null;
  } catch {
    return null;
  }
}

function ignoreDuplicates(error: unknown) {
  // A message indexed twice (a retried batch) keeps its first posting.
  if (!(typeof error === 'object' && error !== null && 'code' in error && (error as { code: unknown }).code === 11000)) throw error;
}
