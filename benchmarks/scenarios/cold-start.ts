/** Scenario 7: `npm start`'s server process to a healthy /api/health, with the database already built. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startParley } from '../support/processes';
import type { Row } from '../support/stats';

export async function coldStart(): Promise<Row[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'parley-bench-start-'));
  // The first start creates the embedded database, the demo site and its intents.
  const first = await startParley({ dataDir, env: { MONGODB_URI: '' } });
  await first.stop();
  const second = await startParley({ dataDir, env: { MONGODB_URI: '' } });
  await second.stop();
  return [
    { scenario: '7. cold start (embedded FerretDB, data already there)', measure: 'process start → /api/health 200', value: `${(second.readyMs / 1000).toFixed(2)} s`, baseline: `${(first.readyMs / 1000).toFixed(2)} s (very first start)`, met: '—' },
  ];
}
