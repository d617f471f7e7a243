/** An admin tries a sentence against the live classifier in the inbox and sees the ranked intents. */
import type { Browser } from 'playwright-core';
import type { TestServer } from '../server/testing/test-server';
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

it('lets an admin test a Korean sentence and edit an intent the bot then uses', async () => {
  const admin = { name: 'Admin', email: 'admin@example.com', password: 'a-long-password' };
  await setUpFirstAdmin(server, admin);
  const context = await browser.newContext();
  const inbox = new AgentInbox(await context.newPage());
  await inbox.signIn(server.url, admin.email, admin.password);
  const page = inbox.page;

  await page.getByRole('button', { name: 'Bot intents' }).click();
  await page.getByRole('button', { name: 'Edit intent refund' }).waitFor();
  await page.getByRole('textbox', { name: 'Test sentence' }).fill('환불하고 싶어요');
  await page.getByRole('list', { name: 'Top intents' }).getByText(/^refund — 0\.\d\d$/).waitFor();

  await page.getByRole('button', { name: 'New intent' }).click();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('gift_wrap');
  await page.getByRole('textbox', { name: 'Examples (one per line)' }).fill('선물 포장\ngift wrap');
  await page.getByRole('textbox', { name: 'Answer in Korean' }).fill('선물 포장은 주문서에서 선택하실 수 있습니다.');
  await page.getByRole('button', { name: 'Save intent' }).click();
  await page.getByRole('button', { name: 'Edit intent gift_wrap' }).waitFor();
  await page.getByRole('textbox', { name: 'Test sentence' }).fill('선물 포장 되나요?');
  await page.getByRole('status').getByText('The bot would answer: gift_wrap').waitFor();
  await context.close();
});
