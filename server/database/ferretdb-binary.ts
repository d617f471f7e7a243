/**
 * Finds, or builds from the Go module proxy, the FerretDB launcher that serves as
 * Parley's embedded MongoDB-compatible database. The binary is cached outside the
 * repository so that only the first start (or CI run) pays for the build.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const FERRETDB_VERSION = '1.24.2';
const launcherSource = resolve(dirname(fileURLToPath(import.meta.url)), '../../tools/ferretdb');

/** The launcher's own sources, hashed: a changed launcher is built again instead of reused from the cache. */
function launcherRevision(): string {
  if (!existsSync(launcherSource)) return 'prebuilt';
  const hash = createHash('sha256');
  for (const file of readdirSync(launcherSource).filter((name) => /\.go$|^go\.(mod|sum)$/.test(name)).sort()) {
    hash.update(file).update(readFileSync(join(launcherSource, file)));
  }
  return hash.digest('hex').slice(0, 10);
}

/** Where the built launcher lives: `$PARLEY_FERRETDB_BIN`, else the user's cache folder. */
export function ferretDbBinaryPath(): string {
  if (process.env.PARLEY_FERRETDB_BIN) return process.env.PARLEY_FERRETDB_BIN;
  const cacheRoot = process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache');
  return join(cacheRoot, 'parley', `ferretdb-${FERRETDB_VERSION}-${launcherRevision()}`, 'parley-ferretdb');
}

export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

/**
 * Returns the launcher's path, building it with `go build` when it is missing.
 * @param log called with progress lines, since a first build takes a minute or more
 */
export async function ensureFerretDbBinary(log: (line: string) => void = () => {}): Promise<string> {
  const binary = ferretDbBinaryPath();
  if (existsSync(binary)) return binary;
  try {
    await run('go', ['version']);
  } catch (cause) {
    throw new DatabaseUnavailableError(
      'No database: MONGODB_URI is not set and the embedded FerretDB cannot be built because Go is not installed. ' +
        'Set MONGODB_URI=mongodb://host:27017/parley to use your MongoDB, or install Go (1.24+) and start again.',
      { cause },
    );
  }
  mkdirSync(dirname(binary), { recursive: true });
  log(`building embedded FerretDB ${FERRETDB_VERSION} into ${binary} (first start only)`);
  try {
    await run('go', ['build', '-o', binary, '.'], {
      cwd: launcherSource,
      env: { ...process.env, CGO_ENABLED: process.env.CGO_ENABLED ?? '1' },
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (cause) {
    const detail = cause instanceof Error && 'stderr' in cause ? String(cause.stderr).slice(-2000) : String(cause);
    throw new DatabaseUnavailableError(
      `Building the embedded FerretDB failed; set MONGODB_URI to use an existing MongoDB instead.\n${detail}`,
      { cause },
    );
  }
  log('embedded FerretDB built');
  return binary;
}
