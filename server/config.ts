/**
 * Everything Parley reads from the environment, in one place, with defaults that
 * let `npm start` run on a fresh machine. Documented in the README.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_MODEL_ID, defaultModelsDir } from './bot/classifier/model-location';
import { loadKeyring, type Keyring } from './crypto/keyring';

export interface ParleyConfig {
  host: string;
  port: number;
  /** Where the widget, inbox and demo page say the server is, e.g. http://localhost:3000. */
  publicUrl: string | null;
  mongodbUri: string | undefined;
  /** Redis shared by several Parley processes; unset for a single process. */
  redisUrl: string | null;
  databaseName: string;
  dataDir: string;
  /** Signs visitor and agent tokens. */
  secret: string;
  /** Encrypts what people wrote, at rest: PARLEY_ENCRYPTION_KEYS, else `encryption-keys.json` in the data folder. */
  keyring: Keyring;
  firstAdmin: { email: string; password: string; name: string } | null;
  defaultCapacity: number;
  demoSiteKey: string;
  logLevel: string;
  intentModel: { modelId: string; modelsDir: string; allowDownload: boolean };
  /** Abuse limits: PARLEY_LIMIT_EXEMPT_IPS (comma-separated) skip per-IP buckets; PARLEY_TRUST_PROXY = proxies adding X-Forwarded-For. */
  limits: { exemptIps: string[]; trustedProxyHops: number };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ParleyConfig {
  const dataDir = resolve(env.PARLEY_DATA_DIR ?? '.data');
  return {
    host: env.HOST ?? '127.0.0.1',
    port: parsePort(env.PORT ?? '3000'),
    publicUrl: env.PARLEY_PUBLIC_URL ?? null,
    mongodbUri: env.MONGODB_URI || undefined,
    redisUrl: env.REDIS_URL || null,
    databaseName: env.PARLEY_DB_NAME ?? 'parley',
    dataDir,
    secret: env.PARLEY_SECRET ?? persistedSecret(dataDir),
    keyring: loadKeyring({ env, dataDir }),
    firstAdmin:
      env.PARLEY_ADMIN_EMAIL && env.PARLEY_ADMIN_PASSWORD
        ? { email: env.PARLEY_ADMIN_EMAIL, password: env.PARLEY_ADMIN_PASSWORD, name: env.PARLEY_ADMIN_NAME ?? 'Admin' }
        : null,
    defaultCapacity: Number(env.PARLEY_DEFAULT_CAPACITY ?? 3),
    demoSiteKey: env.PARLEY_DEMO_SITE_KEY ?? 'demo',
    logLevel: env.PARLEY_LOG_LEVEL ?? 'info',
    intentModel: {
      modelId: env.PARLEY_INTENT_MODEL ?? DEFAULT_MODEL_ID,
      modelsDir: defaultModelsDir(env),
      allowDownload: env.PARLEY_MODEL_DOWNLOAD === '1',
    },
    limits: {
      exemptIps: (env.PARLEY_LIMIT_EXEMPT_IPS ?? '').split(',').map((ip) => ip.trim()).filter(Boolean),
      trustedProxyHops: Number(env.PARLEY_TRUST_PROXY ?? 0) || 0,
    },
  };
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be 0..65535, got "${value}"`);
  return port;
}

/** Without PARLEY_SECRET, a random secret is kept in the data folder so tokens survive restarts. */
function persistedSecret(dataDir: string): string {
  const file = join(dataDir, 'secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
