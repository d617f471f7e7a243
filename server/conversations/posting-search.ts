/**
 * Reads a search's postings newest first, in buckets small enough to stay fast whatever
 * a word's frequency:
 * - hours first, for the two newest days that have postings: a common word ("환불",
 *   "refund") fills a page from the last few hours, where its week would be thousands of
 *   messages on a busy site;
 * - then weeks, from where the hours stopped: a rare word walks back through the years a
 *   few weeks at a time (a week of a rare word is a handful of messages).
 * A cursor records the phase, the bucket to resume in, and the conversations already
 * shown from it.
 */
export interface Posting {
  conversationId: string;
  at: Date;
  /** The key the posting's keys were made with (absent: the current one). */
  k?: string;
  keys: string[];
}

export interface SearchHit {
  conversationId: string;
  at: Date;
}

export interface PostingBuckets {
  /** Postings under `key(bucket, gram)`, whichever key made them. */
  find(bucket: string, gram: string): Promise<Posting[]>;
  key(bucket: string, gram: string, keyId?: string): string;
  /** Days with postings (`YYYY-MM-DD`), newest first, from `fromDay` down. */
  days(fromDay?: string): AsyncGenerator<string>;
  /** The hours of a day with postings (`YYYY-MM-DDTHH`). */
  hoursOf(day: string): Promise<string[]>;
  /** Weeks with postings. */
  weeks(): Promise<number[]>;
  weekOf(at: Date): number;
}

interface Cursor {
  p: 'h' | 'w';
  /** An hour, or a week number as text. */
  b: string;
  /** Weeks after the hours: postings from this time (ms) on were read as hours. */
  t?: number;
  s: string[];
}

const HOUR_DAYS = 2;
/** Hours read together first: enough to tell a common word (a busy site has it every hour) from a rare one. */
const FIRST_HOURS = 4;
const MAX_WAVE = 8;
const hourStart = (hour: string) => Date.parse(`${hour}:00:00.000Z`);

