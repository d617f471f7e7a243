/**
 * Identity verification: a site that signs its users' ids (HMAC-SHA256 with the site's
 * identity secret) gets them recognised at the handshake; a wrong hash is refused with a
 * clear message, and the widget does not quietly chat anonymously instead.
 */
import { createHmac } from 'node:crypto';
import type { Browser } from 'playwright-core';
import type { TestServer } from '../server/testing/test-server';
import { AgentDesk, visitorIdOf } from './support/agent';
import { launchBrowser } from './support/browser';
import { hostPageHtml, startHostSite, type HostSite } from './support/host-page';
import { setUpFirstAdmin, startParleyForBrowser } from './support/parley';
import { ParleyWidget } from './support/widget';

let server: TestServer;
let browser: Browser;
let agent: AgentDesk;
let secret: string;
const sites: HostSite[] = [];

beforeAll(async () => {
  server = await startParleyForBrowser();
  browser = await launchBrowser();
  agent = await AgentDesk.connect(server, await setUpFirstAdmin(server, { name: 'Mina', email: 'mina@example.com', password: 'a-long-password' }));
  secret = (await server.app.sites.identitySecret(server.app.demoSite.id))!;
});
afterAll(async () => {
  await Promise.all(sites.map((site) => site.close()));
  await browser?.close();
  await server?.stop();
});

const sign = (userId: string) => createHmac('sha256', secret).update(userId).digest('hex');

async function shopFor(calls: string[], boot?: string) {
  const site = await startHostSite(() => hostPageHtml({ parleyUrl: server.url, calls, ...(boot ? { boot } : {}) }));
  sites.push(site);
  const context = await browser.newContext();
  return { tab: await context.newPage(), site, context };
}

it('recognises a signed-in user whose hash is right, and keeps the session token in the site’s storage', async () => {
  const user = { id: 'user-42', hash: sign('user-42'), name: 'Mina Kim', email: 'mina.kim@example.com' };
  const { tab, site, context } = await shopFor([`Parley('identify', ${JSON.stringify(user)});`]);
  await tab.goto(site.url);
  const widget = new ParleyWidget(tab);
  await widget.open();
  await widget.say('Where is my order?');
  const { visitor } = await agent.visitor(await visitorIdOf(tab));
  expect(visitor).toMatchObject({ userId: 'user-42', name: 'Mina Kim', email: 'mina.kim@example.com' });
  await context.close();
});

it('refuses a wrong hash with a clear message and does not fall back to an anonymous chat', async () => {
  const user = { id: 'user-42', hash: sign('someone-else') };
  const { tab, site, context } = await shopFor([], `Parley('boot', { siteKey: 'demo', user: ${JSON.stringify(user)} });`);
  const errors: string[] = [];
  tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await tab.goto(site.url);
  const widget = new ParleyWidget(tab);
  await widget.open();
  await tab.getByRole('status').getByText("We couldn't verify your account, so chat can't start. Please sign in again.").waitFor();
  await widget.box().fill('Hello?');
  await tab.getByRole('button', { name: 'Send', exact: true }).click();
  await tab.waitForTimeout(1000);
  expect(await widget.pendingCount()).toBe(1);
  expect(await tab.evaluate(() => localStorage.getItem('parley:demo:token'))).toBeNull();
  expect(errors.some((text) => text.includes('identify was refused'))).toBe(true);
  await context.close();
});
