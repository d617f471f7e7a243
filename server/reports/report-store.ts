/**
 * Pre-aggregated report rows. One document per site, local day and hour holds that hour's
 * rows (agent × team × intent × locale); one rollup per site and day holds the same figures
 * summed per hour, agent and intent, so an unfiltered 90-day report reads 90 small
 * documents (the embedded FerretDB pays per document and per byte), and a filtered one
 * reads the hour documents.
 * Each conversation's last contribution is kept too, so reprocessing it applies only the
 * difference — which makes the incremental job idempotent and safe to re-run.
 */
import type { Connection, mongo } from 'mongoose';
import type { Locale } from '../../shared/domain';
import { isDuplicateKeyError } from '../concurrency/insert-claim';
import { addToRollup, emptyRollup, type DayRollup } from '../../shared/reports/day-rollup';
import { addValues, rowId, type Contribution, type RowValues } from '../../shared/reports/report-rows';
import { daysBetween, type ReportRow } from '../../shared/reports/report-views';

type Collection<T extends mongo.Document> = mongo.Collection<T>;
type Filter<T> = mongo.Filter<T>;

/** One row inside an hour document; short keys because there are many. */
interface HourRow {
  a: string;
  t: string;
  i: string;
  l: Locale;
  v: RowValues;
}

interface HourDoc {
  _id: string;
  siteId: string;
  day: string;
  hour: number;
  weekday: number;
  rows: HourRow[];
}

interface RollupDoc {
  _id: string;
  siteId: string;
  day: string;
  rollup: DayRollup;
}

/**
 * What is stored: the figures as one JSON string per document. The embedded FerretDB
 * spends time per field it converts (a 12 KB rollup with its nested objects took ~0.3 s to
 * read, measured); one string field costs next to nothing.
 */
type Stored<T> = Omit<T, 'rows' | 'rollup'> & { data: string };
const pack = <T extends { rows?: unknown; rollup?: unknown }>({ rows, rollup, ...rest }: T) => ({ ...rest, data: JSON.stringify(rows ?? rollup) });
const unpackHour = ({ data, ...rest }: Stored<HourDoc>): HourDoc => ({ ...rest, rows: JSON.parse(data) as HourRow[] });
const unpackRollup = ({ data, ...rest }: Stored<RollupDoc>): RollupDoc => ({ ...rest, rollup: JSON.parse(data) as DayRollup });

/** Documents by primary key, one equality lookup each: the one read FerretDB serves from an index. */
async function byIds<T extends { _id: string }>(collection: Collection<T>, ids: string[]): Promise<T[]> {
  const docs = await Promise.all(ids.map((id) => collection.findOne({ _id: id } as Filter<T>)));
  return docs.filter((doc) => doc !== null) as unknown as T[];
}

const dayId = (siteId: string, day: string) => `${siteId}|${day}`;
const hourId = (siteId: string, day: string, hour: number) => `${siteId}|${day}|${String(hour).padStart(2, '0')}`;
const subRowId = (row: { a: string; t: string; i: string; l: string }) => [row.a, row.t, row.i, row.l].join('|');

