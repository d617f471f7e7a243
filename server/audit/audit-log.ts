/**
 * The audit log: an append-only record of sign-ins, reveals of masked numbers, and changes
 * to agents and settings, per site. This module offers no way to change or delete an entry.
 *
 * Entries are filed by site and UTC hour, and an hour directory (database/day-buckets.ts)
 * says which hours have any: a page reads one hour at a time by equality, newest first, so
 * it costs the same after years of entries (the embedded store answers no range query
 * from an index). Filters are applied to each hour's entries in memory.
 */
import { Types, type Connection } from 'mongoose';
import type { AuditAction, AuditEntry, AuditPage } from '../../shared/audit';
import { createDayBuckets, hourOf } from '../database/day-buckets';

/** Where a request came from. */
export interface RequestOrigin {
  ip: string | null;
  userAgent: string | null;
}

export interface NewAuditEntry extends RequestOrigin {
  siteId: string;
  action: AuditAction;
  actor: AuditEntry['actor'];
  target?: string | null;
  detail?: string | null;
}

export interface AuditFilter {
  action?: AuditAction | undefined;
  agentId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
}

interface AuditDoc {
  _id: Types.ObjectId;
  siteId: string;
  hour: string;
  at: Date;
  action: AuditAction;
  actorId: string | null;
  actorName: string | null;
  actorEmail: string | null;
  target: string | null;
  detail: string | null;
  ip: string | null;
  userAgent: string | null;
}

/** Where the last page stopped: inside `hour`, after the entry (at, id); without them, at the hour's start. */
interface Position {
  hour: string;
  at?: number;
  id?: string;
}

const encode = (position: Position) => Buffer.from(JSON.stringify(position)).toString('base64url');

function decode(cursor: string | undefined): Position | null {
  if (!cursor) return null;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as Position;
    return typeof value.hour === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}$/.test(value.hour) ? value : null;
  } catch {
    return null;
  }
}

/** Newest first; the id breaks ties between entries of the same millisecond. */
const newestFirst = (a: AuditDoc, b: AuditDoc) => b.at.getTime() - a.at.getTime() || (b._id.toHexString() < a._id.toHexString() ? -1 : 1);
const olderThan = (doc: AuditDoc, position: Position) =>
  position.at === undefined || doc.at.getTime() < position.at || (doc.at.getTime() === position.at && doc._id.toHexString() < (position.id ?? ''));

function toEntry(doc: AuditDoc): AuditEntry {
  return {
    id: doc._id.toHexString(),
    at: doc.at.toISOString(),
    action: doc.action,
    actor: { id: doc.actorId, name: doc.actorName, email: doc.actorEmail },
    target: doc.target,
    detail: doc.detail,
    ip: doc.ip,
    userAgent: doc.userAgent,
  };
}

/** Hours one page request reads at most before answering with what it found (and a cursor). */
const HOURS_PER_REQUEST = 96;

export function createAuditLog(connection: Connection, now: () => Date = () => new Date()) {
  const entries = connection.collection<AuditDoc>('auditlog');
  const hours = createDayBuckets(connection, 'auditlog');
  let indexed: Promise<unknown> | null = null;
  const ensureIndex = () => (indexed ??= entries.createIndex({ siteId: 1, hour: 1 }).catch(() => (indexed = null)));

  return {
    /** Appends one entry. Callers decide whether a failure stops what they were doing. */
    async record(input: NewAuditEntry): Promise<AuditEntry> {
      const at = now();
      const doc: AuditDoc = {
        _id: new Types.ObjectId(),
        siteId: input.siteId,
        hour: hourOf(at),
        at,
        action: input.action,
        actorId: input.actor.id,
        actorName: input.actor.name?.slice(0, 120) ?? null,
        actorEmail: input.actor.email?.slice(0, 254) ?? null,
        target: input.target ?? null,
        detail: input.detail?.slice(0, 500) ?? null,
        ip: input.ip,
        userAgent: input.userAgent?.slice(0, 300) ?? null,
      };
      await ensureIndex();
      // The hour first: an entry written into an hour the directory does not list would never be read.
      await hours.mark(input.siteId, at);
      await entries.insertOne(doc);
      return toEntry(doc);
    },

    /** A page of the site's entries that pass the filter, newest first. */
    async page(siteId: string, filter: AuditFilter, page: { cursor?: string | undefined; limit: number }): Promise<AuditPage> {
      const position = decode(page.cursor);
      const lastHour = filter.to ? hourOf(filter.to) : undefined;
      const startHour = position && (!lastHour || position.hour < lastHour) ? position.hour : lastHour;
      const firstHour = filter.from ? hourOf(filter.from) : '';
      const passes = (doc: AuditDoc) =>
        (!filter.action || doc.action === filter.action) &&
        (!filter.agentId || doc.actorId === filter.agentId) &&
        (!filter.from || doc.at >= filter.from) &&
        (!filter.to || doc.at <= filter.to);
      const found: AuditEntry[] = [];
      let read = 0;
      for await (const hour of hours.newestHoursFirst(siteId, startHour)) {
        if (hour < firstHour) break;
        if (read++ >= HOURS_PER_REQUEST) return { entries: found, nextCursor: encode({ hour }) };
        const docs = (await entries.find({ siteId, hour }).toArray()).sort(newestFirst);
        for (const doc of docs) {
          if (position && hour === position.hour && !olderThan(doc, position)) continue;
          if (!passes(doc)) continue;
          found.push(toEntry(doc));
          if (found.length === page.limit) return { entries: found, nextCursor: encode({ hour, at: doc.at.getTime(), id: doc._id.toHexString() }) };
        }
      }
      return { entries: found, nextCursor: null };
    },
  };
}

export type AuditLog = ReturnType<typeof createAuditLog>;
