/**
 * A day's report rows summed the ways the Reports screen reads them: the day's total, per
 * hour, per agent and per intent. Kept beside the full rows and updated by the same
 * differences, so an unfiltered 90-day report reads 90 small documents instead of every
 * row. Everything here is a sum, so adding a row and later subtracting it leaves nothing.
 *
 * @example addToRollup(emptyRollup('2026-03-02', 1), row, 1)
 */
import { addValues, type RowValues } from './report-rows';

/** What the per-hour series needs (conversations, FRT, handle time, CSAT). */
const HOUR_KEY = /^(conversations|frtCount|frtMs|handled|handleMs|csat\d+_\d+)$/;
/** What the per-agent table needs. */
const AGENT_KEY = /^(handled|frtCount|frtMs|handleMs|assignedMs|missed|csat\d+_\d+)$/;
/** What the intents table needs. */
const INTENT_KEY = /^(conversations|contained|handoffs|handoff_.+)$/;

export interface DayRollup {
  day: string;
  weekday: number;
  total: RowValues;
  /** `hours[h]`: the series figures of local hour h. */
  hours: RowValues[];
  /** `busy`: the hours the agent held any chat (occupancy counts them), with how long. */
  agents: { agentId: string; values: RowValues; busy: { hour: number; ms: number }[] }[];
  intents: { intent: string; values: RowValues }[];
  /** Conversations per team, for the filter menu. */
  teams: { team: string; conversations: number }[];
}

export interface RollupRow {
  hour: number;
  agentId: string;
  team: string;
  intent: string;
  values: RowValues;
}

export const emptyRollup = (day: string, weekday: number): DayRollup => ({ day, weekday, total: {}, hours: Array.from({ length: 24 }, () => ({})), agents: [], intents: [], teams: [] });

const pick = (values: RowValues, key: RegExp, sign: number): RowValues => {
  const picked: RowValues = {};
  for (const [name, amount] of Object.entries(values)) if (key.test(name)) picked[name] = sign * amount;
  return picked;
};

function entry<T extends object>(list: T[], find: (item: T) => boolean, make: () => T): T {
  let found = list.find(find);
  if (!found) list.push((found = make()));
  return found;
}

/** Adds `row` (times `sign`) into the rollup, dropping entries that come to nothing. */
export function addToRollup(rollup: DayRollup, row: RollupRow, sign: number): DayRollup {
  addValues(rollup.total, row.values, sign);
  addValues(rollup.hours[row.hour]!, pick(row.values, HOUR_KEY, 1), sign);
  if (row.agentId !== '') {
    const agent = entry(rollup.agents, (a) => a.agentId === row.agentId, () => ({ agentId: row.agentId, values: {}, busy: [] }));
    addValues(agent.values, pick(row.values, AGENT_KEY, 1), sign);
    const assigned = (row.values.assignedMs ?? 0) * sign;
    if (assigned !== 0) {
      // Objects, not [hour, ms] pairs: FerretDB stores no nested arrays.
      entry(agent.busy, (busy) => busy.hour === row.hour, () => ({ hour: row.hour, ms: 0 })).ms += assigned;
      agent.busy = agent.busy.filter((busy) => busy.ms !== 0);
    }
    if (Object.keys(agent.values).length === 0 && agent.busy.length === 0) rollup.agents = rollup.agents.filter((a) => a !== agent);
  }
  if (row.intent !== '') {
    const intent = entry(rollup.intents, (i) => i.intent === row.intent, () => ({ intent: row.intent, values: {} }));
    addValues(intent.values, pick(row.values, INTENT_KEY, 1), sign);
    if (Object.keys(intent.values).length === 0) rollup.intents = rollup.intents.filter((i) => i !== intent);
  }
  if (row.team !== '' && row.values.conversations) {
    const team = entry(rollup.teams, (t) => t.team === row.team, () => ({ team: row.team, conversations: 0 }));
    team.conversations += sign * row.values.conversations;
    if (team.conversations === 0) rollup.teams = rollup.teams.filter((t) => t !== team);
  }
  return rollup;
}
