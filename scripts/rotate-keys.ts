/**
 * `npm run keys:rotate`: adds a new encryption key in front of the data folder's key file.
 * Restart Parley afterwards: new messages and files are sealed with the new key, and the
 * older keys stay in the file to read what they sealed. (With PARLEY_ENCRYPTION_KEYS, put
 * the new key first in that list instead.)
 */
import { loadConfig } from '../server/config';
import { keyFilePath, rotateKeyFile } from '../server/crypto/keyring';

if (process.env.PARLEY_ENCRYPTION_KEYS) {
  console.error('PARLEY_ENCRYPTION_KEYS is set: rotate by putting a new id:base64key first in it (openssl rand -base64 32).');
  process.exit(1);
}
const { dataDir } = loadConfig();
const id = rotateKeyFile(dataDir);
console.log(`new encryption key "${id}" added to ${keyFilePath(dataDir)}; restart Parley to start using it`);
