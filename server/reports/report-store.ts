/**
 * Pre-aggregated report rows. One document per site and local day holds that day's rows
 * (hour × agent × team × intent × locale), so a 90-day report reads 90 documents, not tens
 * of thousands: the embedded FerretDB pays per document far more than per byte.
 * Each conversation's last contribution is kept too, so reprocessing it applies only the
 * difference — which makes the incremental job idempotent and safe to re-run.
 */
import type { Connection } from 'mongoose';
import type { Locale } from '../../shared/domain';
import { isDuplicateKeyError } from '../concurrency/insert-claim';
import { addValues, rowId, type Contribution, type RowKey, type RowValues } from '../../shared/reports/report-rows';

/** One row inside a day document; short keys because there are many. */
export interface DayRow {
  h: number;
  w: number;
  a: string;
  t: string;
  i: string;
  l: Locale;
  v: RowValues;
}

export interface DayDoc {
  _id: string;
  siteId: string;
  day: string;
  rows: DayRow[];
}

interface ContributionDoc {
  _id: string;
  rows: Contribution[];
}

const dayId = (siteId: string, day: string) => `${siteId}|${day}`;
const subRowId = (row: DayRow) => [row.h, row.a, row.t, row.i, row.l].join('|');
const toDayRow = (key: RowKey, values: RowValues): DayRow => ({ h: key.hour, w: key.weekday, a: key.agentId, t: key.team, i: key.intent, l: key.locale, v: values });

export function createReportStore(connection: Connection) {
  const days = connection.collection<DayDoc>('reportdays');
  const contributionDocs = connection.collection<ContributionDoc>('reportcontributions');
  const state = connection.collection<{ _id: string; at?: Date; holder?: string; until?: Date }>('reportstate');

  /** Adds `deltas` (already net of what was there) into the day documents. */
  async function applyDeltas(deltas: Contribution[]) {
    const byDay = new Map<string, Contribution[]>();
    for (const delta of deltas) {
      const id = dayId(delta.key.siteId, delta.key.day);
      byDay.set(id, [...(byDay.get(id) ?? []), delta]);
    }
    if (byDay.size === 0) return;
    const existing = new Map((await days.find({ _id: { $in: [...byDay.keys()] } }).toArray()).map((doc) => [doc._id, doc]));
    const writes = [...byDay].map(([id, changes]) => {
      const first = changes[0]!.key;
      const doc = existing.get(id) ?? { _id: id, siteId: first.siteId, day: first.day, rows: [] };
      const rows = new Map(doc.rows.map((row) => [subRowId(row), row]));
      for (const change of changes) {
        const row = toDayRow(change.key, {});
        const current = rows.get(subRowId(row)) ?? row;
        addValues(current.v, change.values);
        if (Object.keys(current.v).length === 0) rows.delete(subRowId(row));
        else rows.set(subRowId(row), current);
      }
      return { replaceOne: { filter: { _id: id }, replacement: { siteId: doc.siteId, day: doc.day, rows: [...rows.values()] }, upsert: true } };
    });
    await days.bulkWrite(writes, { ordered: false });
  }

  return {
    /** Replaces each conversation's contribution with `next`, applying only the difference. */
    async replace(changes: { conversationId: string; next: Contribution[] }[]) {
      if (changes.length === 0) return;
      const previous = new Map((await contributionDocs.find({ _id: { $in: changes.map((change) => change.conversationId) } }).toArray()).map((doc) => [doc._id, doc.rows]));
      const net = new Map<string, Contribution>();
      const merge = (contribution: Contribution, sign: number) => {
        const id = rowId(contribution.key);
        const entry = net.get(id) ?? { key: contribution.key, values: {} };
        addValues(entry.values, contribution.values, sign);
        net.set(id, entry);
      };
      for (const change of changes) {
        for (const old of previous.get(change.conversationId) ?? []) merge(old, -1);
        for (const next of change.next) merge(next, 1);
      }
      await applyDeltas([...net.values()].filter((delta) => Object.keys(delta.values).length > 0));
      await contributionDocs.bulkWrite(
        changes.map((change) => ({ replaceOne: { filter: { _id: change.conversationId }, replacement: { rows: change.next }, upsert: true } })),
        { ordered: false },
      );
    },

    /** The day documents of a site from `fromDay` to `toDay` inclusive (`YYYY-MM-DD`). */
    readDays: (siteId: string, fromDay: string, toDay: string) => days.find({ _id: { $gte: dayId(siteId, fromDay), $lte: dayId(siteId, toDay) } }).toArray(),

    async watermark(): Promise<Date> {
      return (await state.findOne({ _id: 'watermark' }))?.at ?? new Date(0);
    },

    setWatermark: async (at: Date) => void (await state.updateOne({ _id: 'watermark' }, { $set: { at } }, { upsert: true })),

    /**
     * Takes or renews the aggregation lease: one process aggregates at a time, so two
     * Parley processes never apply the same difference twice.
     */
    async lease(holder: string, forMs: number, now: Date, options: { force?: boolean } = {}): Promise<boolean> {
      if (options.force) {
        await state.updateOne({ _id: 'lease' }, { $set: { holder, until: new Date(now.getTime() + forMs) } }, { upsert: true });
        return true;
      }
      await state.updateOne({ _id: 'lease' }, { $setOnInsert: { holder, until: new Date(0) } }, { upsert: true }).catch((error: unknown) => {
        if (!isDuplicateKeyError(error)) throw error;
      });
      const taken = await state.updateOne(
        { _id: 'lease', $or: [{ holder }, { until: { $lt: now } }] },
        { $set: { holder, until: new Date(now.getTime() + forMs) } },
      );
      return taken.matchedCount === 1;
    },

    async clear() {
      await Promise.all([days.deleteMany({}), contributionDocs.deleteMany({}), state.deleteOne({ _id: 'watermark' })]);
    },
  };
}

export type ReportStore = ReturnType<typeof createReportStore>;