export function createReportStore(connection: Connection) {
  const hours = connection.collection<Stored<HourDoc>>('reporthours');
  const rollups = connection.collection<Stored<RollupDoc>>('reportrollups');
  const contributionDocs = connection.collection<{ _id: string; data: string }>('reportcontributions');
  // Filtered reports read a day's hour documents by equality on `day`, which the embedded
  // FerretDB answers through an index (tools/ferretdb/pg_index.go); ranges and $in it
  // would answer by scanning the whole collection.
  let indexed: Promise<unknown> | null = null;
  const ensureIndexed = () => (indexed ??= hours.createIndex({ day: 1 }).catch(() => (indexed = null)));
  const state = connection.collection<{ _id: string; at?: Date; holder?: string; until?: Date }>('reportstate');

  /** Adds `deltas` (already net of what was there) into the hour documents and the day rollups. */
  async function applyDeltas(deltas: Contribution[]) {
    if (deltas.length === 0) return;
    const hourIds = [...new Set(deltas.map((delta) => hourId(delta.key.siteId, delta.key.day, delta.key.hour)))];
    const dayIds = [...new Set(deltas.map((delta) => dayId(delta.key.siteId, delta.key.day)))];
    const [hourDocs, rollupDocs] = await Promise.all([
      byIds(hours, hourIds).then((docs) => docs.map(unpackHour)),
      byIds(rollups, dayIds).then((docs) => docs.map(unpackRollup)),
    ]);
    const hourById = new Map(hourDocs.map((doc) => [doc._id, doc]));
    const rollupById = new Map(rollupDocs.map((doc) => [doc._id, doc]));
    for (const { key, values } of deltas) {
      const hid = hourId(key.siteId, key.day, key.hour);
      const hourDoc = hourById.get(hid) ?? { _id: hid, siteId: key.siteId, day: key.day, hour: key.hour, weekday: key.weekday, rows: [] };
      hourById.set(hid, hourDoc);
      const row: HourRow = { a: key.agentId, t: key.team, i: key.intent, l: key.locale, v: {} };
      const current = hourDoc.rows.find((candidate) => subRowId(candidate) === subRowId(row)) ?? (hourDoc.rows.push(row), row);
      addValues(current.v, values);
      if (Object.keys(current.v).length === 0) hourDoc.rows = hourDoc.rows.filter((candidate) => candidate !== current);
      const did = dayId(key.siteId, key.day);
      const rollupDoc = rollupById.get(did) ?? { _id: did, siteId: key.siteId, day: key.day, rollup: emptyRollup(key.day, key.weekday) };
      rollupById.set(did, rollupDoc);
      addToRollup(rollupDoc.rollup, { hour: key.hour, agentId: key.agentId, team: key.team, intent: key.intent, values }, 1);
    }
    const replace = <T extends { _id: string }>(doc: T) => {
      const { _id, ...rest } = pack(doc as T & { rows?: unknown; rollup?: unknown });
      return { replaceOne: { filter: { _id }, replacement: rest, upsert: true } };
    };
    await Promise.all([
      hours.bulkWrite(hourIds.map((id) => replace(hourById.get(id)!)) as never, { ordered: false }),
      rollups.bulkWrite(dayIds.map((id) => replace(rollupById.get(id)!)) as never, { ordered: false }),
    ]);
  }

  return {
    /** Replaces each conversation's contribution with `next`, applying only the difference. */
    async replace(changes: { conversationId: string; next: Contribution[] }[]) {
      if (changes.length === 0) return;
      const previous = new Map((await byIds(contributionDocs, changes.map((change) => change.conversationId))).map((doc) => [doc._id, JSON.parse(doc.data) as Contribution[]]));
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
        changes.map((change) => ({ replaceOne: { filter: { _id: change.conversationId }, replacement: { data: JSON.stringify(change.next) }, upsert: true } })),
        { ordered: false },
      );
    },

    /** Adds rows with no conversation behind them: the benchmark seeds aggregates at scale this way. */
    addRows: (rows: Contribution[]) => applyDeltas(rows),

    /** The day rollups of a site from `fromDay` to `toDay` inclusive (`YYYY-MM-DD`). */
    async readRollups(siteId: string, fromDay: string, toDay: string): Promise<DayRollup[]> {
      return (await byIds(rollups, daysBetween(fromDay, toDay).map((day) => dayId(siteId, day)))).map((doc) => unpackRollup(doc).rollup);
    },

    /** Every full row of a site from `fromDay` to `toDay`, for filtered reports. */
    async readRows(siteId: string, fromDay: string, toDay: string): Promise<ReportRow[]> {
      await ensureIndexed();
      const docs = (await Promise.all(daysBetween(fromDay, toDay).map((day) => hours.find({ day, siteId }).toArray()))).flat();
      return docs.map(unpackHour).flatMap((doc) => doc.rows.map((row) => ({ day: doc.day, hour: doc.hour, weekday: doc.weekday, agentId: row.a, team: row.t, intent: row.i, locale: row.l, values: row.v })));
    },

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
      await Promise.all([hours.deleteMany({}), rollups.deleteMany({}), contributionDocs.deleteMany({}), state.deleteOne({ _id: 'watermark' })]);
    },
  };
}

export type ReportStore = ReturnType<typeof createReportStore>;
