/**
 * `npm run bench [-- --quick] [-- --only=latency,throughput,idle,handoff,classify,weight,start,reports,scale,abuse,model]`
 * Runs the scenarios on this machine over loopback and prints one table. Every figure
 * that matters is a ratio to a baseline measured in the same run. Kept out of `npm test`.
 */
import { cpus, totalmem } from 'node:os';
import { abuseBystander } from './scenarios/abuse-bystander';
import { classification } from './scenarios/classification';
import { coldStart } from './scenarios/cold-start';
import { dataScale } from './scenarios/data-scale';
import { handoffLatency } from './scenarios/handoff-latency';
import { intentModel } from './scenarios/intent-model';
import { idleConnections } from './scenarios/idle-connections';
import { messageLatency } from './scenarios/message-latency';
import { persistedThroughput } from './scenarios/persisted-throughput';
import { reportQuery } from './scenarios/report-query';
import { widgetWeight } from './scenarios/widget-weight';
import { stopDatabase } from './support/processes';
import type { Row } from './support/stats';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',');
const scenarios: [string, () => Promise<Row[]>][] = [
  ['latency', () => messageLatency(quick)],
  ['throughput', () => persistedThroughput(quick)],
  ['idle', () => idleConnections(quick)],
  ['handoff', () => handoffLatency(quick)],
  ['classify', () => classification(quick)],
  ['weight', () => widgetWeight()],
  ['start', () => coldStart()],
  ['reports', () => reportQuery(quick)],
  ['scale', () => dataScale(quick)],
  ['abuse', () => abuseBystander(quick)],
  ['model', () => intentModel(quick)],
];

// Bounded: the whole run stops itself after 45 minutes (seeding a million messages takes a while).
setTimeout(() => {
  console.error('benchmark exceeded 45 minutes; stopping');
  process.exit(2);
}, 45 * 60_000).unref();

console.log(`Parley benchmark on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}${quick ? ' (quick)' : ''}`);
const rows: Row[] = [];
for (const [name, run] of scenarios) {
  if (only && !only.includes(name)) continue;
  const started = performance.now();
  try {
    rows.push(...(await run()));
  } catch (error) {
    rows.push({ scenario: name, measure: 'failed', value: (error as Error).message, met: 'no' });
  }
  console.log(`… ${name} done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
await stopDatabase();
console.table(rows.map((row) => ({ goal: '', baseline: '', ratio: '', ...row })));
process.exit(0);
