/**
 * Pre-aggregated report figures, laid out so any report reads a handful of documents
 * (report-slices.ts): month slices of day rollups per site and per dimension value, and
 * one document of full rows per site and day for combined filters.
 * Each conversation's last contribution is kept too, so reprocessing it applies only the
 * difference — which makes the incremental job idempotent and safe to re-run.
 */
import type { Connection, mongo } from 'mongoose';
import type { Locale } from '../../shared/domain';
import type { DayRollup } from '../../shared/reports/day-rollup';
import { rollupOptions } from '../../shared/reports/report-views';
import { addValues, rowId, type Contribution } from '../../shared/reports/report-rows';
import { daysBetween, type ReportOverview, type ReportRow } from '../../shared/reports/report-views';
import { createReportState } from './report-state';
import { decodeRollup, decodeValues, encodeDetail, encodeTotal, encodeValues, type StoredDetail, type StoredRow, type StoredTotal } from './report-codec';
import { addToMonth, dayRowsId, monthOf, monthsBetween, sliceId, slicesOf, type MonthDays, type Slice } from './report-slices';

type Collection<T extends mongo.Document> = mongo.Collection<T>;
type Filter<T> = mongo.Filter<T>;

/**
 * What is stored: the figures as one JSON string per document. The embedded FerretDB
 * spends time per field it converts (a 12 KB rollup with its nested objects took ~0.3 s to
 * read, measured); one string field costs next to nothing. A slice is kept in parts so a
 * report reads only what it shows: `t` the day totals (all the previous period needs), `d`
 * the rest of each day's rollup, `o` (whole site only) the names the filter menus offer.
 */
type Part = 't' | 'd' | 'o';

interface SliceDoc {
  _id: string;
  siteId: string;
  month: string;
  dim: string;
  value: string;
  part: Part;
  data: string;
}

interface DayRowsDoc {
  _id: string;
  siteId: string;
  day: string;
  weekday: number;
  data: string;
}

/** The filter menus' names of a day: agents, teams and intents with any figures. */
type DayOptions = [agents: string[], teams: string[], intents: string[]];

/** Documents by primary key, one equality lookup each: the one read FerretDB serves from an index. */
async function byIds<T extends { _id: string }>(collection: Collection<T>, ids: string[]): Promise<T[]> {
  const docs = await Promise.all(ids.map((id) => collection.findOne({ _id: id } as Filter<T>)));
  return docs.filter((doc) => doc !== null) as unknown as T[];
}

const subRowId = (row: StoredRow) => row.slice(0, 5).join('|');

/** Writes each document, or deletes it when it came to nothing. */
function writes<T extends { _id: string; data: string }>(docs: T[], empty: string) {
  return docs.map(({ _id, ...rest }) =>
    rest.data === empty ? { deleteOne: { filter: { _id } } } : { replaceOne: { filter: { _id }, replacement: rest, upsert: true } },
  );
}

function dayOptions(day: DayRollup): DayOptions {
  const { agents, teams, intents } = rollupOptions([day], new Map());
  return [agents.map((agent) => agent.id), teams, intents];
}