export async function searchPostings(
  buckets: PostingBuckets,
  wanted: string[],
  probe: string,
  options: { limit: number; cursor?: string | undefined; accept?: ((conversationIds: string[]) => Promise<Set<string>>) | undefined },
): Promise<{ hits: SearchHit[]; nextCursor: string | null }> {
  const cursor = decode(options.cursor);
  const seen = new Set<string>(cursor?.s ?? []);
  const hits: (SearchHit & { p: 'h' | 'w'; b: string })[] = [];
  const full = () => hits.length > options.limit;
  let before = cursor?.p === 'w' ? cursor.t : undefined;

  const read = async (bucket: string) =>
    (await buckets.find(bucket, probe)).filter((doc) => (before === undefined || doc.at.getTime() < before) && wanted.every((gram) => doc.keys.includes(buckets.key(bucket, gram, doc.k))));
  /** Keeps the bucket's newest match per conversation, only as many as the page still needs checked. */
  async function keep(docs: Posting[], p: 'h' | 'w', b: string) {
    const candidates = latestPerConversation(docs).filter((hit) => !seen.has(hit.conversationId));
    let kept = 0;
    for (let j = 0; j < candidates.length && !full(); ) {
      const chunk = candidates.slice(j, j + options.limit + 1 - hits.length);
      j += chunk.length;
      const accepted = options.accept ? await options.accept(chunk.map((hit) => hit.conversationId)) : null;
      for (const hit of chunk) {
        if (seen.has(hit.conversationId) || (accepted && !accepted.has(hit.conversationId))) continue;
        seen.add(hit.conversationId);
        hits.push({ ...hit, p, b });
        kept++;
      }
    }
    return kept;
  }

  let weeksToo = cursor?.p === 'w';
  if (!weeksToo) {
    let days = 0;
    let read_ = 0;
    let kept = 0;
    let oldest: string | null = null;
    hours: for await (const day of buckets.days(cursor?.b.slice(0, 10))) {
      if (days++ === HOUR_DAYS || full()) break;
      const hours = (await buckets.hoursOf(day)).filter((hour) => !cursor || hour <= cursor.b).sort().reverse();
      for (let i = 0, wave = 1; i < hours.length && !full(); i += wave) {
        // At the rate found so far the hours left would not fill the page: a rare word, which
        // its weeks serve in fewer reads.
        if (read_ >= FIRST_HOURS && (kept / read_) * (HOUR_DAYS * 24 - read_) < options.limit + 1 - hits.length) break hours;
        // As many hours at once as the rate so far says the page still needs.
        wave = read_ === 0 ? FIRST_HOURS : Math.min(MAX_WAVE, Math.ceil((options.limit + 1 - hits.length) / Math.max(kept / read_, 0.25)));
        const batch = hours.slice(i, i + wave);
        const found = await Promise.all(batch.map((hour) => read(`h${hour}`)));
        for (const [j, hour] of batch.entries()) {
          if (full()) break;
          kept += await keep(found[j]!, 'h', hour);
          oldest = hour;
        }
        read_ += batch.length;
      }
    }
    // The rest is read by week, older than the oldest hour read (postings indexed before
    // hours existed are found there too).
    weeksToo = !full();
    if (weeksToo && oldest) before = hourStart(oldest);
  }
  if (weeksToo) {
    const from = cursor?.p === 'w' ? Number(cursor.b) : before !== undefined ? buckets.weekOf(new Date(before - 1)) : Infinity;
    const weeks = (await buckets.weeks()).filter((week) => week <= from).sort((a, b) => b - a);
    // Two weeks first (the hours phase already found this word rare), then twice as many each round.
    for (let i = 0, wave = 2; i < weeks.length && !full(); i += wave, wave = Math.min(wave * 2, MAX_WAVE)) {
      const batch = weeks.slice(i, i + wave);
      const found = await Promise.all(batch.map((week) => read(`w${week}`)));
      for (const [j, week] of batch.entries()) if (!full()) await keep(found[j]!, 'w', String(week));
    }
  }

  const page = hits.slice(0, options.limit);
  const last = page.at(-1);
  // The next page resumes in the last hit's bucket, skipping the conversations already shown from it.
  const sameBucket = cursor && last && cursor.p === last.p && cursor.b === last.b;
  const shown = [...(sameBucket ? cursor.s : []), ...page.filter((hit) => hit.p === last?.p && hit.b === last?.b).map((hit) => hit.conversationId)].slice(-200);
  return {
    hits: page.map(({ conversationId, at }) => ({ conversationId, at })),
    nextCursor: full() && last ? encode({ p: last.p, b: last.b, ...(last.p === 'w' && before !== undefined ? { t: before } : {}), s: shown }) : null,
  };
}

function latestPerConversation(docs: Posting[]): SearchHit[] {
  const latest = new Map<string, Date>();
  for (const doc of docs) if (!latest.has(doc.conversationId) || latest.get(doc.conversationId)! < doc.at) latest.set(doc.conversationId, doc.at);
  return [...latest].map(([conversationId, at]) => ({ conversationId, at })).sort((a, b) => b.at.getTime() - a.at.getTime());
}

const encode = (cursor: Cursor) => Buffer.from(JSON.stringify(cursor)).toString('base64url');
function decode(text: string | undefined): Cursor | null {
  if (!text) return null;
  try {
    const value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Cursor;
    const bucketOk = value.p === 'h' ? /^\d{4}-\d{2}-\d{2}T\d{2}$/.test(value.b) : value.p === 'w' && /^\d+$/.test(value.b);
    const timeOk = value.t === undefined || Number.isFinite(value.t);
    return bucketOk && timeOk && Array.isArray(value.s) && value.s.length <= 200 && value.s.every((id) => typeof id === 'string') ? value : null;
  } catch {
    return null;
  }
}
