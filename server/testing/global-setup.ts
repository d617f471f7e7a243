/**
 * Vitest global setup: one throw-away FerretDB for the whole run, provisioned the
 * same way `npm start` provisions its embedded database. Each test file then works
 * in a database of its own (see `testDatabaseUri`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startFerretDb } from '../database/ferretdb-process';

declare module 'vitest' {
  export interface ProvidedContext {
    mongoBaseUri: string;
  }
}

export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(join(tmpdir(), 'parley-test-db-'));
  const database = await startFerretDb({ dataDir, log: (line) => console.log(`[test-db] ${line}`), startTimeoutMs: 600_000 });
  project.provide('mongoBaseUri', database.uri);
  return async () => {
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
