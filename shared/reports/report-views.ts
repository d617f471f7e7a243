/**
 * Everything the Reports screen and the REST API show, computed from the rows of a date
 * range. Pure: the server reads the rows, this sums them into tiles, series and tables.
 *
 * @example buildOverview({ rows, previousRows, from: '2026-03-01', to: '2026-03-07', agents })
 */
import type { Locale } from '../domain';
import { occupancy, summarize, type KpiFigures } from './kpi-summary';
import { addToRollup, emptyRollup, type DayRollup } from './day-rollup';
import { addValues, type RowKey, type RowValues } from './report-rows';

/** An aggregate row as reports read it: its key within the site, and its figures. */
export type ReportRow = Omit<RowKey, 'siteId'> & { values: RowValues };

export interface ReportFilter {
  team?: string | undefined;
  agentId?: string | undefined;
  intent?: string | undefined;
  locale?: Locale | undefined;
}

export interface SeriesPoint {
  /** `YYYY-MM-DD`, or `YYYY-MM-DD HH` for a one-day range. */
  bucket: string;
  conversations: number;
  frtSeconds: number | null;
  ahtSeconds: number | null;
  csatPositiveRate: number | null;
}

export interface AgentReportRow {
  agentId: string;
  name: string;
  handled: number;
  frtSeconds: number | null;
  ahtSeconds: number | null;
  csatPositiveRate: number | null;
  csatResponses: number;
  occupancy: number | null;
  chatsPerHour: number | null;
  missed: number;
}

export interface IntentReportRow {
  intent: string;
  conversations: number;
  containmentRate: number | null;
  handoffs: number;
}

export interface ReportOverview {
  from: string;
  to: string;
  previousFrom: string;
  previousTo: string;
  kpis: KpiFigures;
  previous: KpiFigures;
  granularity: 'day' | 'hour';
  series: SeriesPoint[];
  /** Incoming conversations by weekday (0 = Sunday) × local hour. */
  heatmap: number[][];
  agents: AgentReportRow[];
  intents: IntentReportRow[];
  /** What the filters can choose from in this range, whatever is chosen now. */
  options: { teams: string[]; intents: string[]; agents: { id: string; name: string }[] };
}

export const matchesFilter = (row: ReportRow, filter: ReportFilter) =>
  (filter.team === undefined || row.team === filter.team) &&
  (filter.agentId === undefined || row.agentId === filter.agentId) &&
  (filter.intent === undefined || row.intent === filter.intent) &&
  (filter.locale === undefined || row.locale === filter.locale);

const DAY_MS = 86_400_000;
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;
const dayString = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** Every day from `from` to `to` inclusive. */
export function daysBetween(from: string, to: string): string[] {
  const days = [];
  for (let n = dayNumber(from); n <= dayNumber(to); n++) days.push(dayString(n));
  return days;
}

/** The range of the same length just before `from`…`to`, for "change vs previous period". */
export function previousRange(from: string, to: string): { from: string; to: string } {
  const length = dayNumber(to) - dayNumber(from) + 1;
  return { from: dayString(dayNumber(from) - length), to: dayString(dayNumber(from) - 1) };
}

export function sumRows(rows: ReportRow[]): RowValues {
  const total: RowValues = {};
  for (const row of rows) addValues(total, row.values);
  return total;
}

function merge<T>(items: T[], key: (item: T) => string, values: (item: T) => RowValues): Map<string, RowValues> {
  const merged = new Map<string, RowValues>();
  for (const item of items) merged.set(key(item), addValues(merged.get(key(item)) ?? {}, values(item)));
  return merged;
}

function point(bucket: string, values: RowValues): SeriesPoint {
  const kpis = summarize(values);
  return { bucket, conversations: kpis.conversations, frtSeconds: kpis.frtSeconds, ahtSeconds: kpis.ahtSeconds, csatPositiveRate: kpis.csat.positiveRate };
}

