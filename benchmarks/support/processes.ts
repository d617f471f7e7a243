/**
 * Servers the benchmark starts: the embedded store (FerretDB on PostgreSQL), Parley itself as a child process
 * (so its memory is measured alone), all on loopback, all stopped when the run ends.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { freePort } from '../../server/testing/free-port';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startEmbeddedStore, type EmbeddedStore } from '../../server/database/embedded-store';
import { withDatabaseName } from '../../server/database/provision';
import { BENCH_ENCRYPTION_KEYS } from './bench-cipher';
import { sleep } from './stats';

export const repoRoot = resolve(import.meta.dirname, '../..');
const children = new Set<ChildProcess>();
process.on('exit', () => children.forEach((child) => child.kill('SIGKILL')));


let database: { store: EmbeddedStore; dataDir: string } | null = null;
export async function benchDatabase(): Promise<EmbeddedStore> {
  if (!database) {
    const dataDir = mkdtempSync(join(tmpdir(), 'parley-bench-db-'));
    // Durable like `npm start`: the floor the benchmarks compare against pays for fsync too.
    database = { store: await startEmbeddedStore({ dataDir, log: () => {}, startTimeoutMs: 600_000 }), dataDir };
  }
  return database.store;
}
/** Stops the bench store and removes its folder (a data-scale run leaves a gigabyte of WAL and emptied tables). */
export async function stopDatabase() {
  if (!database) return;
  await database.store.stop();
  rmSync(database.dataDir, { recursive: true, force: true });
}

export interface ParleyProcess {
  url: string;
  pid: number;
  rssKb(): number;
  stop(): Promise<void>;
}

export const ADMIN = { email: 'bench-admin@example.com', password: 'bench-admin-password', name: 'Bench Admin' };

/** Starts `server/main.ts` against the bench database (or its own data dir) and waits for /api/health. */
export async function startParley(options: { databaseName?: string; dataDir?: string; env?: Record<string, string> } = {}): Promise<ParleyProcess & { readyMs: number }> {
  const port = await freePort();
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    PORT: String(port),
    HOST: '127.0.0.1',
    PARLEY_LOG_LEVEL: 'warn',
    // Every benchmark client comes from loopback: per-address limits would refuse most of them.
    PARLEY_LIMIT_EXEMPT_IPS: '127.0.0.1,::1,::ffff:127.0.0.1',
    PARLEY_SECRET: 'bench-secret-bench-secret-bench-secret',
    PARLEY_ENCRYPTION_KEYS: BENCH_ENCRYPTION_KEYS,
    PARLEY_ADMIN_EMAIL: ADMIN.email,
    PARLEY_ADMIN_PASSWORD: ADMIN.password,
    PARLEY_ADMIN_NAME: ADMIN.name,
    // As `npm start` runs Parley (package.json "serve"): two malloc arenas, not one per thread,
    // and blocks over 128 KiB mapped and given back when freed (see README, model memory).
    MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2',
    MALLOC_MMAP_THRESHOLD_: process.env.MALLOC_MMAP_THRESHOLD_ ?? '131072',
    MALLOC_TRIM_THRESHOLD_: process.env.MALLOC_TRIM_THRESHOLD_ ?? '131072',
    ...options.env,
  };
  if (options.databaseName) env.MONGODB_URI = withDatabaseName((await benchDatabase()).uri, options.databaseName);
  if (options.dataDir) env.PARLEY_DATA_DIR = options.dataDir;
  const started = performance.now();
  // BENCH_CPU_PROF=<dir> writes a V8 CPU profile of each Parley process when it stops.
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', 'server/main.ts'], { cwd: repoRoot, env, stdio: ['ignore', 'ignore', 'inherit'] });
  children.add(child);
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`Parley exited with ${child.exitCode}`);
    if (attempt > 1200) throw new Error('Parley did not become healthy in 120 s');
    const healthy = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (healthy) break;
    await sleep(100);
  }
  const readyMs = performance.now() - started;
  return {
    url,
    pid: child.pid!,
    readyMs,
    rssKb: () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? Number.NaN),
    stop: () =>
      new Promise<void>((done) => {
        children.delete(child);
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      }),
  };
}
