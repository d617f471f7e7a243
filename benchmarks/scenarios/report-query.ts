/**
 * Report query latency at scale: the aggregate rows that 1,000,000 messages over 90 days
 * produce (≈100,000 conversations of 10 messages, 20 agents, 4 teams, 15 intents, 2
 * locales, and as many again in the previous 90 days for the comparison; 100,000 messages
 * with --quick), computed by the real KPI code and stored as the job stores them; then
 * `GET /api/reports/overview` for 90 days through a running Parley, unfiltered, with one
 * filter and with two combined. Cold: the store's generation is bumped before each request,
 * so Parley's report cache cannot answer; warm: the same request repeated. The raw
 * messages themselves are not inserted: reports never read them.
 */
import mongoose from 'mongoose';
import type { ReportConversation, ReportMessage } from '../../shared/reports/conversation-facts';
import { conversationFacts } from '../../shared/reports/conversation-facts';
import { localParts } from '../../shared/reports/local-time';
import { contributions } from '../../shared/reports/report-rows';
import { DEFAULT_BUSINESS_HOURS } from '../../shared/settings';
import { withDatabaseName } from '../../server/database/provision';
import { createReportState } from '../../server/reports/report-state';
import { createReportStore } from '../../server/reports/report-store';
import { ADMIN, benchDatabase, startParley } from '../support/processes';
import { ms, percentile, type Row } from '../support/stats';

const DAYS = 90;
const progress = (step: string) => process.env.BENCH_VERBOSE && console.error(`[reports] ${new Date().toISOString()} ${step}`);
const FULL_MESSAGES = 1_000_000;
const QUICK_MESSAGES = 100_000;
const PER_CONVERSATION = 10;
const HANDOFF_REASONS = ['visitor_request', 'low_confidence', 'negative_sentiment', 'intent_requires_human'] as const;

