/**
 * Transcript search over postings: each stored message gets one posting document whose
 * `keys` list the message's character bigrams and trigrams, each combined with the site
 * and the week it was written (as a digest). A search looks up one of the query's grams by
 * equality a week at a time, newest first, and keeps the messages that hold all of them.
 * Spaces and case are ignored on both sides, so "배송지변경" finds "배송지 변경" — Korean is
 * often typed without the spaces. A query of three characters or more is probed by a
 * trigram, which is rare enough that even years of weeks are read quickly.
 *
 * Equality on an array element is answered from an index by MongoDB and by the embedded
 * store alike (a GIN index there), so a search costs about the same at a million messages
 * as at a thousand.
 */
import { createHash } from 'node:crypto';
import type { Connection } from 'mongoose';
import { insertClaim } from '../concurrency/insert-claim';

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
  keys: string[];
}

/** The most weeks read at once, walking back for a rare word. */
const PARALLEL = 8;
const WEEK_MS = 7 * 86_400_000;
export const weekOf = (at: Date) => Math.floor(at.getTime() / WEEK_MS);

export function createSearchPostings(connection: Connection): SearchPostings {
  const postings = connection.collection<PostingDoc>('searchpostings');
  // The weeks that have postings, per site: the search walks these and no empty ones.
  const weeks = connection.collection<{ _id: string; siteId: string; week: number }>('searchweeks');
  const knownWeeks = new Set<string>();
  let indexed: Promise<unknown> | null = null;
  const ensureIndexes = () => (indexed ??= Promise.all([postings.createIndex({ keys: 1 }), weeks.createIndex({ siteId: 1 })]).catch(() => (indexed = null)));
  const key = (siteId: string, week: number, gram: string) => postingKey(`${siteId}|w${week}|${gram}`);

  return {
    async index(messages) {
      if (messages.length === 0) return;
      await ensureIndexes();
      const docs = messages.flatMap((message) => {
        const week = weekOf(message.createdAt);
        const all = [...grams(message.text, 2), ...grams(message.text, 3)];
        if (all.length === 0) return [];
        return [{ _id: message.messageId, conversationId: message.conversationId, at: message.createdAt, keys: all.map((gram) => key(message.siteId, week, gram)) }];
      });
      for (const message of messages) {
        const week = weekOf(message.createdAt);
        const id = `${message.siteId}|${week}`;
        if (knownWeeks.has(id)) continue;
        await insertClaim(weeks, { _id: id, siteId: message.siteId, week });
        knownWeeks.add(id);
      }
      if (docs.length > 0) await postings.insertMany(docs, { ordered: false }).catch(ignoreDuplicates);
    },

    async search(siteId, text, options) {
      const wanted = queryGrams(text);
      if (wanted.length === 0) return { hits: [], nextCursor: null };
      const cursor = decode(options.cursor);
      // Which gram is rarest is unknown; one built from the least common characters (not
      // ASCII letters) is a fair guess, and any gram is correct: all of them are checked.
      const probe = [...wanted].sort((a, b) => rarity(b) - rarity(a))[0]!;
      const all = (await weeks.find({ siteId }).toArray()).map((doc) => doc.week).sort((a, b) => b - a);
      const walk = cursor ? all.filter((week) => week <= cursor.w) : all;
      const seen = new Set<string>(cursor?.s ?? []);
      const hits: (SearchHit & { week: number })[] = [];
      // One week first, then twice as many each round: a common word fills the page from the
      // newest week alone, a rare one walks back through the years a few weeks at a time.
      for (let i = 0, wave = 1; i < walk.length && hits.length <= options.limit; i += wave, wave = Math.min(wave * 2, PARALLEL)) {
        const found = await Promise.all(
          walk.slice(i, i + wave).map(async (week) => {
            const docs = (await postings.find({ keys: key(siteId, week, probe) }).toArray()).filter((doc) => wanted.every((gram) => doc.keys.includes(key(siteId, week, gram))));
            return latestPerConversation(docs).map((hit) => ({ ...hit, week }));
          }),
        );
        const candidates = found.flat().filter((hit) => !seen.has(hit.conversationId));
        // Only as many as the page still needs are checked against their conversations.
        for (let j = 0; j < candidates.length && hits.length <= options.limit; ) {
          const chunk = candidates.slice(j, j + options.limit + 1 - hits.length);
          j += chunk.length;
          const accepted = options.accept ? await options.accept([...new Set(chunk.map((hit) => hit.conversationId))]) : null;
          for (const hit of chunk) {
            if (seen.has(hit.conversationId) || (accepted && !accepted.has(hit.conversationId))) continue;
            seen.add(hit.conversationId);
            hits.push(hit);
          }
        }
      }
      const page = hits.slice(0, options.limit);
      const last = page.at(-1);
      // The next page resumes in the week of the last hit, skipping the conversations of
      // that week already shown.
      const shown = [...(cursor?.w === last?.week ? (cursor?.s ?? []) : []), ...page.filter((hit) => hit.week === last?.week).map((hit) => hit.conversationId)].slice(-100);
      return {
        hits: page.map(({ conversationId, at }) => ({ conversationId, at })),
        nextCursor: hits.length > options.limit && last ? encode({ w: last.week, s: shown }) : null,
      };
    },
  };
}

/**
 * A posting key is a short digest of site, week and gram: small index entries (a message
 * has dozens), and the postings do not spell out what was written.
 */
const postingKey = (raw: string) => createHash('sha256').update(raw).digest('base64url').slice(0, 12);

function latestPerConversation(docs: PostingDoc[]): SearchHit[] {
  const latest = new Map<string, Date>();
  for (const doc of docs) if (!latest.has(doc.conversationId) || latest.get(doc.conversationId)! < doc.at) latest.set(doc.conversationId, doc.at);
  return [...latest].map(([conversationId, at]) => ({ conversationId, at })).sort((a, b) => b.at.getTime() - a.at.getTime());
}

const rarity = (gram: string) => [...gram].reduce((sum, char) => sum + (/[a-z0-9]/.test(char) ? 1 : 3), 0);

interface Cursor {
  /** The week to resume in. */
  w: number;
  /** Conversations already shown. */
  s: string[];
}
const encode = (cursor: Cursor) => Buffer.from(JSON.stringify(cursor)).toString('base64url');
function decode(text: string | undefined): Cursor | null {
  if (!text) return null;
  try {
    const value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Cursor;
    return Number.isInteger(value.w) && Array.isArray(value.s) && value.s.every((id) => typeof id === 'string') ? value : null;
  } catch {
    return null;
  }
}

function ignoreDuplicates(error: unknown) {
  // A message indexed twice (a retried batch) keeps its first posting.
  if (!(typeof error === 'object' && error !== null && 'code' in error && (error as { code: unknown }).code === 11000)) throw error;
}
