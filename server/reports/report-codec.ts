/**
 * The stored form of report figures: figures as flat arrays of `[name index, amount, …]`
 * instead of objects keyed by name. The embedded FerretDB's cost of reading a document
 * grows with its bytes (a month of day rollups as JSON objects, ~290 KB, took 20–40 ms to
 * read); names like "frtBusinessMs" repeated in every entry were most of them.
 *
 * @example encodeValues({ conversations: 2, frtMs: 51_000 }) // → [0, 2, 21, 51000]
 */
import type { DayRollup } from '../../shared/reports/day-rollup';
import { HANDOFF_REASONS, type RowValues } from '../../shared/reports/report-rows';

/** Every name reports store, in a fixed order: a name's index is what is stored. Append only. */
const NAMES = [
  'conversations', 'contained', 'botSolved', 'closed', 'reopened', 'transfers', 'handoffs',
  ...HANDOFF_REASONS.map((reason) => `handoff_${reason}`),
  ...Array.from({ length: 5 }, (_, i) => `csat5_${i + 1}`),
  ...Array.from({ length: 10 }, (_, i) => `csat10_${i + 1}`),
  ...Array.from({ length: 11 }, (_, i) => `nps_${i}`),
  'fcrEligible', 'fcrResolved', 'waitCount', 'waitMs', 'abandoned', 'abandonWaitMs', 'frtFirstCount', 'frtFirstMs',
  'frtCount', 'frtMs', 'frtBusinessMs', 'responseCount', 'responseMs', 'handled', 'handleMs', 'assignedMs', 'missed',
];
const INDEX = new Map(NAMES.map((name, i) => [name, i]));

/** A name not in the list is stored as itself, so nothing is ever lost. */
export function encodeValues(values: RowValues): (number | string)[] {
  const out: (number | string)[] = [];
  for (const [name, amount] of Object.entries(values)) out.push(INDEX.get(name) ?? name, amount);
  return out;
}

export function decodeValues(encoded: (number | string)[]): RowValues {
  const values: RowValues = {};
  for (let i = 0; i < encoded.length; i += 2) {
    const key = encoded[i]!;
    values[typeof key === 'number' ? NAMES[key]! : key] = encoded[i + 1] as number;
  }
  return values;
}

type Encoded = (number | string)[];

/** A full row inside a day document: hour, agent, team, intent, locale, figures. */
export type StoredRow = [hour: number, agentId: string, team: string, intent: string, locale: string, values: Encoded];

/** A day's total, for every day a report covers (the previous period needs no more). */
export type StoredTotal = [weekday: number, total: Encoded];

/** The rest of a day's rollup, for the days of the range itself. */
export interface StoredDetail {
  /** Hour → figures, only hours with any. */
  h: Record<string, Encoded>;
  /** Agent id → [figures, busy as hour, ms, hour, ms, …]. */
  a: Record<string, [Encoded, number[]]>;
  i: Record<string, Encoded>;
  t: Record<string, number>;
}

export const encodeTotal = (rollup: DayRollup): StoredTotal => [rollup.weekday, encodeValues(rollup.total)];

export function encodeDetail(rollup: DayRollup): StoredDetail {
  const h: StoredDetail['h'] = {};
  rollup.hours.forEach((values, hour) => {
    if (Object.keys(values).length > 0) h[hour] = encodeValues(values);
  });
  return {
    h,
    a: Object.fromEntries(rollup.agents.map((agent) => [agent.agentId, [encodeValues(agent.values), agent.busy.flatMap((busy) => [busy.hour, busy.ms])]])),
    i: Object.fromEntries(rollup.intents.map((intent) => [intent.intent, encodeValues(intent.values)])),
    t: Object.fromEntries(rollup.teams.map((team) => [team.team, team.conversations])),
  };
}

/** The day's rollup back; without `detail`, only its total (hours, agents, intents and teams empty). */
export function decodeRollup(day: string, [weekday, total]: StoredTotal, detail?: StoredDetail): DayRollup {
  const hours: RowValues[] = Array.from({ length: 24 }, () => ({}));
  if (!detail) return { day, weekday, total: decodeValues(total), hours, agents: [], intents: [], teams: [] };
  for (const [hour, values] of Object.entries(detail.h)) hours[Number(hour)] = decodeValues(values);
  return {
    day,
    weekday,
    total: decodeValues(total),
    hours,
    agents: Object.entries(detail.a).map(([agentId, [values, busy]]) => ({
      agentId,
      values: decodeValues(values),
      busy: Array.from({ length: busy.length / 2 }, (_, i) => ({ hour: busy[2 * i]!, ms: busy[2 * i + 1]! })),
    })),
    intents: Object.entries(detail.i).map(([intent, values]) => ({ intent, values: decodeValues(values) })),
    teams: Object.entries(detail.t).map(([team, conversations]) => ({ team, conversations })),
  };
}