/** A small deterministic generator, so every run seeds the same traffic. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

function conversation(i: number, createdAt: number, next: () => number, siteId: string): ReportConversation {
  const handedOff = next() < 0.6;
  const agentId = `agent-${Math.floor(next() * 20)}`;
  const messages: ReportMessage[] = [];
  let at = createdAt;
  for (let m = 0; m < PER_CONVERSATION; m++) {
    at += Math.floor(next() * 90_000);
    messages.push({ kind: m % 2 === 0 ? 'visitor' : handedOff && m > 2 ? 'agent' : 'bot', at, authorId: m % 2 === 0 ? 'visitor' : handedOff && m > 2 ? agentId : null });
  }
  const handoffAt = messages[2]!.at;
  const closedAt = at + 60_000;
  return {
    id: `c${i}`,
    siteId,
    visitorId: `v${Math.floor(i / 2)}`,
    locale: next() < 0.7 ? 'ko' : 'en',
    team: `team-${Math.floor(next() * 4)}`,
    createdAt,
    closedAt,
    resolution: handedOff ? 'agent' : 'bot',
    handoff: handedOff ? { reason: HANDOFF_REASONS[Math.floor(next() * 4)]!, at: handoffAt } : null,
    intents: [{ name: `intent-${Math.floor(next() * 15)}`, confidence: next() }],
    csat: next() < 0.4 ? { score: 1 + Math.floor(next() * 5), scale: 5 } : null,
    nps: next() < 0.2 ? Math.floor(next() * 11) : null,
    events: handedOff
      ? [
          { type: 'queued', at: handoffAt, agentId: null },
          { type: 'assigned', at: handoffAt + 20_000, agentId },
          { type: 'closed', at: closedAt, agentId },
        ]
      : [{ type: 'closed', at: closedAt, agentId: null }],
    messages,
  };
}

export async function seed(databaseUri: string, siteId: string, endsAt: number, messages: number) {
  const connection = await mongoose.createConnection(databaseUri).asPromise();
  const store = createReportStore(connection);
  const perPeriod = messages / PER_CONVERSATION;
  const next = random(42);
  const span = DAYS * 86_400_000;
  // Both periods, a month at a time so each month slice is written once.
  const byMonth = new Map<string, ReturnType<typeof contributions>>();
  for (let i = 0; i < perPeriod * 2; i++) {
    const createdAt = endsAt - 2 * span + Math.floor((i / (perPeriod * 2)) * 2 * span);
    const c = conversation(i, createdAt, next, siteId);
    const rows = contributions(c, conversationFacts(c, { businessHours: DEFAULT_BUSINESS_HOURS }), c.resolution === 'agent' ? next() < 0.8 : null, 'Asia/Seoul');
    const month = localParts(createdAt, 'Asia/Seoul').day.slice(0, 7);
    const list = byMonth.get(month) ?? [];
    list.push(...rows);
    byMonth.set(month, list);
  }
  let rows = 0;
  progress(`computed ${byMonth.size} months`);
  for (const [month, monthRows] of byMonth) {
    await store.addRows(monthRows);
    progress(`wrote ${month}`);
    rows += monthRows.length;
  }
  const slices = await connection.collection('reportslices').countDocuments();
  await connection.close();
  return { rows, slices };
}

export async function reportQuery(quick: boolean): Promise<Row[]> {
  const databaseName = `bench_reports_${Date.now()}`;
  progress('starting Parley');
  const parley = await startParley({ databaseName });
  progress('Parley ready');
  try {
    const databaseUri = withDatabaseName((await benchDatabase()).uri, databaseName);
    const login = await fetch(`${parley.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) });
    const { token } = (await login.json()) as { token: string };
    const probe = await mongoose.createConnection(databaseUri).asPromise();
    const site = await probe.collection('sites').findOne({ key: 'demo' });
    await probe.close();
    const now = Date.now();
    const messages = quick ? QUICK_MESSAGES : FULL_MESSAGES;
    progress('seeding');
    const seedStarted = performance.now();
    const seeded = await seed(databaseUri, String(site!._id), now, messages);
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    progress(`seeded ${seeded.rows} rows in ${seedSeconds.toFixed(0)} s`);
    const to = localParts(now, 'Asia/Seoul').day;
    const from = localParts(now - (DAYS - 1) * 86_400_000, 'Asia/Seoul').day;
    const stateConnection = await mongoose.createConnection(databaseUri).asPromise();
    const state = createReportState(stateConnection);
    const timeQuery = async (extra: string, cold: boolean) => {
      const samples: number[] = [];
      for (let i = 0; i < (quick ? 7 : 15); i++) {
        // A new generation is what any write to the figures makes: the cached answer no longer counts.
        if (cold) await state.bumpGeneration();
        const started = performance.now();
        const response = await fetch(`${parley.url}/api/reports/overview?from=${from}&to=${to}${extra}`, { headers: { authorization: `Bearer ${token}` } });
        if (!response.ok) throw new Error(`report answered ${response.status}`);
        await response.json();
        samples.push(performance.now() - started);
      }
      return samples;
    };
    const scenario = `8. report over ${DAYS} days, ${messages.toLocaleString('en')} messages (${seeded.rows.toLocaleString('en')} rows; ${seeded.slices} month slice documents; seeded in ${seedSeconds.toFixed(0)} s)`;
    const rows: Row[] = [];
    const cases = [
      ['no filter (site month slices)', ''],
      ['locale filter (its month slices)', '&locale=ko'],
      ['agent filter (its month slices)', '&agent=agent-3'],
      ['team + intent (rows of the intent)', '&team=team-1&intent=intent-2'],
    ] as const;
    try {
      for (const [name, extra] of cases) {
        for (const cold of [true, false]) {
          const samples = await timeQuery(extra, cold);
          const p95 = percentile(samples, 95);
          const label = `${name}, ${cold ? 'cold' : 'warm'}`;
          rows.push({ scenario, measure: `${label} p50 (${samples.length})`, value: ms(percentile(samples, 50)), met: '—' });
          rows.push({ scenario, measure: `${label} p95`, value: ms(p95), goal: '≤ 300 ms', met: p95 <= 300 ? 'yes' : 'no' });
        }
      }
    } finally {
      await stateConnection.close();
    }
    return rows;
  } finally {
    await parley.stop();
  }
}
