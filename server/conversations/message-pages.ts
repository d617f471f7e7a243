/**
 * A conversation's messages are stored in pages of PAGE_SIZE consecutive seqs, and read a
 * page at a time by `{conversationId, page}`: an equality that every store answers from
 * an index (FerretDB pushes down equalities only), so opening, syncing and paging back
 * cost the same in a site with a thousand messages as in one with a million, and the same
 * in a conversation of ten messages as in one of ten thousand.
 *
 * Seqs can have holes (a number reserved for a message that turned out to be a resend is
 * never used), so an empty page is only taken as the end once it lies past the last seq
 * the conversation is known to have reached.
 */
export const PAGE_SIZE = 50;

/** The page a seq (1, 2, 3, …) is stored in. */
export const pageOf = (seq: number) => Math.floor(Math.max(seq - 1, 0) / PAGE_SIZE);

export interface PagedMessage {
  seq: number;
}

export interface PageSource<T extends PagedMessage> {
  /** The messages of one page, in any order. */
  readPage(page: number): Promise<T[]>;
  /** A seq the conversation is known to have reached (may lag behind the newest). */
  knownLastSeq(): Promise<number>;
}

/** Messages with seq > afterSeq, oldest first, at most `limit`. */
export async function readAfter<T extends PagedMessage>(source: PageSource<T>, afterSeq: number, limit: number, keep: (message: T) => boolean = () => true): Promise<T[]> {
  const lastKnownPage = pageOf(await source.knownLastSeq());
  const found: T[] = [];
  for (let page = pageOf(afterSeq + 1); found.length < limit; page++) {
    const messages = await source.readPage(page);
    if (messages.length === 0 && page >= lastKnownPage) break;
    found.push(...messages.filter((message) => message.seq > afterSeq && keep(message)).sort(bySeq));
  }
  return found.slice(0, limit);
}

/** The newest `limit` messages with seq < beforeSeq (all when beforeSeq is null), oldest first, and whether older ones exist. */
export async function readBefore<T extends PagedMessage>(
  source: PageSource<T>,
  beforeSeq: number | null,
  limit: number,
  keep: (message: T) => boolean = () => true,
): Promise<{ messages: T[]; hasOlder: boolean }> {
  const top = beforeSeq === null ? await topPage(source) : pageOf(beforeSeq - 1);
  const found: T[] = [];
  let page = top;
  for (; page >= 0 && found.length < limit; page--) {
    const messages = await source.readPage(page);
    found.unshift(...messages.filter((message) => (beforeSeq === null || message.seq < beforeSeq) && keep(message)).sort(bySeq));
  }
  const messages = found.slice(-limit);
  const hasOlder = found.length > limit || (page >= 0 && (messages[0]?.seq ?? 0) > 1);
  return { messages, hasOlder };
}

/** The highest page holding a message, starting from the known last seq and climbing past any lag. */
async function topPage<T extends PagedMessage>(source: PageSource<T>): Promise<number> {
  let page = pageOf(await source.knownLastSeq());
  while ((await source.readPage(page + 1)).length > 0) page++;
  return page;
}

/** The highest stored seq (0 for none). */
export async function highestSeq<T extends PagedMessage>(source: PageSource<T>): Promise<number> {
  for (let page = await topPage(source); page >= 0; page--) {
    const messages = await source.readPage(page);
    if (messages.length > 0) return Math.max(...messages.map((message) => message.seq));
  }
  return 0;
}

const bySeq = (a: PagedMessage, b: PagedMessage) => a.seq - b.seq;
