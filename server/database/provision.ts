/**
 * Decides which database Parley talks to: `MONGODB_URI` when set, else the embedded
 * store (FerretDB on PostgreSQL) keeping its data in the data folder between runs.
 */
import { startEmbeddedStore } from './embedded-store';
import { hasUnmigratedSqlite, migrateSqliteData, type MigrationReport } from './sqlite-migration';

export interface ProvisionedDatabase {
  /** Full connection string including the database name. */
  uri: string;
  embedded: boolean;
  /** Set when this start carried a SQLite data folder over to PostgreSQL. */
  migration?: MigrationReport;
  stop(): Promise<void>;
}

export async function provisionDatabase(options: {
  mongodbUri: string | undefined;
  dataDir: string;
  databaseName: string;
  log: (line: string) => void;
}): Promise<ProvisionedDatabase> {
  if (options.mongodbUri) {
    return { uri: options.mongodbUri, embedded: false, stop: async () => {} };
  }
  const running = await startEmbeddedStore({ dataDir: options.dataDir, log: options.log });
  const provisioned: ProvisionedDatabase = { uri: withDatabaseName(running.uri, options.databaseName), embedded: true, stop: running.stop };
  if (running.backend === 'postgresql' && hasUnmigratedSqlite(options.dataDir)) {
    options.log('found data from the SQLite store: carrying it over to PostgreSQL (once)');
    try {
      provisioned.migration = await migrateSqliteData(options.dataDir, running.uri, options.log);
    } catch (error) {
      await running.stop();
      throw error;
    }
  }
  return provisioned;
}

/** Puts a database name into a `mongodb://host:port/` URI. */
export function withDatabaseName(uri: string, databaseName: string): string {
  const url = new URL(uri);
  url.pathname = `/${databaseName}`;
  return url.toString();
}
