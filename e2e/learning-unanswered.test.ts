/** What the bot could not answer reaches the admin as a cluster, which becomes an intent in two clicks. */
import type { Browser } from 'playwright-core';
import type { Message } from '../shared/domain';
import { EV } from '../shared/events';
import { connectVisitor, nextEvent, request, type TestServer } from '../server/testing/test-server';
import { launchBrowser } from './support/browser';
import { AgentInbox } from './support/pages';
import { setUpFirstAdmin, startParleyForBrowser } from './support/parley';

let server: TestServer;
let browser: Browser;
beforeAll(async () => {
  server = await startParleyForBrowser();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function visitorAsks(text: string) {
  const { socket } = await connectVisitor(server, { locale: 'ko' });
  const reply = nextEvent<Message>(socket, EV.messageCreated, (message) => message.author.kind === 'bot', 20_000);
  await request(socket, EV.messageSend, { clientId: `c-${crypto.randomUUID()}`, text });
  await reply;
  socket.disconnect();
}

it('shows a cluster of unanswered questions and makes an intent of it', async () => {
  const admin = { name: 'Admin', email: 'admin@example.com', password: 'a-long-password' };
  await setUpFirstAdmin(server, admin);
  for (const question of ['비트코인 시세 알려 주세요', '비트코인 시세 알려줘요', '오늘 날씨 어때요?']) await visitorAsks(question);
  await server.app.learning.recorder.idle();

  const context = await browser.newContext();
  const inbox = new AgentInbox(await context.newPage());
  await inbox.signIn(server.url, admin.email, admin.password);
  const page = inbox.page;
  await page.getByRole('button', { name: 'Unanswered questions' }).click();
  const clusters = page.getByRole('list', { name: 'Question clusters, most frequent first' });
  await clusters.getByText('비트코인 시세 알려 주세요 · Asked 2 times').waitFor();
  expect(await clusters.locator(':scope > li').count()).toBe(2);

  await page.getByRole('button', { name: 'Make intent from "비트코인 시세 알려 주세요"' }).click();
  await page.getByRole('textbox', { name: 'Intent name (a–z, 0–9, _)' }).fill('crypto_prices');
  await page.getByRole('button', { name: 'Save intent' }).click();
  await page.getByRole('status').getByText('Saved: the bot is learning "crypto_prices".').waitFor();
  await clusters.getByText('비트코인 시세 알려 주세요 · Asked 2 times').waitFor({ state: 'detached' });
  expect(await clusters.locator(':scope > li').count()).toBe(1);

  await page.getByRole('button', { name: 'Bot intents' }).click();
  await page.getByRole('button', { name: 'Edit intent crypto_prices' }).waitFor();
  await context.close();
});
