/**
 * The inbox views as pages with a cursor. Live views read the conversations open right now
 * by one equality (the filter every store answers from an index), newest activity first.
 * Closed conversations never stop accumulating, so that view reads the site's newest
 * pages of closings (`closedPage`) instead, each a bounded read.
 */
import type { Model } from 'mongoose';
import type { ConversationStatus } from '../../shared/domain';
import { CLOSED_PAGE_SIZE, closedPageKey, closedPageOf, type ClosedSequence } from './closed-sequence';
import type { ConversationDoc } from './conversation.model';

export type InboxView = 'default' | 'mine' | 'queue' | 'team' | 'open' | 'closed';

export interface ViewPage {
  docs: ConversationDoc[];
  nextCursor: string | null;
}

const OPEN: ConversationStatus[] = ['bot', 'queued', 'offline', 'assigned'];

/**
 * A list row needs neither the event log nor the bot's memory, which grow with every turn
 * and are most of a conversation's bytes. The embedded store still decodes them (it
 * projects after reading), but the rest of the way (encoding, the wire, the driver) is
 * spared: a fifth of the open-site read with 90 open conversations.
 */
const LISTED = '-events -botMemory';

/**
 * Which of the site's open conversations a view shows. Every live view but "mine" reads the
 * site's open conversations by one equality (`openSite`, set while a conversation is open)
 * and keeps these: one indexed read instead of one per status, and open conversations are
 * what is live now (quiet bot chats close after a day), not the history.
 */
export function viewKeeps(agent: { id: string; teams: string[] }, view: Exclude<InboxView, 'closed' | 'mine'>): (doc: ConversationDoc) => boolean {
  const open = (doc: ConversationDoc) => OPEN.includes(doc.status);
  switch (view) {
    case 'default':
      return (doc) => ['queued', 'offline', 'bot'].includes(doc.status) || (doc.status === 'assigned' && doc.assignedAgentId === agent.id);
    case 'queue':
      return (doc) => doc.status === 'queued' || doc.status === 'offline';
    case 'team':
      return (doc) => open(doc) && doc.team !== null && doc.team !== undefined && agent.teams.includes(doc.team);
    case 'open':
      return open;
  }
}

/** An agent's own chats: an equality of their own, the one view that is not "some of the site's open conversations". */
export const mineFilter = (siteId: string, agentId: string) => ({ siteId, status: 'assigned', assignedAgentId: agentId });

/** The site's open conversations this view keeps, newest activity first, a page at a time. */
export async function listOpen(Conversations: Model<unknown>, siteId: string, keep: (doc: ConversationDoc) => boolean, cursorText: string | undefined, limit: number): Promise<ViewPage> {
  const cursor = decodeCursor<LiveCursor>(cursorText, isLive);
  // Unlimited: the keep filter runs after the read, and the site's open conversations are what is live now.
  const docs = await Conversations.find({ openSite: siteId }).select(LISTED).lean<ConversationDoc[]>().exec();
  return pageOf(docs.filter((doc) => afterLive(cursor)(doc) && keep(doc)).sort(byUpdatedDesc), limit);
}

interface LiveCursor {
  u: number;
  i: string;
}
interface ClosedCursor {
  s: number;
  i: string;
}

export const encodeCursor = (cursor: LiveCursor | ClosedCursor) => Buffer.from(JSON.stringify(cursor)).toString('base64url');

function decodeCursor<T>(cursor: string | undefined, valid: (value: Record<string, unknown>) => boolean): T | null {
  if (!cursor) return null;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Record<string, unknown>;
    return value && typeof value === 'object' && valid(value) ? (value as T) : null;
  } catch {
    return null;
  }
}

const isLive = (v: Record<string, unknown>) => typeof v.u === 'number' && typeof v.i === 'string';
const isClosed = (v: Record<string, unknown>) => Number.isSafeInteger(v.s) && (v.s as number) >= 0 && typeof v.i === 'string';

/** Newest activity first; ties broken by id so a cursor never skips or repeats. */
const byUpdatedDesc = (a: ConversationDoc, b: ConversationDoc) =>
  b.updatedAt.getTime() - a.updatedAt.getTime() || b._id.toHexString().localeCompare(a._id.toHexString());
const afterLive = (cursor: LiveCursor | null) => (doc: ConversationDoc) =>
  !cursor || doc.updatedAt.getTime() < cursor.u || (doc.updatedAt.getTime() === cursor.u && doc._id.toHexString() < cursor.i);

/** Rounds of reading on when `keep` turns most of what was read away; the page then comes short, with a cursor to go on from. */
const MAX_ROUNDS = 8;

/**
 * The union of equality filters, newest activity first, with a cursor; `keep` narrows it
 * after the read (a search's other conditions). Reads on past what `keep` turns away, so a
 * page is never cut short of matches that follow: at worst it comes short, and its cursor
 * goes on from the last conversation read, kept or not.
 */
