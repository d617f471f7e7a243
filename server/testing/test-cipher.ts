/** One fixed key for every test process: two app instances on one database must read each other's data. */
import { createFieldCipher } from '../crypto/field-cipher';
import { parseKeyList } from '../crypto/keyring';

export const TEST_ENCRYPTION_KEYS = `test1:${Buffer.alloc(32, 7).toString('base64')}`;
export const testCipher = createFieldCipher(parseKeyList(TEST_ENCRYPTION_KEYS));
