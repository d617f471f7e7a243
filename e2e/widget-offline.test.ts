/**
 * The offline outbox in real Chromium: what the visitor sends while offline shows as
 * pending, survives loading the page again while still offline, and reaches Parley once,
 * in order, when the network is back.
 */
import type { Browser } from 'playwright-core';
import type { TestServer } from '../server/testing/test-server';
import { AgentDesk } from './support/agent';
import { launchBrowser } from './support/browser';
import { hostPageHtml, startHostSite, type HostSite } from './support/host-page';
import { setUpFirstAdmin, startParleyForBrowser } from './support/parley';
import { ParleyWidget } from './support/widget';

let server: TestServer;
let browser: Browser;
let agent: AgentDesk;
let site: HostSite;

beforeAll(async () => {
  server = await startParleyForBrowser();
  browser = await launchBrowser();
  agent = await AgentDesk.connect(server, await setUpFirstAdmin(server, { name: 'Mina', email: 'mina@example.com', password: 'a-long-password' }));
  site = await startHostSite(() => hostPageHtml({ parleyUrl: server.url }));
});
afterAll(async () => {
  await site?.close();
  await browser?.close();
  await server?.stop();
});

it('keeps messages typed offline across a page load and sends each once, in order, when back online', async () => {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const widget = new ParleyWidget(tab);

  // Step 1: a conversation under way, online.
  await tab.goto(site.url);
  await widget.open();
  await widget.say('Before the tunnel');
  await widget.waitUntilNothingPending();

  // Step 2: the network goes; the widget says so and keeps what the visitor types.
  await context.setOffline(true);
  await tab.getByText(widget.t.connection.reconnecting).waitFor();
  for (const text of ['Offline one', 'Offline two', 'Offline three']) await widget.say(text);
  expect(await widget.pendingCount()).toBe(3);

  // Step 3: the visitor loads the page again, still offline (from the browser's cache;
  // Chromium's reload would revalidate the page over the missing network).
  await tab.goto(site.url);
  await widget.box().waitFor();
  for (const text of ['Offline one', 'Offline two', 'Offline three']) await widget.sees(text);
  expect(await widget.pendingCount()).toBe(3);
  await widget.say('Offline four, after the reload');

  // Step 4: back online: everything is sent, once, in the order it was typed.
  await context.setOffline(false);
  await widget.waitUntilNothingPending(30_000);
  const [conversation] = await agent.conversationsOf(tab);
  const { messages } = await agent.transcript(conversation!.id);
  const fromVisitor = messages.filter((message) => message.author.kind === 'visitor').map((message) => message.text);
  expect(fromVisitor).toEqual(['Before the tunnel', 'Offline one', 'Offline two', 'Offline three', 'Offline four, after the reload']);
  expect(await tab.evaluate(() => localStorage.getItem('parley:demo:outbox'))).toBeNull();
  await context.close();
});
