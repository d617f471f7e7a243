/**
 * The last-admin guard holds across processes: two Parley instances on one database,
 * the site's two admins each demoting or deactivating the other at the same moment,
 * one request on each instance. Exactly one change goes through; one admin remains.
 */
import request from 'supertest';
import { API } from '../../shared/http';
import { startTestServer, type TestServer } from '../testing/test-server';

let first: TestServer;
let second: TestServer;
beforeEach(async () => {
  first = await startTestServer();
  second = await startTestServer({ databaseUri: first.databaseUri });
});
afterEach(async () => {
  await second.stop();
  await first.stop();
});

async function twoAdmins() {
  const site = first.app.demoSite.id;
  const ann = await first.app.accounts.createFirstAdmin(site, { email: 'ann@example.com', password: 'ann-password-1', name: 'Ann' });
  await first.app.accounts.createAgent(site, { email: 'bo@example.com', name: 'Bo', password: 'bo-password-1', role: 'admin' });
  const bo = await second.app.accounts.login({ email: 'bo@example.com', password: 'bo-password-1' });
  return { ann, bo };
}

const activeAdmins = async () => (await first.app.agents.listBySite(first.app.demoSite.id)).filter((agent) => agent.role === 'admin' && agent.active).length;

it.each([
  ['demote each other', (id: string) => ({ method: 'patch' as const, path: API.agent(id), body: { role: 'agent' } })],
  ['deactivate each other', (id: string) => ({ method: 'put' as const, path: API.agentActive(id), body: { active: false } })],
])('leaves one admin when the last two %s at once on two processes', async (_name, change) => {
  for (let round = 0; round < 5; round++) {
    await first.connection.collection('agents').deleteMany({});
    const { ann, bo } = await twoAdmins();
    const byAnn = change(bo.agent.id);
    const byBo = change(ann.agent.id);
    const answers = await Promise.all([
      request(first.app.httpServer)[byAnn.method](byAnn.path).set('Authorization', `Bearer ${ann.token}`).send(byAnn.body),
      request(second.app.httpServer)[byBo.method](byBo.path).set('Authorization', `Bearer ${bo.token}`).send(byBo.body),
    ]);
    // The loser is refused by the guard (403) or, when the winner's change landed before the
    // loser's request was even authenticated, as no longer an active admin (401).
    const [won, lost] = answers.map((answer) => answer.status).sort();
    expect(won).toBe(200);
    expect([401, 403]).toContain(lost);
    expect(await activeAdmins()).toBe(1);
  }
}, 90_000);
