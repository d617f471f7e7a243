/** The bench's own key, given to every Parley it starts, so history it seeds beside them is readable to them. */
import { createFieldCipher } from '../../server/crypto/field-cipher';
import { parseKeyList } from '../../server/crypto/keyring';

export const BENCH_ENCRYPTION_KEYS = `bench1:${Buffer.alloc(32, 11).toString('base64')}`;
export const benchCipher = createFieldCipher(parseKeyList(BENCH_ENCRYPTION_KEYS));
