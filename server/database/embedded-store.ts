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
  if (!binaries || process.env.PARLEY_EMBEDDED_BACKEND === 'sqlite') {
    if (!binaries) {
      options.log('No PostgreSQL found (apt-get install postgresql, or set PARLEY_POSTGRES_BIN): using the SQLite backend, which slows down as history grows');
    }
    const ferret = await startFerretDb({ dataDir: sqliteDir(options.dataDir), unixSocket: socketPath(options.dataDir, 'ferretdb'), log: options.log, startTimeoutMs: options.startTimeoutMs });
    return { uri: ferret.uri, backend: 'sqlite', stop: ferret.stop };
  }
  const postgres = await startPostgres({ dataDir: postgresDir(options.dataDir), binaries, log: options.log, durable: options.durable, startTimeoutMs: options.startTimeoutMs });
  try {
    const ferret = await startFerretDb({
      dataDir: options.dataDir,
      postgresqlUrl: postgres.url,
      unixSocket: socketPath(options.dataDir, 'ferretdb'),
      log: options.log,
      startTimeoutMs: options.startTimeoutMs,
    });
    return {
      uri: ferret.uri,
      backend: 'postgresql',
      stop: async () => {
        await ferret.stop();
        await postgres.stop();
      },
    };
  } catch (error) {
    await postgres.stop();
    throw error;
  }
}
