import { statSync } from 'node:fs';
import { tempDir } from '../testing/temp-dir';
import { createFieldCipher, isSealed } from './field-cipher';
import { keyFilePath, loadKeyring, parseKeyList, rotateKeyFile } from './keyring';

const key = (byte: number) => Buffer.alloc(32, byte).toString('base64');

it('seals text so the store never holds it, and opens it again', () => {
  const cipher = createFieldCipher(parseKeyList(`k1:${key(1)}`));
  const sealed = cipher.seal('주민등록번호는 보내지 마세요, 고객님');
  expect(isSealed(sealed)).toBe(true);
  expect(sealed).not.toContain('고객님');
  expect(cipher.seal('same')).not.toBe(cipher.seal('same')); // a fresh nonce each time
  expect(cipher.open(sealed)).toBe('주민등록번호는 보내지 마세요, 고객님');
  // History from before encryption reads as it was.
  expect(cipher.open('plain old text')).toBe('plain old text');
});

it('refuses a tampered value instead of returning garbage', () => {
  const cipher = createFieldCipher(parseKeyList(`k1:${key(1)}`));
  const sealed = cipher.seal('refund please');
  const flipped = sealed.slice(0, -2) + (sealed.at(-2) === 'A' ? 'B' : 'A') + sealed.at(-1);
  expect(() => cipher.open(flipped)).toThrow();
});

it('keeps old data readable after a rotation, and writes new data with the new key', () => {
  const dataDir = tempDir('parley-keys-');
  const before = createFieldCipher(loadKeyring({ env: {}, dataDir }));
  expect(statSync(keyFilePath(dataDir)).mode & 0o777).toBe(0o600);
  const old = before.seal('first transcript');
  const oldDigest = before.digest('site|w1|배송');
  const newId = rotateKeyFile(dataDir);
  const after = createFieldCipher(loadKeyring({ env: {}, dataDir }));
  expect(after.keyring.current.id).toBe(newId);
  expect(after.keyring.all).toHaveLength(2);
  expect(after.open(old)).toBe('first transcript');
  expect(after.seal('second').startsWith(`enc1:${newId}:`)).toBe(true);
  // Postings written under the old key are still found with it.
  expect(after.digest('site|w1|배송', before.keyring.current.id)).toBe(oldDigest);
  expect(after.digest('site|w1|배송')).not.toBe(oldDigest);
});

it('takes keys from the environment, newest first, and rejects bad ones', () => {
  const ring = loadKeyring({ env: { PARLEY_ENCRYPTION_KEYS: `new:${key(2)}, old:${key(1)}` }, dataDir: '/nonexistent' });
  expect(ring.current.id).toBe('new');
  expect(ring.byId('old')).toBeDefined();
  expect(() => parseKeyList('short:AAAA')).toThrow(/32 bytes/);
  expect(() => parseKeyList(`a:${key(1)},a:${key(2)}`)).toThrow(/unique/);
  expect(() => parseKeyList('nocolon')).toThrow(/id:base64key/);
});
