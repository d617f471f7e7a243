/**
 * The inbox views as pages with a cursor. Each view is a union of equality filters on
 * the conversation (site, status, assignee, team) — the filters every store answers from
 * an index — over the conversations that are open right now, newest activity first.
 * Closed conversations never stop accumulating, so that view walks hour buckets
 * (`closedHour`) newest first instead, each a bounded read.
 */
import type { Model } from 'mongoose';
import type { ConversationStatus } from '../../shared/domain';
import { hourOf, type DayBuckets } from '../database/day-buckets';
import type { ConversationDoc } from './conversation.model';

export type InboxView = 'default' | 'mine' | 'queue' | 'team' | 'open' | 'closed';

export interface ViewPage {
  docs: ConversationDoc[];
  nextCursor: string | null;
}

const OPEN: ConversationStatus[] = ['bot', 'queued', 'offline', 'assigned'];

/** The equality filters whose union is the view (closed excluded: see listClosed). */
export function viewFilters(siteId: string, agent: { id: string; teams: string[] }, view: Exclude<InboxView, 'closed'>): Record<string, unknown>[] {
  const mine = { siteId, status: 'assigned', assignedAgentId: agent.id };
  const byStatus = (statuses: ConversationStatus[], extra: Record<string, unknown> = {}) => statuses.map((status) => ({ siteId, status, ...extra }));
  switch (view) {
    case 'default':
      return [...byStatus(['queued', 'offline', 'bot']), mine];
    case 'mine':
      return [mine];
    case 'queue':
      return byStatus(['queued', 'offline']);
    case 'team':
      return agent.teams.flatMap((team) => byStatus(OPEN, { team }));
    case 'open':
      return byStatus(OPEN);
  }
}

interface LiveCursor {
  u: number;
  i: string;
}
interface ClosedCursor {
  h: string;
  c: number;
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
const isClosed = (v: Record<string, unknown>) => typeof v.h === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}$/.test(v.h) && typeof v.c === 'number' && typeof v.i === 'string';

/** Newest activity first; ties broken by id so a cursor never skips or repeats. */
const byUpdatedDesc = (a: ConversationDoc, b: ConversationDoc) =>
  b.updatedAt.getTime() - a.updatedAt.getTime() || b._id.toHexString().localeCompare(a._id.toHexString());
const afterLive = (cursor: LiveCursor | null) => (doc: ConversationDoc) =>
  !cursor || doc.updatedAt.getTime() < cursor.u || (doc.updatedAt.getTime() === cursor.u && doc._id.toHexString() < cursor.i);

export async function listLive(
  Conversations: Model<unknown>,
  filters: Record<string, unknown>[],
  cursorText: string | undefined,
  limit: number,
  keep: (doc: ConversationDoc) => boolean = () => true,
): Promise<ViewPage> {
  const cursor = decodeCursor<LiveCursor>(cursorText, isLive);
  const range = cursor ? { $or: [{ updatedAt: { $lt: new Date(cursor.u) } }, { updatedAt: new Date(cursor.u), _id: { $lt: cursor.i } }] } : {};
  const parts = await Promise.all(
    filters.map((filter) => Conversations.find({ ...filter, ...range }).sort({ updatedAt: -1, _id: -1 }).limit(limit + 1).lean<ConversationDoc[]>().exec()),
  );
  const merged = dedupe(parts.flat()).filter((doc) => afterLive(cursor)(doc) && keep(doc)).sort(byUpdatedDesc);
  const docs = merged.slice(0, limit);
  const last = docs.at(-1);
  return { docs, nextCursor: merged.length > limit && last ? encodeCursor({ u: last.updatedAt.getTime(), i: last._id.toHexString() }) : null };
}

const closedAtOf = (doc: ConversationDoc) => (doc.closedAt ?? doc.updatedAt).getTime();
const byClosedDesc = (a: ConversationDoc, b: ConversationDoc) => closedAtOf(b) - closedAtOf(a) || b._id.toHexString().localeCompare(a._id.toHexString());

/** Hours read at once at most: bounds a page's round trips on a quiet site and its reads on a busy one. */
const MAX_HOURS_AT_ONCE = 16;

/**
 * Closed conversations newest first, an hour bucket at a time. The newest hour is read
 * alone; after that as many hours at once as the ones read so far suggest the page still
 * needs, so a busy site (dozens an hour) reads about one page of conversations and a quiet
 * one (one a day) needs a few round trips, not one per hour.
 */
export async function listClosed(Conversations: Model<unknown>, closedHours: DayBuckets, siteId: string, cursorText: string | undefined, limit: number): Promise<ViewPage> {
  const cursor = decodeCursor<ClosedCursor>(cursorText, isClosed);
  const after = (doc: ConversationDoc) => !cursor || closedAtOf(doc) < cursor.c || (closedAtOf(doc) === cursor.c && doc._id.toHexString() < cursor.i);
  const found: ConversationDoc[] = [];
  let batch: string[] = [];
  let hoursRead = 0;
  const readBatch = async () => {
    // Only closed conversations carry a closing hour (reopening clears it); status is checked
    // here, not in the filter: with it there, PostgreSQL may pick the index on `status`,
    // whose 'closed' entry is every conversation ever closed.
    const hours = await Promise.all(batch.map((closedHour) => Conversations.find({ closedHour, siteId }).lean<ConversationDoc[]>().exec()));
    found.push(...hours.flatMap((docs) => docs.filter((doc) => doc.status === 'closed' && after(doc)).sort(byClosedDesc)));
    hoursRead += batch.length;
    batch = [];
  };
  const nextWave = () => {
    const perHour = Math.max(found.length / hoursRead, 1 / MAX_HOURS_AT_ONCE);
    return Math.min(MAX_HOURS_AT_ONCE, Math.max(1, Math.ceil((limit + 1 - found.length) / perHour)));
  };
  let wave = 1;
  for await (const hour of closedHours.newestHoursFirst(siteId, cursor?.h)) {
    batch.push(hour);
    if (batch.length === wave) {
      await readBatch();
      if (found.length > limit) break;
      wave = nextWave();
    }
  }
  if (batch.length > 0 && found.length <= limit) await readBatch();
  const docs = found.slice(0, limit);
  const last = docs.at(-1);
  return {
    docs,
    nextCursor: found.length > limit && last ? encodeCursor({ h: last.closedHour ?? hourOf(new Date(closedAtOf(last))), c: closedAtOf(last), i: last._id.toHexString() }) : null,
  };
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
