/**
 * Pre-aggregated report figures, laid out so any report reads a handful of documents
 * (report-slices.ts): month slices of day rollups per site and per dimension value, the
 * agent, team and intent slices with their full rows too, for combined filters.
 * Each conversation's last contribution is kept too, so reprocessing it applies only the
 * difference — which makes the incremental job idempotent and safe to re-run.
 */
import type { Connection, mongo } from 'mongoose';
import type { Locale } from '../../shared/domain';
import type { DayRollup } from '../../shared/reports/day-rollup';
import { rollupOptions } from '../../shared/reports/report-views';
import { addValues, rowId, type Contribution } from '../../shared/reports/report-rows';
import type { ReportOverview, ReportRow } from '../../shared/reports/report-views';
import { createReportState } from './report-state';
import { decodeRollup, decodeValues, encodeDetail, encodeTotal, encodeValues, type StoredDetail, type StoredRow, type StoredTotal } from './report-codec';
import { addToMonth, keepsRows, monthOf, monthsBetween, sliceId, slicesOf, type MonthDays, type Slice } from './report-slices';

type Collection<T extends mongo.Document> = mongo.Collection<T>;
type Filter<T> = mongo.Filter<T>;

/**
 * What is stored: the figures as one JSON string per document. The embedded FerretDB
 * spends time per field it converts (a 12 KB rollup with its nested objects took ~0.3 s to
 * read, measured); one string field costs next to nothing. A slice is kept in parts so a
 * report reads only what it shows: `t` the day totals (all the previous period needs), `d`
 * the rest of each day's rollup, `o` (whole site only) the names the filter menus offer,
 * `r` (agent, team and intent slices) the month's full rows by day.
 */
type Part = 't' | 'd' | 'o' | 'r';

interface SliceDoc {
  _id: string;
  siteId: string;
  month: string;
  dim: string;
  value: string;
  part: Part;
  data: string;
}

/** A slice's full rows, by day. */
type MonthRows = Record<string, StoredRow[]>;

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

/** Adds a row's difference into a slice's rows of `day`; a row that comes to nothing is dropped. */
function addToRows(month: Map<string, Map<string, StoredRow>>, day: string, row: StoredRow, values: Contribution['values']) {
  const rows = month.get(day) ?? new Map<string, StoredRow>();
  const id = subRowId(row);
  const sum = addValues(decodeValues(rows.get(id)?.[5] ?? []), values);
  if (Object.keys(sum).length === 0) rows.delete(id);
  else rows.set(id, [row[0], row[1], row[2], row[3], row[4], encodeValues(sum)]);
  if (rows.size === 0) month.delete(day);
  else month.set(day, rows);
}

function dayOptions(day: DayRollup): DayOptions {
  const { agents, teams, intents } = rollupOptions([day], new Map());
  return [agents.map((agent) => agent.id), teams, intents];
}

export function createReportStore(connection: Connection) {
  const slices = connection.collection<SliceDoc>('reportslices');
  const contributionDocs = connection.collection<{ _id: string; data: string }>('reportcontributions');
  const state = createReportState(connection);

  /** Adds `deltas` (already net of what was there) into the slices and their rows. */
  async function applyDeltas(deltas: Contribution[]) {
    if (deltas.length === 0) return;
    const sliceKeys = new Map<string, { siteId: string; month: string; slice: Slice }>();
    for (const { key } of deltas) {
      for (const slice of slicesOf(key)) sliceKeys.set(sliceId(key.siteId, monthOf(key.day), slice), { siteId: key.siteId, month: monthOf(key.day), slice });
    }
    const partIds = [...sliceKeys].flatMap(([id, { slice }]) => (keepsRows(slice) ? [`${id}|t`, `${id}|d`, `${id}|r`] : [`${id}|t`, `${id}|d`]));
    const parts = new Map((await byIds(slices, partIds)).map((doc) => [doc._id, JSON.parse(doc.data) as Record<string, unknown>]));
    const monthById = new Map<string, MonthDays>();
    const rowsById = new Map<string, Map<string, Map<string, StoredRow>>>();
    for (const [id, { slice }] of sliceKeys) {
      const totals = (parts.get(`${id}|t`) ?? {}) as Record<string, StoredTotal>;
      const details = (parts.get(`${id}|d`) ?? {}) as Record<string, StoredDetail>;
      monthById.set(id, Object.fromEntries(Object.entries(totals).map(([day, total]) => [day, decodeRollup(day, total, details[day])])));
      if (!keepsRows(slice)) continue;
      const byDay = Object.entries((parts.get(`${id}|r`) ?? {}) as MonthRows);
      rowsById.set(id, new Map(byDay.map(([day, rows]) => [day, new Map(rows.map((row) => [subRowId(row), row]))])));
    }
    for (const { key, values } of deltas) {
      const row: StoredRow = [key.hour, key.agentId, key.team, key.intent, key.locale, []];
      for (const slice of slicesOf(key)) {
        const id = sliceId(key.siteId, monthOf(key.day), slice);
        monthById.set(id, addToMonth(monthById.get(id) ?? {}, key, values));
        const month = rowsById.get(id);
        if (month) addToRows(month, key.day, row, values);
      }
    }
    const written = [...sliceKeys].flatMap(([id, { siteId, month, slice }]) => {
      const days = Object.values(monthById.get(id)!);
      const doc = (part: Part, data: unknown) => ({ _id: `${id}|${part}`, siteId, month, dim: slice.dim, value: slice.value, part, data: JSON.stringify(data) });
      const docs = [doc('t', Object.fromEntries(days.map((day) => [day.day, encodeTotal(day)]))), doc('d', Object.fromEntries(days.map((day) => [day.day, encodeDetail(day)])))];
      if (slice.dim === '') docs.push(doc('o', Object.fromEntries(days.map((day) => [day.day, dayOptions(day)]))));
      const rows = rowsById.get(id);
      if (rows) docs.push(doc('r', Object.fromEntries([...rows].map(([day, byRow]) => [day, [...byRow.values()]]))));
      return docs;
    });
    await slices.bulkWrite(writes(written, '{}') as never, { ordered: false });
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

    /** The full rows of an agent, team or intent slice from `fromDay` to `toDay`, for reports that combine filters. */
    async readRows(siteId: string, fromDay: string, toDay: string, slice: Slice): Promise<ReportRow[]> {
      const docs = await byIds(slices, monthsBetween(fromDay, toDay).map((month) => `${sliceId(siteId, month, slice)}|r`));
      return docs.flatMap((doc) =>
        Object.entries(JSON.parse(doc.data) as MonthRows)
          .filter(([day]) => day >= fromDay && day <= toDay)
          .flatMap(([day, rows]) => {
            const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
            return rows.map(([hour, agentId, team, intent, locale, values]) => ({ day, hour, weekday, agentId, team, intent, locale: locale as Locale, values: decodeValues(values) }));
          }),
      );
    },

    watermark: state.watermark,
    setWatermark: state.setWatermark,
    /** Changes whenever stored figures change, in any process: what cached reports are keyed by. */
    generation: state.generation,
    lease: state.lease,

    async clear() {
      await Promise.all([slices.deleteMany({}), contributionDocs.deleteMany({}), state.clearWatermark()]);
      await state.bumpGeneration();
    },
  };
}

export type ReportStore = ReturnType<typeof createReportStore>;
