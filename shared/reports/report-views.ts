/**
 * Everything the Reports screen and the REST API show, computed from the rows of a date
 * range. Pure: the server reads the rows, this sums them into tiles, series and tables.
 *
 * @example buildOverview({ rows, previousRows, from: '2026-03-01', to: '2026-03-07', agents })
 */
import type { Locale } from '../domain';
import { occupancy, summarize, type KpiFigures } from './kpi-summary';
import { addValues, type RowValues } from './report-rows';

export interface ReportRow {
  day: string;
  hour: number;
  weekday: number;
  agentId: string;
  team: string;
  intent: string;
  locale: Locale;
  values: RowValues;
}

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

function groupBy(rows: ReportRow[], key: (row: ReportRow) => string): Map<string, ReportRow[]> {
  const groups = new Map<string, ReportRow[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

function point(bucket: string, rows: ReportRow[]): SeriesPoint {
  const kpis = summarize(sumRows(rows));
  return { bucket, conversations: kpis.conversations, frtSeconds: kpis.frtSeconds, ahtSeconds: kpis.ahtSeconds, csatPositiveRate: kpis.csat.positiveRate };
}

function agentRows(rows: ReportRow[], agents: Map<string, { name: string; capacity: number }>): AgentReportRow[] {
  const result: AgentReportRow[] = [];
  for (const [agentId, own] of groupBy(rows.filter((row) => row.agentId !== ''), (row) => row.agentId)) {
    const kpis = summarize(sumRows(own));
    const busyHours = new Set(own.filter((row) => (row.values.assignedMs ?? 0) > 0).map((row) => `${row.day} ${row.hour}`)).size;
    const agent = agents.get(agentId);
    result.push({
      agentId,
      name: agent?.name ?? agentId,
      handled: kpis.handled,
      frtSeconds: kpis.frtSeconds,
      ahtSeconds: kpis.ahtSeconds,
      csatPositiveRate: kpis.csat.positiveRate,
      csatResponses: kpis.csat.responses,
      occupancy: occupancy(sumRows(own).assignedMs ?? 0, busyHours, agent?.capacity ?? 0),
      chatsPerHour: busyHours > 0 ? kpis.handled / busyHours : null,
      missed: kpis.missed,
    });
  }
  return result.sort((a, b) => b.handled - a.handled || a.name.localeCompare(b.name));
}

export function buildOverview(input: {
  rows: ReportRow[];
  previousRows: ReportRow[];
  from: string;
  to: string;
  agents: Map<string, { name: string; capacity: number }>;
}): ReportOverview {
  const { rows, from, to } = input;
  const previous = previousRange(from, to);
  const granularity = from === to ? 'hour' : 'day';
  const byBucket = groupBy(rows, (row) => (granularity === 'hour' ? `${row.day} ${String(row.hour).padStart(2, '0')}` : row.day));
  const buckets = granularity === 'hour' ? Array.from({ length: 24 }, (_, hour) => `${from} ${String(hour).padStart(2, '0')}`) : daysBetween(from, to);
  const heatmap = Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => 0));
  for (const row of rows) heatmap[row.weekday]![row.hour]! += row.values.conversations ?? 0;
  const intents = [...groupBy(rows.filter((row) => row.intent !== ''), (row) => row.intent)]
    .map(([intent, own]) => {
      const kpis = summarize(sumRows(own));
      return { intent, conversations: kpis.conversations, containmentRate: kpis.containmentRate, handoffs: Object.values(kpis.handoffsByReason).reduce((a, b) => a + b, 0) };
    })
    .filter((row) => row.conversations > 0)
    .sort((a, b) => b.conversations - a.conversations || a.intent.localeCompare(b.intent))
    .slice(0, 20);
  return {
    from,
    to,
    previousFrom: previous.from,
    previousTo: previous.to,
    kpis: summarize(sumRows(rows)),
    previous: summarize(sumRows(input.previousRows)),
    granularity,
    series: buckets.map((bucket) => point(bucket, byBucket.get(bucket) ?? [])),
    heatmap,
    agents: agentRows(rows, input.agents),
    intents,
  };
}
