/**
 * The embedded default store: FerretDB speaking the MongoDB protocol on a loopback port,
 * keeping its data in a PostgreSQL cluster that Parley runs beside it. Where no
 * PostgreSQL is installed it falls back to FerretDB's SQLite backend, whose filtered
 * queries read whole collections (see README, "Storage"), and says so.
 */
import { chmodSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DatabaseUnavailableError } from './ferretdb-binary';
import { startFerretDb } from './ferretdb-process';
import { findPostgresBinaries, startPostgres } from './postgres-process';

export interface EmbeddedStore {
  /** `mongodb://<socket path, escaped>/` without a database name. */
  uri: string;
  backend: 'postgresql' | 'sqlite';
  /** The processes now running (for operators and fault tests). */
  pids(): Promise<{ ferretdb: number | null; postgres: number | null }>;
  /** Brings the store's statistics up to date and writes it out after a bulk load (benchmarks seed a year in minutes); waited for. */
  vacuum(): Promise<void>;
  stop(): Promise<void>;
}

export interface EmbeddedStoreOptions {
  /** Holds `postgres/` (the cluster) and, on the SQLite fallback or from older versions, `ferretdb/`. */
  dataDir: string;
  log: (line: string) => void;
  durable?: boolean;
  startTimeoutMs?: number;
}

/** Where the SQLite backend keeps (or, before PostgreSQL became the default, kept) its files. */
export const sqliteDir = (dataDir: string) => join(dataDir, 'ferretdb');
export const postgresDir = (dataDir: string) => join(dataDir, 'postgres');

/**
 * FerretDB listens on a Unix socket in a 0700 folder of the data dir: no other local user
 * can connect (over loopback TCP, anyone on the machine could read every transcript).
 */
export function socketPath(dataDir: string, name: string): string {
  const dir = join(resolve(dataDir), 'run');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  const path = join(dir, `${name}.sock`);
  // A Unix socket path is limited to 107 bytes.
  if (path.length > 100) throw new DatabaseUnavailableError(`The data folder path is too long for a Unix socket: ${dataDir}`);
  return path;
}

export async function startEmbeddedStore(options: EmbeddedStoreOptions): Promise<EmbeddedStore> {
  const binaries = findPostgresBinaries();
  const socket = socketPath(options.dataDir, 'ferretdb');
  const common = { unixSocket: socket, log: options.log, startTimeoutMs: options.startTimeoutMs };
  if (!binaries || process.env.PARLEY_EMBEDDED_BACKEND === 'sqlite') {
    if (!binaries) {
      options.log('No PostgreSQL found (apt-get install postgresql, or set PARLEY_POSTGRES_BIN): using the SQLite backend, which slows down as history grows');
    }
    const ferret = supervised('FerretDB', options.log, (onExit) => startFerretDb({ ...common, dataDir: sqliteDir(options.dataDir), onUnexpectedExit: onExit }));
    await ferret.started;
    return { uri: (await ferret.current())!.uri, backend: 'sqlite', pids: async () => ({ ferretdb: (await ferret.current())?.pid ?? null, postgres: null }), vacuum: async () => {}, stop: ferret.stop };
  }
  const postgres = supervised('PostgreSQL', options.log, (onExit) =>
    startPostgres({ dataDir: postgresDir(options.dataDir), binaries, log: options.log, durable: options.durable, startTimeoutMs: options.startTimeoutMs, onUnexpectedExit: onExit }),
  );
  await postgres.started;
  const url = (await postgres.current())!.url;
  const ferret = supervised('FerretDB', options.log, (onExit) => startFerretDb({ ...common, dataDir: options.dataDir, postgresqlUrl: url, onUnexpectedExit: onExit }));
  try {
    await ferret.started;
  } catch (error) {
    await postgres.stop();
    throw error;
  }
  return {
    // The socket's path never changes, so clients reconnect to a restarted FerretDB by themselves.
    uri: withOperationLimit((await ferret.current())!.uri),
    backend: 'postgresql',
    pids: async () => ({ ferretdb: (await ferret.current())?.pid ?? null, postgres: (await postgres.current())?.pid ?? null }),
    vacuum: async () => (await postgres.current())?.vacuum(),
    stop: async () => {
      await ferret.stop();
      await postgres.stop();
    },
  };
}

interface Supervised<T> {
  /** The first start; rejects when it fails (later restarts retry instead). */
  started: Promise<T>;
  /** The running process, waiting for a restart in progress. */
  current(): Promise<T | null>;
  stop(): Promise<void>;
}

/**
 * Keeps a child process running: started once (a failure there is the caller's), then
 * restarted whenever it ends unasked — a crash, or an operator's kill — with a growing
 * pause between attempts. Requests meanwhile fail fast with PARLEY_ERR_DATABASE_UNAVAILABLE.
 */
function supervised<T extends { stop(): Promise<void> }>(name: string, log: (line: string) => void, start: (onExit: () => void) => Promise<T>): Supervised<T> {
  let stopped = false;
  let attempt = 0;
  let running: Promise<T | null>;
  const launch = (): Promise<T> => start(() => restart());
  const restart = () => {
    if (stopped) return;
    log(`embedded ${name} stopped unexpectedly; starting it again`);
    running = (async () => {
      for (;;) {
        if (stopped) return null;
        await new Promise((resolveWait) => setTimeout(resolveWait, Math.min(200 * 2 ** attempt++, 10_000)));
        try {
          const child = await launch();
          attempt = 0;
          log(`embedded ${name} is back`);
          return child;
        } catch (error) {
          log(`embedded ${name} did not start again (${(error as Error).message.split('\n')[0]}); retrying`);
        }
      }
    })();
  };
  const started = launch();
  running = started;
  return {
    started,
    current: () => running.catch(() => null),
    stop: async () => {
      stopped = true;
      await (await running.catch(() => null))?.stop();
    },
  };
}

/**
 * Each client (a Parley process, a test, a bench) sends FerretDB at most this many
 * operations at once, so the clients of one store together stay far below FerretDB's
 * PostgreSQL pool (FERRETDB_POOL_CONNECTIONS, where the reason is), and a 2-core store
 * gains nothing from more.
 */
export const EMBEDDED_OPERATIONS_PER_CLIENT = 16;

function withOperationLimit(uri: string): string {
  const url = new URL(uri);
  url.searchParams.set('maxPoolSize', String(EMBEDDED_OPERATIONS_PER_CLIENT));
  return url.toString();
}