export function createReportStore(connection: Connection) {
  const slices = connection.collection<SliceDoc>('reportslices');
  const dayRows = connection.collection<DayRowsDoc>('reportdayrows');
  const contributionDocs = connection.collection<{ _id: string; data: string }>('reportcontributions');
  const state = createReportState(connection);

  /** Adds `deltas` (already net of what was there) into the slices and day rows. */
  async function applyDeltas(deltas: Contribution[]) {
    if (deltas.length === 0) return;
    const sliceKeys = new Map<string, { siteId: string; month: string; slice: Slice }>();
    for (const { key } of deltas) {
      for (const slice of slicesOf(key)) sliceKeys.set(sliceId(key.siteId, monthOf(key.day), slice), { siteId: key.siteId, month: monthOf(key.day), slice });
    }
    const dayIds = [...new Set(deltas.map(({ key }) => dayRowsId(key.siteId, key.day)))];
    const partIds = [...sliceKeys.keys()].flatMap((id) => [`${id}|t`, `${id}|d`]);
    const [sliceDocs, dayDocs] = await Promise.all([byIds(slices, partIds), byIds(dayRows, dayIds)]);
    const parts = new Map(sliceDocs.map((doc) => [doc._id, JSON.parse(doc.data) as Record<string, unknown>]));
    const monthById = new Map<string, MonthDays>();
    for (const id of sliceKeys.keys()) {
      const totals = (parts.get(`${id}|t`) ?? {}) as Record<string, StoredTotal>;
      const details = (parts.get(`${id}|d`) ?? {}) as Record<string, StoredDetail>;
      monthById.set(id, Object.fromEntries(Object.entries(totals).map(([day, total]) => [day, decodeRollup(day, total, details[day])])));
    }
    const rowsById = new Map(dayDocs.map((doc) => [doc._id, new Map((JSON.parse(doc.data) as StoredRow[]).map((stored) => [subRowId(stored), stored]))]));
    const weekdayById = new Map<string, number>();
    for (const { key, values } of deltas) {
      for (const slice of slicesOf(key)) {
        const id = sliceId(key.siteId, monthOf(key.day), slice);
        monthById.set(id, addToMonth(monthById.get(id) ?? {}, key, values));
      }
      const did = dayRowsId(key.siteId, key.day);
      weekdayById.set(did, key.weekday);
      const rows = rowsById.get(did) ?? new Map<string, StoredRow>();
      rowsById.set(did, rows);
      const row: StoredRow = [key.hour, key.agentId, key.team, key.intent, key.locale, []];
      const id = subRowId(row);
      const sum = addValues(decodeValues(rows.get(id)?.[5] ?? []), values);
      if (Object.keys(sum).length === 0) rows.delete(id);
      else rows.set(id, [row[0], row[1], row[2], row[3], row[4], encodeValues(sum)]);
    }
    const sliceWrites = [...sliceKeys].flatMap(([id, { siteId, month, slice }]) => {
      const days = Object.values(monthById.get(id)!);
      const doc = (part: Part, data: unknown) => ({ _id: `${id}|${part}`, siteId, month, dim: slice.dim, value: slice.value, part, data: JSON.stringify(data) });
      const written = [doc('t', Object.fromEntries(days.map((day) => [day.day, encodeTotal(day)]))), doc('d', Object.fromEntries(days.map((day) => [day.day, encodeDetail(day)])))];
      if (slice.dim === '') written.push(doc('o', Object.fromEntries(days.map((day) => [day.day, dayOptions(day)]))));
      return written;
    });
    const dayWrites = dayIds.map((id) => {
      const [siteId, day] = id.split('|') as [string, string];
      return { _id: id, siteId, day, weekday: weekdayById.get(id)!, data: JSON.stringify([...rowsById.get(id)!.values()]) };
    });
    await Promise.all([
      slices.bulkWrite(writes(sliceWrites, '{}') as never, { ordered: false }),
      dayRows.bulkWrite(writes(dayWrites, '[]') as never, { ordered: false }),
    ]);
    await state.bumpGeneration();
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

    /**
     * The day rollups of one slice (the whole site, or one dimension value) from `fromDay`
     * to `toDay` inclusive; days before `detailFrom` come with their totals only.
     */
    async readRollups(siteId: string, fromDay: string, toDay: string, slice: Slice = { dim: '', value: '' }, detailFrom = fromDay): Promise<DayRollup[]> {
      const months = monthsBetween(fromDay, toDay);
      const detailed = months.filter((month) => month >= monthOf(detailFrom));
      const [totalDocs, detailDocs] = await Promise.all([
        byIds(slices, months.map((month) => `${sliceId(siteId, month, slice)}|t`)),
        byIds(slices, detailed.map((month) => `${sliceId(siteId, month, slice)}|d`)),
      ]);
      const details: Record<string, StoredDetail> = Object.assign({}, ...detailDocs.map((doc) => JSON.parse(doc.data) as Record<string, StoredDetail>));
      return totalDocs
        .flatMap((doc) => Object.entries(JSON.parse(doc.data) as Record<string, StoredTotal>))
        .filter(([day]) => day >= fromDay && day <= toDay)
        .map(([day, total]) => decodeRollup(day, total, day >= detailFrom ? details[day] : undefined))
        .sort((a, b) => a.day.localeCompare(b.day));
    },

    /** What the filter menus offer for a site's days `fromDay`…`toDay`, whatever is filtered. */
    async readOptions(siteId: string, fromDay: string, toDay: string, agents: Map<string, { name: string }>): Promise<ReportOverview['options']> {
      const docs = await byIds(slices, monthsBetween(fromDay, toDay).map((month) => `${sliceId(siteId, month, { dim: '', value: '' })}|o`));
      const days = docs.flatMap((doc) => Object.entries(JSON.parse(doc.data) as Record<string, DayOptions>)).filter(([day]) => day >= fromDay && day <= toDay);
      const distinct = (pick: (options: DayOptions) => string[]) => [...new Set(days.flatMap(([, options]) => pick(options)))].sort();
      return { teams: distinct((o) => o[1]), intents: distinct((o) => o[2]), agents: distinct((o) => o[0]).map((id) => ({ id, name: agents.get(id)?.name ?? id })) };
    },

    /** Every full row of a site from `fromDay` to `toDay`, for reports that combine filters. */
    async readRows(siteId: string, fromDay: string, toDay: string): Promise<ReportRow[]> {
      const docs = await byIds(dayRows, daysBetween(fromDay, toDay).map((day) => dayRowsId(siteId, day)));
      return docs.flatMap((doc) =>
        (JSON.parse(doc.data) as StoredRow[]).map(([hour, agentId, team, intent, locale, values]) => ({ day: doc.day, hour, weekday: doc.weekday, agentId, team, intent, locale: locale as Locale, values: decodeValues(values) })),
      );
    },

    watermark: state.watermark,
    setWatermark: state.setWatermark,
    /** Changes whenever stored figures change, in any process: what cached reports are keyed by. */
    generation: state.generation,
    lease: state.lease,

    async clear() {
      await Promise.all([slices.deleteMany({}), dayRows.deleteMany({}), contributionDocs.deleteMany({}), state.clearWatermark()]);
      await state.bumpGeneration();
    },
  };
}

export type ReportStore = ReturnType<typeof createReportStore>;
