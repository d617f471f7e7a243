/**
 * The report store against the real embedded database: figures land in month slices that
 * answer each single filter, combined filters read one value's rows, a re-applied
 * contribution changes nothing, and a database in an old layout is rebuilt once.
 */
import type mongoose from 'mongoose';
import type { Contribution } from '../../shared/reports/report-rows';
import { rollUpRows, type ReportRow } from '../../shared/reports/report-views';
import { useTestDatabase } from '../testing/test-server';
import { upgradeReportLayout } from './report-layout-upgrade';
import { createReportStore, type ReportStore } from './report-store';

const database = useTestDatabase();
let connection: mongoose.Connection;
let store: ReportStore;
const siteId = 'site-slices';

beforeAll(() => {
  connection = database();
  store = createReportStore(connection);
});

const contribution = (day: string, hour: number, agentId: string, team: string, intent: string, locale: 'ko' | 'en', values: Record<string, number>): Contribution => ({
  key: { siteId, day, hour, weekday: new Date(`${day}T00:00:00Z`).getUTCDay(), agentId, team, intent, locale },
  values,
});
const asRow = ({ key: { siteId: _site, ...key }, values }: Contribution): ReportRow => ({ ...key, values });

describe('report store', () => {
  const first = [
    contribution('2026-02-27', 9, 'a1', 'billing', 'refund', 'ko', { conversations: 1, handled: 1, handleMs: 60_000, nps_9: 1 }),
    contribution('2026-03-02', 10, 'a2', 'billing', 'shipping', 'en', { conversations: 1, handled: 1, handleMs: 90_000, nps_2: 1 }),
  ];
  const second = [contribution('2026-03-02', 14, '', 'support', 'refund', 'ko', { conversations: 1, contained: 1 })];

  it('answers the whole site, one filter and combined filters from what was stored, and re-applying changes nothing', async () => {
    await store.replace([
      { conversationId: 'c1', next: first },
      { conversationId: 'c2', next: second },
    ]);
    const generation = await store.generation();
    await store.replace([{ conversationId: 'c2', next: second }]);
    expect(await store.generation()).toBe(generation);

    const all = [...first, ...second].map(asRow);
    expect(await store.readRollups(siteId, '2026-02-01', '2026-03-31')).toEqual(rollUpRows(all));
    expect(await store.readRollups(siteId, '2026-02-01', '2026-03-31', { dim: 'intent', value: 'refund' })).toEqual(rollUpRows(all.filter((row) => row.intent === 'refund')));
    expect(await store.readRollups(siteId, '2026-03-01', '2026-03-31', { dim: 'team', value: 'billing' })).toEqual(rollUpRows(all.filter((row) => row.team === 'billing' && row.day >= '2026-03-01')));
    expect(await store.readRollups(siteId, '2026-02-01', '2026-03-31', { dim: 'agent', value: 'nobody' })).toEqual([]);
    const [february, ...march] = await store.readRollups(siteId, '2026-02-01', '2026-03-31', { dim: '', value: '' }, '2026-03-01');
    expect(february).toMatchObject({ day: '2026-02-27', total: rollUpRows([all[0]!])[0]!.total, agents: [], intents: [] });
    expect(march).toEqual(rollUpRows(all.slice(1)));
    expect(await store.readOptions(siteId, '2026-03-01', '2026-03-31', new Map([['a2', { name: 'Joon' }]]))).toEqual({
      teams: ['billing', 'support'],
      intents: ['refund', 'shipping'],
      agents: [{ id: 'a2', name: 'Joon' }],
    });
    const byTime = (a: ReportRow, b: ReportRow) => a.day.localeCompare(b.day) || a.hour - b.hour;
    expect((await store.readRows(siteId, '2026-02-27', '2026-03-02', { dim: 'team', value: 'billing' })).sort(byTime)).toEqual(all.filter((row) => row.team === 'billing'));
    expect((await store.readRows(siteId, '2026-02-27', '2026-03-02', { dim: 'intent', value: 'refund' })).sort(byTime)).toEqual(all.filter((row) => row.intent === 'refund'));
    expect(await store.readRows(siteId, '2026-03-01', '2026-03-02', { dim: 'agent', value: 'a1' })).toEqual([]);
    expect(await store.readRows(siteId, '2026-02-01', '2026-03-31', { dim: 'agent', value: 'a2' })).toEqual([asRow(first[1]!)]);
  });

  it('takes a conversation out of every slice when it contributes nothing any more', async () => {
    await store.replace([{ conversationId: 'c1', next: [] }]);
    expect(await store.readRollups(siteId, '2026-02-01', '2026-02-28')).toEqual([]);
    expect(await store.readRollups(siteId, '2026-02-01', '2026-03-31', { dim: 'agent', value: 'a1' })).toEqual([]);
    expect(await store.readRows(siteId, '2026-02-27', '2026-02-27', { dim: 'team', value: 'billing' })).toEqual([]);
    expect(await connection.collection('reportslices').countDocuments({ _id: `${siteId}|2026-02|agent|a1` } as never)).toBe(0);
  });

  it('rebuilds a database in an old layout (per hour, or with day rows) once, then never again', async () => {
    await connection.collection('reportrollups').insertOne({ _id: `${siteId}|2026-01-05`, siteId, day: '2026-01-05', data: '{}' } as never);
    await connection.collection('reportdayrows').insertOne({ _id: `${siteId}|2026-01-05`, siteId, day: '2026-01-05', weekday: 1, data: '[]' } as never);
    let rebuilds = 0;
    const rebuild = async () => ++rebuilds;
    expect(await upgradeReportLayout(connection, rebuild)).toEqual({ rebuilt: 1 });
    expect(await connection.collection('reportrollups').countDocuments()).toBe(0);
    expect(await connection.collection('reportdayrows').countDocuments()).toBe(0);
    expect(await upgradeReportLayout(connection, rebuild)).toEqual({ rebuilt: null });
    expect(rebuilds).toBe(1);
  });
});
