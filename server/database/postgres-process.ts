/**
 * Runs the PostgreSQL server that the embedded FerretDB keeps its data in, as a child
 * of this process: its own cluster in the data folder, reachable only through a unix
 * socket in a 0700 folder (no TCP port), stopped when Parley stops or dies.
 *
 * PostgreSQL refuses to run as root, so when Parley runs as root the cluster belongs to
 * the `postgres` system user (or `nobody`), and only that user and root can reach it.
 */
import { execFile, execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { watchChild } from './child-lifecycle';
import { DatabaseUnavailableError } from './ferretdb-binary';

export interface PostgresBinaries {
  dir: string;
  version: number;
}

export interface RunningPostgres {
  /** libpq/pgx connection string over the unix socket, e.g. `postgres://parley@/postgres?host=/x/run`. */
  url: string;
  socketDir: string;
  /** The supervising shell's pid (PostgreSQL's postmaster is its child). */
  pid: number;
  /**
   * VACUUM ANALYZE of the whole cluster, then a checkpoint, waited for: what autovacuum and
   * the checkpointer do over time, at once (after a bulk load).
   */
  vacuum(): Promise<void>;
  stop(): Promise<void>;
}

export interface StartPostgresOptions {
  /** Folder holding the cluster (`pgdata/`) and the socket folder (`run/`). */
  dataDir: string;
  binaries: PostgresBinaries;
  log?: (line: string) => void;
  /** Throw-away clusters (tests, benchmarks) skip fsync: fast, and lost on power failure. */
  durable?: boolean;
  startTimeoutMs?: number;
  /** Called when PostgreSQL ends without having been asked to stop. */
  onUnexpectedExit?: (code: number | null) => void;
}

const SUPERUSER = 'parley';

/** `$PARLEY_POSTGRES_BIN`, else the newest Debian/Ubuntu `/usr/lib/postgresql/<n>/bin`; null when there is none. */
export function findPostgresBinaries(): PostgresBinaries | null {
  const fromEnv = process.env.PARLEY_POSTGRES_BIN;
  if (fromEnv) return existsSync(join(fromEnv, 'postgres')) ? { dir: fromEnv, version: 0 } : null;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .map(Number)
    .filter((version) => Number.isInteger(version) && existsSync(join(root, String(version), 'bin', 'postgres')) && existsSync(join(root, String(version), 'bin', 'initdb')))
    .sort((a, b) => b - a);
  return versions[0] ? { dir: join(root, String(versions[0]), 'bin'), version: versions[0] } : null;
}

/** The account the cluster runs as: ourselves, or an unprivileged system user when we are root. */
function clusterOwner(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  for (const name of ['postgres', 'nobody']) {
    try {
      const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8' }).trim());
      const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8' }).trim());
      if (uid > 0) return { uid, gid };
    } catch {
      // no such user: try the next
    }
  }
  throw new DatabaseUnavailableError('Parley runs as root and PostgreSQL refuses to: create a `postgres` user, or run Parley as an ordinary user.');
}

function ownedFolder(path: string, owner: { uid: number; gid: number } | null) {
  mkdirSync(path, { recursive: true, mode: 0o700 });
  chmodSync(path, 0o700);
  if (owner) chownSync(path, owner.uid, owner.gid);
}

/**
 * The cluster's owner must pass through Parley's data folder to reach its own: add the
 * traverse bit (not read: it still cannot list or open anything else there).
 */
function letOwnerThrough(parent: string) {
  mkdirSync(parent, { recursive: true, mode: 0o700 });
  const mode = statSync(parent).mode & 0o777;
  if ((mode & 0o001) === 0) chmodSync(parent, mode | 0o001);
}

export async function startPostgres(options: StartPostgresOptions): Promise<RunningPostgres> {
  const log = options.log ?? (() => {});
  const owner = clusterOwner();
  const pgData = join(options.dataDir, 'pgdata');
  const socketDir = join(options.dataDir, 'run');
  // A unix socket path is limited to 107 bytes.
  if (join(socketDir, '.s.PGSQL.5432').length > 100) {
    throw new DatabaseUnavailableError(`The data folder path is too long for PostgreSQL's socket: ${options.dataDir}`);
  }
  if (owner) letOwnerThrough(dirname(options.dataDir));
  ownedFolder(options.dataDir, owner);
  ownedFolder(socketDir, owner);
  const asOwner = { ...(owner ?? {}), env: { ...process.env, LC_ALL: 'C', LANG: 'C' } };

  if (!existsSync(join(pgData, 'PG_VERSION'))) {
    ownedFolder(pgData, owner);
    log(`creating the embedded PostgreSQL cluster in ${pgData}`);
    try {
      execFileSync(join(options.binaries.dir, 'initdb'), ['-D', pgData, '-U', SUPERUSER, '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-instructions'], {
        ...asOwner,
        stdio: ['ignore', 'ignore', 'pipe'],
        cwd: '/',
      });
    } catch (cause) {
      const detail = cause instanceof Error && 'stderr' in cause ? String(cause.stderr) : String(cause);
      throw new DatabaseUnavailableError(`initdb failed for ${pgData}:\n${detail}`, { cause });
    }
  }

  const settings = [
    'listen_addresses=', // unix socket only
    `unix_socket_directories=${socketDir}`,
    'unix_socket_permissions=0700',
    // FerretDB's pool (200, see ferretdb-process) plus the index keeper and an operator's psql.
    'max_connections=220',
    'shared_buffers=128MB',
    // FerretDB prepares each statement once per connection with the field name as a
    // parameter (`_jsonb->$1 @> $2`), so a generic plan can never use an expression index.
    // PostgreSQL switches a statement to its generic plan when the first custom plans cost no
    // less (a table still small, an index not yet made) and keeps it on that connection for
    // good: a day's hours read every hour of two years (16 ms instead of 4), until restart.
    'plan_cache_mode=force_custom_plan',
    // Statistics follow bulk changes (an import, a migration) within seconds, not a minute.
    'autovacuum_naptime=10s',
    ...(options.durable === false ? ['fsync=off', 'synchronous_commit=off', 'full_page_writes=off'] : []),
  ];
  // A watcher waits on the shell's standard input: when Parley exits, however it exits, the
  // pipe closes and PostgreSQL gets a fast shutdown instead of outliving us. The shell itself
  // waits on PostgreSQL, so it ends (and Parley hears of it) when PostgreSQL does.
  // (The shell gives a background job /dev/null for stdin unless told otherwise: fd 3.)
  const script = 'exec 3<&0; postgres "$@" </dev/null & pid=$!; (cat <&3 >/dev/null; kill -INT $pid 2>/dev/null) & exec 3<&-; wait $pid';
  const child = spawn('/bin/sh', ['-c', script, 'postgres', '-D', pgData, ...settings.flatMap((setting) => ['-c', setting])], {
    ...asOwner,
    env: { ...asOwner.env, PATH: `${options.binaries.dir}:${process.env.PATH ?? ''}` },
    cwd: '/',
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  let stderrTail = '';
  await new Promise<void>((resolveReady, reject) => {
    const timer = setTimeout(() => {
      child.stdin.end();
      reject(new DatabaseUnavailableError(`embedded PostgreSQL did not start in time:\n${stderrTail}`));
    }, options.startTimeoutMs ?? 60_000);
    child.stderr.on('data', (chunk: Buffer) => {
      stderrTail = (stderrTail + chunk.toString()).slice(-4000);
      if (stderrTail.includes('database system is ready to accept connections')) {
        clearTimeout(timer);
        resolveReady();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new DatabaseUnavailableError(`embedded PostgreSQL exited with code ${code}:\n${stderrTail}`));
    });
  });
  log('embedded PostgreSQL ready');
  // Let the watcher go, and stop reading a stderr that PostgreSQL's dying children may still hold.
  child.once('exit', () => {
    child.stdin.end();
    child.stderr.destroy();
  });
  const lifecycle = watchChild(child, { killAfterMs: 15_000, ...(options.onUnexpectedExit ? { onUnexpectedExit: (code) => options.onUnexpectedExit!(code) } : {}) });

  return {
    url: `postgres://${SUPERUSER}@/postgres?host=${encodeURIComponent(socketDir)}`,
    socketDir,
    pid: child.pid!,
    vacuum: () =>
      new Promise<void>((done, fail) =>
        execFile(join(options.binaries.dir, 'psql'), ['-h', socketDir, '-U', SUPERUSER, '-d', 'postgres', '-q', '-c', 'VACUUM ANALYZE', '-c', 'CHECKPOINT'], { ...asOwner, cwd: '/' }, (error) =>
          error ? fail(error) : done(),
        ),
      ),
    stop: lifecycle.stop,
  };
}
