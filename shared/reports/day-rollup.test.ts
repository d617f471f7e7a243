import { addToRollup, emptyRollup } from './day-rollup';
import { buildOverview, rollUpRows, type ReportRow } from './report-views';

const row = (hour: number, agentId: string, intent: string, values: Record<string, number>): ReportRow => ({ day: '2026-03-02', hour, weekday: 1, agentId, team: 'billing', intent, locale: 'ko', values });

describe('day rollups', () => {
  const rows = [
    row(9, 'a1', 'refund', { conversations: 1, handled: 1, handleMs: 60_000, assignedMs: 600_000, frtCount: 1, frtMs: 30_000, handoffs: 1 }),
    row(9, 'a1', 'shipping', { conversations: 1, handled: 1, handleMs: 120_000, assignedMs: 1_200_000 }),
    row(14, '', 'refund', { conversations: 1, contained: 1 }),
  ];

  it('sums per hour, agent and intent, counting the hours an agent held chats', () => {
    const [day] = rollUpRows(rows);
    expect(day!.hours[9]).toMatchObject({ conversations: 2, handled: 2 });
    expect(day!.agents).toEqual([{ agentId: 'a1', values: { handled: 2, handleMs: 180_000, assignedMs: 1_800_000, frtCount: 1, frtMs: 30_000 }, busy: [{ hour: 9, ms: 1_800_000 }] }]);
    expect(day!.intents.find((intent) => intent.intent === 'refund')!.values).toEqual({ conversations: 2, handoffs: 1, contained: 1 });
    expect(day!.teams).toEqual([{ team: 'billing', conversations: 3 }]);
  });

  it('leaves nothing behind when a row is taken out again', () => {
    const rollup = emptyRollup('2026-03-02', 1);
    for (const each of rows) addToRollup(rollup, each, 1);
    for (const each of rows) addToRollup(rollup, each, -1);
    expect(rollup).toEqual(emptyRollup('2026-03-02', 1));
  });

  it('feeds the overview: one agent busy one hour at capacity 2 holding 30 minutes of chats is 25% occupied', () => {
    const overview = buildOverview({ current: rollUpRows(rows), previous: [], options: { teams: [], intents: [], agents: [] }, from: '2026-03-02', to: '2026-03-02', agents: new Map([['a1', { name: 'Mina', capacity: 2 }]]) });
    expect(overview.agents[0]).toMatchObject({ name: 'Mina', handled: 2, occupancy: 0.25, chatsPerHour: 2, ahtSeconds: 90, frtSeconds: 30 });
    expect(overview.heatmap[1]![9]).toBe(2);
    expect(overview.series[14]).toMatchObject({ bucket: '2026-03-02 14', conversations: 1 });
    expect(overview.intents[0]).toEqual({ intent: 'refund', conversations: 2, containmentRate: 0.5, handoffs: 1 });
  });
});
