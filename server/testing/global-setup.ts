/**
 * Vitest global setup: one throw-away embedded store (FerretDB on PostgreSQL) for the
 * whole run, provisioned the way `npm start` provisions its embedded database. Each test file then works
 * in a database of its own (see `testDatabaseUri`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedStore } from '../database/embedded-store';

declare module 'vitest' {
  export interface ProvidedContext {
    mongoBaseUri: string;
  }
}

export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(join(tmpdir(), 'parley-test-db-'));
  const database = await startEmbeddedStore({ dataDir, log: (line) => console.log(`[test-db] ${line}`), durable: false, startTimeoutMs: 600_000 });
  project.provide('mongoBaseUri', database.uri);
  return async () => {
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
