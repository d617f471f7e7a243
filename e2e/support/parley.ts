/** Starts a real Parley server for a browser test, serving the production build in dist/. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { LoginResult } from '../../shared/http';
import { API } from '../../shared/http';
import { distDir } from '../../server/http/static-assets';
import { startTestServer, type TestServer } from '../../server/testing/test-server';

export async function startParleyForBrowser(options: Parameters<typeof startTestServer>[0] = {}): Promise<TestServer> {
  for (const file of [join(distDir, 'widget', 'widget.js'), join(distDir, 'inbox', 'index.html')]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` before the e2e tests (npm test does).`);
  }
  return startTestServer(options);
}

/** Creates the first admin through the public setup API, as a new installation would. */
export async function setUpFirstAdmin(server: TestServer, admin: { name: string; email: string; password: string }): Promise<LoginResult> {
  const response = await fetch(`${server.url}${API.setup}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(admin),
  });
  if (response.status !== 201) throw new Error(`setup failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as LoginResult;
}