export async function listLive(
  Conversations: Model<unknown>,
  filters: Record<string, unknown>[],
  cursorText: string | undefined,
  limit: number,
  keep: (doc: ConversationDoc) => boolean = () => true,
): Promise<ViewPage> {
  let scanned = decodeCursor<LiveCursor>(cursorText, isLive);
  const kept: ConversationDoc[] = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const range = scanned ? { $or: [{ updatedAt: { $lt: new Date(scanned.u) } }, { updatedAt: new Date(scanned.u), _id: { $lt: scanned.i } }] } : {};
    const parts = await Promise.all(
      filters.map((filter) => Conversations.find({ ...filter, ...range }).sort({ updatedAt: -1, _id: -1 }).limit(limit + 1).select(LISTED).lean<ConversationDoc[]>().exec()),
    );
    // The union is complete down to the newest of the last conversations of the parts that came full.
    const frontier = parts.filter((part) => part.length > limit).map((part) => [...part].sort(byUpdatedDesc).at(-1)!).sort(byUpdatedDesc)[0];
    const merged = dedupe(parts.flat()).filter((doc) => afterLive(scanned)(doc) && (!frontier || byUpdatedDesc(doc, frontier) <= 0)).sort(byUpdatedDesc);
    for (const doc of merged) if (kept.length <= limit && keep(doc)) kept.push(doc);
    if (kept.length > limit || !frontier) return pageOf(kept, limit);
    scanned = liveCursorOf(frontier);
  }
  return { docs: kept, nextCursor: encodeCursor(scanned!) };
}

const liveCursorOf = (doc: ConversationDoc): LiveCursor => ({ u: doc.updatedAt.getTime(), i: doc._id.toHexString() });

function pageOf(sorted: ConversationDoc[], limit: number): ViewPage {
  const docs = sorted.slice(0, limit);
  const last = docs.at(-1);
  return { docs, nextCursor: sorted.length > limit && last ? encodeCursor(liveCursorOf(last)) : null };
}

const seqOf = (doc: ConversationDoc) => doc.closedSeq ?? 0;
const byClosedDesc = (a: ConversationDoc, b: ConversationDoc) => seqOf(b) - seqOf(a) || b._id.toHexString().localeCompare(a._id.toHexString());

/** Pages of closings read at once at most (when reopened or deleted conversations left holes). */
const MAX_PAGES_AT_ONCE = 32;
/** Pages one request reads at most: below the oldest closings retention deleted, pages are empty all the way down. */
const MAX_PAGES_PER_REQUEST = 96;

/** How many numbers below `below` (and at most `last`) page `page` holds: the docs it has, holes aside. */
const numbersIn = (page: number, below: number, last: number) =>
  Math.max(0, Math.min(page * CLOSED_PAGE_SIZE + CLOSED_PAGE_SIZE - 1, last, below - 1) - Math.max(page * CLOSED_PAGE_SIZE, 1) + 1);

/**
 * Closed conversations, last closed first: the site's newest pages of closings, each by
 * equality on `closedPage` (see closed-sequence.ts), as many as the numbers say the page
 * needs, read at once. The embedded store decodes every document it returns at a real
 * cost, so no more are read than the page shows; more pages follow, twice as many each
 * time, only where reopened or deleted conversations left holes.
 */
export async function listClosed(Conversations: Model<unknown>, sequence: ClosedSequence, siteId: string, cursorText: string | undefined, limit: number): Promise<ViewPage> {
  const cursor = decodeCursor<ClosedCursor>(cursorText, isClosed);
  const after = (doc: ConversationDoc) => !cursor || seqOf(doc) < cursor.s || (seqOf(doc) === cursor.s && doc._id.toHexString() < cursor.i);
  const readPage = (n: number) => Conversations.find({ closedPage: closedPageKey(siteId, n) }).select(LISTED).lean<ConversationDoc[]>().exec();
  // Reopening clears the page; the status check covers a reopening in flight.
  const shown = (docs: ConversationDoc[]) => docs.filter((doc) => doc.status === 'closed' && doc.siteId === siteId && after(doc));
  const recorded = cursor ? cursor.s : await sequence.last(siteId);
  const below = cursor ? cursor.s : Infinity;
  // Without a cursor the page past the recorded highest too: a closing in flight may not have raised it yet.
  const top = closedPageOf(recorded) + 1;
  let page = cursor ? closedPageOf(cursor.s) : top;
  let pagesRead = 0;
  const found: ConversationDoc[] = [];
  // Exactly the page's rows where the numbers allow, not one more to learn whether more
  // follow: that is known from the pages left below (a last page of holes then reads empty).
  for (let wave = 1; found.length < limit && page >= 0 && pagesRead < MAX_PAGES_PER_REQUEST; wave = Math.min(wave * 2, MAX_PAGES_AT_ONCE)) {
    const pages: number[] = [];
    for (let expected = 0; page >= 0 && (expected < (limit - found.length) * wave || pages.length === 0) && pages.length < MAX_PAGES_AT_ONCE; page--) {
      pages.push(page);
      expected += numbersIn(page, below, recorded);
    }
    const read = await Promise.all(pages.map(readPage));
    pagesRead += pages.length;
    found.push(...shown(read.flat()));
    // The recorded highest trailed the closings by more than a page (a lost race to raise it): read up until a page is empty.
    if (!cursor && pages[0] === top && read[0]!.length > 0) {
      for (let above = top + 1, more = await readPage(above); more.length > 0 && pagesRead < MAX_PAGES_PER_REQUEST; more = await readPage(++above), pagesRead++) found.push(...shown(more));
    }
  }
  found.sort(byClosedDesc);
  const docs = found.slice(0, limit);
  const last = docs.at(-1);
  if (found.length < limit && page >= 0) {
    // Read as many pages as one request may and still short (retention emptied the oldest): go on from here next time.
    return { docs, nextCursor: encodeCursor({ s: (page + 1) * CLOSED_PAGE_SIZE, i: '' }) };
  }
  const more = found.length > limit || (docs.length === limit && page >= 0);
  return { docs, nextCursor: more && last ? encodeCursor({ s: seqOf(last), i: last._id.toHexString() }) : null };
}

function dedupe(docs: ConversationDoc[]): ConversationDoc[] {
  const seen = new Set<string>();
  return docs.filter((doc) => {
    const id = doc._id.toHexString();
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
