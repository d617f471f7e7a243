/**
 * Transcript search over postings: each stored message gets one posting document whose
 * `keys` list the message's character bigrams and trigrams, each combined with the site
 * and the hour it was written, and again with its week (as digests). A search looks up one
 * of the query's grams by equality an hour, then a week, at a time, newest first (see
 * posting-search.ts), and keeps the messages that hold all of them.
 * Spaces and case are ignored on both sides, so "배송지변경" finds "배송지 변경" — Korean is
 * often typed without the spaces. A query of three characters or more is probed by a
 * trigram, which is rare enough that even years of weeks are read quickly.
 *
 * Equality on an array element is answered from an index by MongoDB and by the embedded
 * store alike (a GIN index there), so a search costs about the same at a million messages
 * as at a thousand.
 */
import type { Connection } from 'mongoose';
import { insertClaim } from '../concurrency/insert-claim';
import type { FieldCipher } from '../crypto/field-cipher';
import { createDayBuckets, hourOf } from '../database/day-buckets';
import { searchPostings, type SearchHit } from './posting-search';

export type { SearchHit };

export interface PostingSource {
  messageId: string;
  conversationId: string;
  siteId: string;
  text: string;
  createdAt: Date;
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

/** The distinct character n-grams of normalised text (the text itself when shorter than n). */
export function grams(text: string, n: 2 | 3): string[] {
  const chars = [...normalise(text)];
  if (chars.length < n) return chars.length >= 2 || (n === 2 && chars.length === 1) ? [chars.join('')] : [];
  const found = new Set<string>();
  for (let i = 0; i + n <= chars.length; i++) found.add(chars.slice(i, i + n).join(''));
  return [...found];
}

/** What a query must find in a message: its trigrams, or its bigram when it is shorter. */
export function queryGrams(text: string): string[] {
  return [...normalise(text)].length >= 3 ? grams(text, 3) : grams(text, 2);
}

interface PostingDoc {
  _id: string;
  conversationId: string;
  at: Date;
  /** The id of the key the `keys` were made with. */
  k: string;
  keys: string[];
  /** A long message's posting is in parts (see KEYS_PER_PART): how many, and whose (absent: one part). */
  n?: number;
  m?: string;
}

/**
 * Keys per posting document. FerretDB indexes the whole `keys` array as one btree entry,
 * which PostgreSQL caps at 2,704 bytes (about 170 keys): a message longer than a couple of
 * sentences could not be stored, so its keys go in parts (`<messageId>`, `<messageId>.1`, …).
 */
export const KEYS_PER_PART = 96;
/** The `_id` of part `part` of a message's posting; the first part is the message's own id. */
export const postingPartId = (messageId: string, part: number) => (part === 0 ? messageId : `${messageId}.${part}`);

const WEEK_MS = 7 * 86_400_000;
export const weekOf = (at: Date) => Math.floor(at.getTime() / WEEK_MS);

export function createSearchPostings(connection: Connection, cipher: FieldCipher): SearchPostings {
  const postings = connection.collection<PostingDoc>('searchpostings');
  // The weeks that have postings, per site: the search walks these and no empty ones.
  const weeks = connection.collection<{ _id: string; siteId: string; week: number }>('searchweeks');
  const knownWeeks = new Set<string>();
  let indexed: Promise<unknown> | null = null;
  const ensureIndexes = () => (indexed ??= Promise.all([postings.createIndex({ keys: 1 }), weeks.createIndex({ siteId: 1 })]).catch(() => (indexed = null)));
  // The hours that have postings, per site, for the hours phase of a search.
  const hours = createDayBuckets(connection, 'searchhours');
  // A keyed digest (HMAC, cut short): the postings say nothing of what was written to
  // anyone without the key. Each posting names its key, so a rotation keeps old ones found.
  const key = (siteId: string, bucket: string, gram: string, keyId = cipher.keyring.current.id) => cipher.digest(`${siteId}|${bucket}|${gram}`, keyId).slice(0, 12);

  /**
   * A part found by one key, with the keys of the message's other parts (read by `_id`), so
   * every gram is checked against the whole message. Not read when the part already holds
   * every key wanted (a one-gram query, or grams that sit together): a common word in long
   * bot answers costs no extra reads.
   */
  async function withAllParts(doc: PostingDoc, wantedKeys: (keyId: string) => string[]): Promise<PostingDoc> {
    if (!doc.n || doc.n < 2 || !doc.m) return doc;
    if (wantedKeys(doc.k).every((wanted) => doc.keys.includes(wanted))) return doc;
    const ids = Array.from({ length: doc.n }, (_, i) => postingPartId(doc.m!, i)).filter((id) => id !== doc._id);
    const others = await Promise.all(ids.map((id) => postings.findOne({ _id: id })));
    return { ...doc, keys: doc.keys.concat(...others.map((other) => other?.keys ?? [])) };
  }

  return {
    async index(messages) {
      if (messages.length === 0) return;
      await ensureIndexes();
      const docs = messages.flatMap((message) => {
        const week = `w${weekOf(message.createdAt)}`;
        const hour = `h${hourOf(message.createdAt)}`;
        const all = [...grams(message.text, 2), ...grams(message.text, 3)];
        if (all.length === 0) return [];
        const keys = all.flatMap((gram) => [key(message.siteId, hour, gram), key(message.siteId, week, gram)]);
        const parts = Array.from({ length: Math.ceil(keys.length / KEYS_PER_PART) }, (_, i) => keys.slice(i * KEYS_PER_PART, (i + 1) * KEYS_PER_PART));
        return parts.map((part, i): PostingDoc => ({
          _id: postingPartId(message.messageId, i),
          conversationId: message.conversationId,
          at: message.createdAt,
          k: cipher.keyring.current.id,
          keys: part,
          ...(parts.length > 1 ? { n: parts.length, m: message.messageId } : {}),
        }));
      });
      for (const message of messages) {
        const week = weekOf(message.createdAt);
        const id = `${message.siteId}|${week}`;
        await hours.mark(message.siteId, message.createdAt);
        if (knownWeeks.has(id)) continue;
        await insertClaim(weeks, { _id: id, siteId: message.siteId, week });
        knownWeeks.add(id);
      }
      if (docs.length > 0) await postings.insertMany(docs, { ordered: false }).catch(ignoreDuplicates);
    },

    async search(siteId, text, options) {
      const wanted = queryGrams(text);
      if (wanted.length === 0) return { hits: [], nextCursor: null };
      // Which gram is rarest is unknown; one built from the least common characters (not
      // ASCII letters) is a fair guess, and any gram is correct: all of them are checked.
      const probe = [...wanted].sort((a, b) => rarity(b) - rarity(a))[0]!;
      return searchPostings(
        {
          find: async (bucket, gram) => {
            const found = (await Promise.all(cipher.keyring.all.map(({ id }) => postings.find({ keys: key(siteId, bucket, gram, id) }).toArray()))).flat();
            return Promise.all(found.map((doc) => withAllParts(doc, (keyId) => wanted.map((gram) => key(siteId, bucket, gram, keyId)))));
          },
          key: (bucket, gram, keyId) => key(siteId, bucket, gram, keyId),
          days: (fromDay) => hours.newestFirst(siteId, fromDay),
          hoursOf: (day) => hours.hoursOf(siteId, day),
          weeks: async () => (await weeks.find({ siteId }).toArray()).map((doc) => doc.week),
          weekOf,
        },
        wanted,
        probe,
        options,
      );
    },
  };
}

const rarity = (gram: string) => [...gram].reduce((sum, char) => sum + (/[a-z0-9]/.test(char) ? 1 : 3), 0);

function ignoreDuplicates(error: unknown) {
  // A message indexed twice (a retried batch) keeps its first posting.
  if (!(typeof error === 'object' && error !== null && 'code' in error && (error as { code: unknown }).code === 11000)) throw error;
}
