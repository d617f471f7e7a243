/** `npm run db:migrate`: carries a SQLite data folder over to the embedded PostgreSQL now, instead of on the next start. */
import { loadConfig } from '../config';
import { provisionDatabase } from './provision';

const config = loadConfig();
if (config.mongodbUri) {
  console.log('MONGODB_URI is set: there is no embedded store to migrate.');
  process.exit(0);
}
const database = await provisionDatabase({ mongodbUri: undefined, dataDir: config.dataDir, databaseName: config.databaseName, log: (line) => console.log(line) });
console.log(database.migration ? JSON.stringify(database.migration, null, 2) : `nothing to migrate in ${config.dataDir}`);
await database.stop();
