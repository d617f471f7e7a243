/**
 * Encrypts one text field at a time with AES-256-GCM: `enc1:<key id>:<nonce|tag|ciphertext,
 * base64url>`. A value without the prefix is read as it is, so history written before
 * encryption stays readable. Search postings are keyed hashes of n-grams (see keyedDigest),
 * so the store never holds what was written in the clear.
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import type { Keyring } from './keyring';

const PREFIX = 'enc1:';

export interface FieldCipher {
  seal(text: string): string;
  open(value: string): string;
  /** open() for optional fields. */
  openMaybe(value: string | null | undefined): string | null;
  /** HMAC-SHA256 of `text` under the key `keyId` (the current key when omitted), base64url. */
  digest(text: string, keyId?: string): string;
  readonly keyring: Keyring;
}

export function createFieldCipher(keyring: Keyring): FieldCipher {
  const open = (value: string) => {
    if (!value.startsWith(PREFIX)) return value;
    const [keyId, sealed] = value.slice(PREFIX.length).split(':');
    const key = keyring.byId(keyId ?? '');
    if (!key || !sealed) throw new Error(`cannot decrypt: key "${keyId}" is not in the keyring`);
    const bytes = Buffer.from(sealed, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', key.key, bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(12, 28));
    return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
  };
  return {
    keyring,
    seal(text) {
      const nonce = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', keyring.current.key, nonce);
      const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return `${PREFIX}${keyring.current.id}:${Buffer.concat([nonce, cipher.getAuthTag(), body]).toString('base64url')}`;
    },
    open,
    openMaybe: (value) => (value === null || value === undefined ? null : open(value)),
    digest(text, keyId) {
      const key = keyId ? keyring.byId(keyId) : keyring.current;
      if (!key) throw new Error(`no key "${keyId}" in the keyring`);
      return createHmac('sha256', key.key).update(text).digest('base64url');
    },
  };
}

export const isSealed = (value: string) => value.startsWith(PREFIX);
