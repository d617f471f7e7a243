/**
 * Starts the embedded FerretDB as a child process on a free loopback port, on the
 * embedded PostgreSQL (`postgresqlUrl`) or on SQLite files in `dataDir`. The child
 * exits when its stdin closes, so it dies with us even
 * when we are killed without a chance to clean up.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { watchChild } from './child-lifecycle';
import { DatabaseUnavailableError, ensureFerretDbBinary } from './ferretdb-binary';

export interface RunningDatabase {
  pid: number;
  /** Connection string without a database name, e.g. `mongodb://127.0.0.1:41234/` or `mongodb://%2Fdata%2Frun%2Fferretdb.sock/`. */
  uri: string;
  stop(): Promise<void>;
}

export interface StartFerretDbOptions {
  /** SQLite files; unused when `postgresqlUrl` is given. */
  dataDir: string;
  postgresqlUrl?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Listen on this Unix domain socket instead of a TCP port (its folder decides who may connect). */
  unixSocket?: string;
  log?: (line: string) => void;
  startTimeoutMs?: number;
  /** Called when the process ends without having been asked to stop (it crashed or was killed). */
  onUnexpectedExit?: (code: number | null, signal: NodeJS.Signals | null) => void;
}

export async function startFerretDb(options: StartFerretDbOptions): Promise<RunningDatabase> {
  const binary = await ensureFerretDbBinary(options.log);
  const backend = options.postgresqlUrl ? ['--handler=postgresql', `--postgresql-url=${withFerretDbPool(options.postgresqlUrl)}`] : sqliteArguments(options.dataDir);
  if (options.unixSocket) rmSync(options.unixSocket, { force: true }); // left by a killed run
  const listen = options.unixSocket ? `--listen-unix=${options.unixSocket}` : `--listen-addr=127.0.0.1:${options.port ?? 0}`;
  const child = spawn(binary, [listen, ...backend], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderrTail = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderrTail = (stderrTail + chunk.toString()).slice(-4000);
  });

  const uri = await new Promise<string>((resolveUri, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new DatabaseUnavailableError(`embedded FerretDB did not start in time:\n${stderrTail}`));
    }, options.startTimeoutMs ?? 30_000);
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const match = /^ready (mongodb:\/\/\S+)/.exec(line);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUri(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new DatabaseUnavailableError(`embedded FerretDB exited with code ${code}:\n${stderrTail}`));
    });
    child.once('error', (cause) => {
      clearTimeout(timer);
      reject(new DatabaseUnavailableError(`embedded FerretDB could not be started: ${cause.message}`, { cause }));
    });
  });

  const lifecycle = watchChild(child, { killAfterMs: 5_000, ...(options.onUnexpectedExit ? { onUnexpectedExit: options.onUnexpectedExit } : {}) });
  return { uri, pid: child.pid!, stop: lifecycle.stop };
}

function sqliteArguments(dataDir: string): string[] {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  return ['--handler=sqlite', `--sqlite-url=file:${dataDir.endsWith('/') ? dataDir : `${dataDir}/`}`];
}

/**
 * FerretDB 1.24 runs an update or delete as a read whose connection it keeps while it takes
 * a second one to write. With its default pool of 50 and 50 such operations in flight, each
 * holds one connection and waits for another: every connection idle, every request stuck,
 * for good (seen under two-process churn; pg_stat_activity showed 51 idle connections whose
 * last statements were the reads). A pool far larger than what clients may send at once
 * (EMBEDDED_OPERATIONS_PER_CLIENT in embedded-store) leaves a connection free for the write.
 */
export const FERRETDB_POOL_CONNECTIONS = 200;

function withFerretDbPool(postgresqlUrl: string): string {
  return `${postgresqlUrl}${postgresqlUrl.includes('?') ? '&' : '?'}pool_max_conns=${FERRETDB_POOL_CONNECTIONS}`;
}
