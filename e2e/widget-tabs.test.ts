/**
 * Two tabs of the same site: one visitor, one conversation, the same messages in both,
 * the panel opening and closing together, and the badge cleared everywhere once read.
 */
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
let site: HostSite;

beforeAll(async () => {
  server = await startParleyForBrowser();
  browser = await launchBrowser();
  agent = await AgentDesk.connect(server, await setUpFirstAdmin(server, { name: 'Mina', email: 'mina@example.com', password: 'a-long-password' }));
  site = await startHostSite((path) => hostPageHtml({ parleyUrl: server.url, title: `Shop ${path}` }));
});
afterAll(async () => {
  await site?.close();
  await browser?.close();
  await server?.stop();
});

it('shows the same conversation in two tabs and keeps them in step', async () => {
  const context = await browser.newContext();
  const first = new ParleyWidget(await context.newPage());
  const second = new ParleyWidget(await context.newPage());
  await first.page.goto(`${site.url}/products`);
  await first.open();
  await first.say('Hello from the first tab');
  await second.page.goto(`${site.url}/cart`);

  // The second tab is the same visitor, and opens with the panel the first one left open.
  await second.box().waitFor();
  expect(await visitorIdOf(second.page)).toBe(await visitorIdOf(first.page));
  await second.sees('Hello from the first tab');

  // What either tab sends shows in both.
  await second.say('And hello from the second');
  await first.sees('And hello from the second');

  // An agent's answer reaches both.
  await second.page.getByRole('button', { name: 'Talk to a human' }).last().click();
  await first.sees(/Mina/);
  const [conversation] = await agent.conversationsOf(first.page);
  await agent.reply(conversation!.id, 'Hi, I am Mina. How can I help?');
  await first.sees('Hi, I am Mina. How can I help?');
  await second.sees('Hi, I am Mina. How can I help?');

  // Closing in one tab closes the other; a new answer then shows on both badges…
  await first.page.getByRole('button', { name: 'Close chat' }).click();
  await second.box().waitFor({ state: 'detached' });
  await agent.reply(conversation!.id, 'Are you still there?');
  for (const tab of [first, second]) await tab.page.getByRole('button', { name: 'Open chat (1 unread)' }).waitFor();

  // …and reading it in one tab clears both.
  await first.open();
  await first.sees('Are you still there?');
  for (const tab of [first, second]) await tab.page.getByRole('button', { name: 'Open chat', exact: true }).waitFor();
  const read = await agent.transcript(conversation!.id);
  expect(read.conversation.readSeq.visitor).toBe(read.conversation.lastSeq);
  await context.close();
});
