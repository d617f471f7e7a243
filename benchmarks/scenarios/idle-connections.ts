/**
 * Scenario 3: resident memory of one Parley process holding idle visitor sockets.
 * Clients run in child processes (2,500 sockets each) so the server's RSS is its own.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { repoRoot, startParley } from '../support/processes';
import { sleep, type Row } from '../support/stats';

function openClients(url: string, count: number): Promise<() => void> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'benchmarks/support/idle-clients.ts', url, String(count)], { cwd: repoRoot, stdio: ['pipe', 'pipe', 'inherit'] });
  return new Promise((done, fail) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.startsWith('connected')) done(() => child.stdin!.end());
      if (line.startsWith('failed')) fail(new Error(line));
    });
    child.once('exit', (code) => code && fail(new Error(`idle clients exited with ${code}`)));
  });
}

export async function idleConnections(quick: boolean): Promise<Row[]> {
  const levels = quick ? [1000, 2000] : [1000, 5000, 10_000];
  const parley = await startParley({ databaseName: `bench_idle_${Date.now()}` });
  await sleep(500);
  const baseKb = parley.rssKb();
  const rows: Row[] = [];
  const closers: (() => void)[] = [];
  let open = 0;
  for (const level of levels) {
    while (open < level) {
      const chunk = Math.min(2500, level - open);
      closers.push(await openClients(parley.url, chunk));
      open += chunk;
    }
    await sleep(1500);
    // Let the collector settle so RSS reflects live connections, not garbage.
    const rssKb = parley.rssKb();
    const perConnection = (rssKb - baseKb) / level;
    rows.push({
      scenario: `3. idle visitor sockets (server RSS, idle base ${(baseKb / 1024).toFixed(0)} MB)`,
      measure: `${level} sockets`,
      value: `${(rssKb / 1024).toFixed(0)} MB`,
      ratio: `${perConnection.toFixed(1)} KB/socket`,
      goal: level === 10_000 ? '< 400 MB' : '',
      met: level === 10_000 ? (rssKb / 1024 < 400 ? 'yes' : 'no') : '—',
    });
  }
  closers.forEach((close) => close());
  await parley.stop();
  return rows;
}