function agentRows(days: DayRollup[], agents: Map<string, { name: string; capacity: number }>): AgentReportRow[] {
  const all = days.flatMap((day) => day.agents);
  const busyHours = new Map<string, number>();
  for (const agent of all) busyHours.set(agent.agentId, (busyHours.get(agent.agentId) ?? 0) + agent.busy.length);
  return [...merge(all, (agent) => agent.agentId, (agent) => agent.values)]
    .map(([agentId, values]) => {
      const kpis = summarize(values);
      const busy = busyHours.get(agentId) ?? 0;
      const agent = agents.get(agentId);
      return {
        agentId,
        name: agent?.name ?? agentId,
        handled: kpis.handled,
        frtSeconds: kpis.frtSeconds,
        ahtSeconds: kpis.ahtSeconds,
        csatPositiveRate: kpis.csat.positiveRate,
        csatResponses: kpis.csat.responses,
        occupancy: occupancy(values.assignedMs ?? 0, busy, agent?.capacity ?? 0),
        chatsPerHour: busy > 0 ? kpis.handled / busy : null,
        missed: kpis.missed,
      };
    })
    .sort((a, b) => b.handled - a.handled || a.name.localeCompare(b.name));
}

/** Rolls filtered rows up into one rollup per day, the shape the overview reads. */
export function rollUpRows(rows: ReportRow[]): DayRollup[] {
  const days = new Map<string, DayRollup>();
  for (const row of rows) {
    const day = days.get(row.day) ?? emptyRollup(row.day, row.weekday);
    days.set(row.day, addToRollup(day, row, 1));
  }
  return [...days.values()];
}

/** The filter menus when nothing is filtered: read off the rollups. */
export function rollupOptions(days: DayRollup[], agents: Map<string, { name: string }>): ReportOverview['options'] {
  const distinct = (values: string[]) => [...new Set(values)].sort();
  return {
    teams: distinct(days.flatMap((day) => day.teams.map((team) => team.team))),
    intents: distinct(days.flatMap((day) => day.intents.map((intent) => intent.intent))),
    agents: distinct(days.flatMap((day) => day.agents.map((agent) => agent.agentId))).map((id) => ({ id, name: agents.get(id)?.name ?? id })),
  };
}

export function buildOverview(input: {
  current: DayRollup[];
  previous: DayRollup[];
  options: ReportOverview['options'];
  from: string;
  to: string;
  agents: Map<string, { name: string; capacity: number }>;
}): ReportOverview {
  const { current, from, to } = input;
  const previous = previousRange(from, to);
  const sum = (days: DayRollup[]) => days.reduce((total, day) => addValues(total, day.total), {} as RowValues);
  const granularity = from === to ? 'hour' : 'day';
  const byDay = new Map(current.map((day) => [day.day, day]));
  const series =
    granularity === 'hour'
      ? Array.from({ length: 24 }, (_, hour) => point(`${from} ${String(hour).padStart(2, '0')}`, byDay.get(from)?.hours[hour] ?? {}))
      : daysBetween(from, to).map((day) => point(day, byDay.get(day)?.total ?? {}));
  const heatmap = Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => 0));
  for (const day of current) day.hours.forEach((values, hour) => (heatmap[day.weekday]![hour]! += values.conversations ?? 0));
  const intents = [...merge(current.flatMap((day) => day.intents), (intent) => intent.intent, (intent) => intent.values)]
    .map(([intent, values]) => {
      const kpis = summarize(values);
      return { intent, conversations: kpis.conversations, containmentRate: kpis.containmentRate, handoffs: values.handoffs ?? 0 };
    })
    .filter((row) => row.conversations > 0)
    .sort((a, b) => b.conversations - a.conversations || a.intent.localeCompare(b.intent))
    .slice(0, 20);
  return {
    from,
    to,
    previousFrom: previous.from,
    previousTo: previous.to,
    kpis: summarize(sum(current)),
    previous: summarize(sum(input.previous)),
    granularity,
    series,
    heatmap,
    agents: agentRows(current, input.agents),
    intents,
    options: input.options,
  };
}
