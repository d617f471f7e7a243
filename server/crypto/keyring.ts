/**
 * The keys that encrypt what people wrote (message text, file contents, list previews)
 * and key the search postings. The newest key encrypts; every key still decrypts, so
 * rotating (`npm run keys:rotate`) never makes old transcripts unreadable.
 *
 * From PARLEY_ENCRYPTION_KEYS (`id:base64key,...`, newest first: for operators who keep
 * keys in a secret manager), else a 0600 file in the data folder, created on first start.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DataKey {
  id: string;
  key: Buffer;
}

export interface Keyring {
  /** The key new data is encrypted with. */
  current: DataKey;
  /** Every key, newest first. */
  all: DataKey[];
  byId(id: string): DataKey | undefined;
}

interface KeyFile {
  keys: { id: string; key: string; createdAt: string }[];
}

export const keyFilePath = (dataDir: string) => join(dataDir, 'encryption-keys.json');

export function keyringOf(keys: DataKey[]): Keyring {
  if (keys.length === 0) throw new Error('an encryption keyring needs at least one key');
  for (const { id, key } of keys) {
    if (!/^[A-Za-z0-9_-]{1,32}$/.test(id)) throw new Error(`encryption key id "${id}" must be 1-32 letters, digits, _ or -`);
    if (key.length !== 32) throw new Error(`encryption key "${id}" must be 32 bytes (AES-256), got ${key.length}`);
  }
  const byId = new Map(keys.map((entry) => [entry.id, entry]));
  if (byId.size !== keys.length) throw new Error('encryption key ids must be unique');
  return { current: keys[0]!, all: keys, byId: (id) => byId.get(id) };
}

/** `id:base64,id:base64`, newest first. */
export function parseKeyList(text: string): Keyring {
  return keyringOf(
    text
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const colon = part.indexOf(':');
        if (colon < 1) throw new Error('PARLEY_ENCRYPTION_KEYS entries look like id:base64key');
        return { id: part.slice(0, colon), key: Buffer.from(part.slice(colon + 1), 'base64') };
      }),
  );
}

const newKey = (existing: string[]) => {
  let n = existing.length + 1;
  while (existing.includes(`k${n}`)) n++;
  return { id: `k${n}`, key: randomBytes(32).toString('base64'), createdAt: new Date().toISOString() };
};

function writeKeyFile(dataDir: string, file: KeyFile) {
  mkdirSync(dataDir, { recursive: true });
  const path = keyFilePath(dataDir);
  // Written aside and renamed: a crash mid-write never leaves a half key file (and no key).
  writeFileSync(`${path}.tmp`, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
  renameSync(`${path}.tmp`, path);
  chmodSync(path, 0o600);
}

function readKeyFile(dataDir: string): KeyFile {
  return JSON.parse(readFileSync(keyFilePath(dataDir), 'utf8')) as KeyFile;
}

export function loadKeyring(options: { env: NodeJS.ProcessEnv; dataDir: string }): Keyring {
  if (options.env.PARLEY_ENCRYPTION_KEYS) return parseKeyList(options.env.PARLEY_ENCRYPTION_KEYS);
  if (!existsSync(keyFilePath(options.dataDir))) writeKeyFile(options.dataDir, { keys: [newKey([])] });
  return keyringOf(readKeyFile(options.dataDir).keys.map(({ id, key }) => ({ id, key: Buffer.from(key, 'base64') })));
}

/** Adds a new key in front (it encrypts from the next start on); the old ones stay to decrypt. */
export function rotateKeyFile(dataDir: string): string {
  const file = existsSync(keyFilePath(dataDir)) ? readKeyFile(dataDir) : { keys: [] };
  const key = newKey(file.keys.map((entry) => entry.id));
  writeKeyFile(dataDir, { keys: [key, ...file.keys] });
  return key.id;
}
