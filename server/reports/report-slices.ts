/**
 * How report figures are laid out in storage, as pure functions. The embedded FerretDB
 * pays per document read, so a report must read a handful of documents whatever its range
 * or filter:
 * - a *slice* per site × local month holds that month's day rollups (an unfiltered 90-day
 *   report with its previous period reads ~7);
 * - a slice per site × month × dimension value (agent, team, intent or locale) holds the
 *   day rollups of only the rows with that value, so one filter reads its own ~7;
 * - the agent, team and intent slices also keep their month's full rows, read only when two
 *   or more filters are combined (they combine freely, so no rollup answers them): the
 *   rows of the most selective value set, filtered by the others (rowsSliceForFilter).
 *
 * @example sliceIdsFor('s1', '2026-01-15', '2026-03-02', { dim: 'team', value: 'billing' })
 * // → ['s1|2026-01|team|billing', 's1|2026-02|team|billing', 's1|2026-03|team|billing']
 */
import { addToRollup, emptyRollup, type DayRollup } from '../../shared/reports/day-rollup';
import type { RowKey, RowValues } from '../../shared/reports/report-rows';
import type { ReportFilter } from '../../shared/reports/report-views';

export type SliceDim = '' | 'agent' | 'team' | 'intent' | 'locale';

/** One slice: a site's month, for everything (`dim` '') or for one dimension value. */
export interface Slice {
  dim: SliceDim;
  value: string;
}

export const WHOLE_SITE: Slice = { dim: '', value: '' };

export const monthOf = (day: string) => day.slice(0, 7);

export const sliceId = (siteId: string, month: string, slice: Slice) => (slice.dim === '' ? `${siteId}|${month}` : `${siteId}|${month}|${slice.dim}|${slice.value}`);

/** Slices that also keep their full rows: every combination of two filters sets one of these. */
export const keepsRows = (slice: Slice) => slice.dim === 'agent' || slice.dim === 'team' || slice.dim === 'intent';

/** The slices a row's figures are added to: the whole site and each of its non-empty values. */
export function slicesOf(key: Pick<RowKey, 'agentId' | 'team' | 'intent' | 'locale'>): Slice[] {
  const slices: Slice[] = [WHOLE_SITE];
  if (key.agentId !== '') slices.push({ dim: 'agent', value: key.agentId });
  if (key.team !== '') slices.push({ dim: 'team', value: key.team });
  if (key.intent !== '') slices.push({ dim: 'intent', value: key.intent });
  slices.push({ dim: 'locale', value: key.locale });
  return slices;
}

/** The one slice that answers `filter` exactly, or null when it sets two or more values. */
export function sliceForFilter(filter: ReportFilter): Slice | null {
  const set: Slice[] = [];
  if (filter.agentId !== undefined) set.push({ dim: 'agent', value: filter.agentId });
  if (filter.team !== undefined) set.push({ dim: 'team', value: filter.team });
  if (filter.intent !== undefined) set.push({ dim: 'intent', value: filter.intent });
  if (filter.locale !== undefined) set.push({ dim: 'locale', value: filter.locale });
  if (set.length === 0) return WHOLE_SITE;
  return set.length === 1 ? set[0]! : null;
}

/**
 * The slice whose rows answer a combined filter: of the values it sets, the one likely to
 * hold the fewest rows (a site has more agents than intents, more intents than teams).
 */
export function rowsSliceForFilter(filter: ReportFilter): Slice {
  if (filter.agentId !== undefined) return { dim: 'agent', value: filter.agentId };
  if (filter.intent !== undefined) return { dim: 'intent', value: filter.intent };
  if (filter.team !== undefined) return { dim: 'team', value: filter.team };
  throw new Error('a combined filter sets an agent, an intent or a team');
}

/** Every month from `fromDay`'s to `toDay`'s inclusive, `YYYY-MM`. */
export function monthsBetween(fromDay: string, toDay: string): string[] {
  const months: string[] = [];
  let [year, month] = monthOf(fromDay).split('-').map(Number) as [number, number];
  const last = monthOf(toDay);
  for (;;) {
    const current = `${year}-${String(month).padStart(2, '0')}`;
    if (current > last) return months;
    months.push(current);
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
}

export const sliceIdsFor = (siteId: string, fromDay: string, toDay: string, slice: Slice) => monthsBetween(fromDay, toDay).map((month) => sliceId(siteId, month, slice));

/** A month's day rollups by day; a day that comes to nothing is dropped. */
export type MonthDays = Record<string, DayRollup>;

const isEmpty = (rollup: DayRollup) =>
  Object.keys(rollup.total).length === 0 && rollup.agents.length === 0 && rollup.intents.length === 0 && rollup.teams.length === 0 && rollup.hours.every((hour) => Object.keys(hour).length === 0);

/** Adds a row's difference into a month's day rollups. */
export function addToMonth(days: MonthDays, key: Pick<RowKey, 'day' | 'weekday' | 'hour' | 'agentId' | 'team' | 'intent'>, values: RowValues): MonthDays {
  const rollup = days[key.day] ?? emptyRollup(key.day, key.weekday);
  addToRollup(rollup, { hour: key.hour, agentId: key.agentId, team: key.team, intent: key.intent, values }, 1);
  if (isEmpty(rollup)) delete days[key.day];
  else days[key.day] = rollup;
  return days;
}

/** The day rollups of `fromDay`…`toDay` out of month slices. */
export function daysInRange(months: MonthDays[], fromDay: string, toDay: string): DayRollup[] {
  return months
    .flatMap((days) => Object.values(days))
    .filter((rollup) => rollup.day >= fromDay && rollup.day <= toDay)
    .sort((a, b) => a.day.localeCompare(b.day));
}
