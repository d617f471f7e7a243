/**
 * An image the visitor attaches on a website of another origin: uploaded with the visitor's
 * token (a CORS request with a preflight), shown as a preview, and stored for the agent.
 */
import type { Browser } from 'playwright-core';
import type { TestServer } from '../server/testing/test-server';
import { API } from '../shared/http';
import { AgentDesk } from './support/agent';
import { launchBrowser } from './support/browser';
import { hostPageHtml, startHostSite, type HostSite } from './support/host-page';
import { setUpFirstAdmin, startParleyForBrowser } from './support/parley';
import { ParleyWidget } from './support/widget';

/** A 1×1 PNG. */
const DOT = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

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

async function previewLoaded(widget: ParleyWidget, name: string) {
  const image = widget.log().getByRole('img', { name });
  await image.waitFor();
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth), { timeout: 10_000 }).toBe(1);
  return image;
}

it('sends an image that reaches the agent and shows as a preview, also after a reload', async () => {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const widget = new ParleyWidget(tab);
  await tab.goto(site.url);
  await widget.open();
  await widget.say('Here is a photo of the damage');

  await tab.locator('input[type=file]').setInputFiles({ name: 'dot.png', mimeType: 'image/png', buffer: DOT });
  await previewLoaded(widget, 'dot.png');
  await widget.waitUntilNothingPending();

  // The agent has it, byte for byte.
  const [conversation] = await agent.conversationsOf(tab);
  const { messages } = await agent.transcript(conversation!.id);
  const sent = messages.find((message) => message.attachment);
  expect(sent?.attachment).toMatchObject({ name: 'dot.png', type: 'image/png', size: DOT.length });
  const file = await fetch(`${server.url}${API.attachment(sent!.attachment!.id)}`, { headers: { authorization: `Bearer ${agent.token}` } });
  expect(Buffer.from(await file.arrayBuffer())).toEqual(DOT);

  // After a reload the preview comes from Parley, fetched with the visitor's token.
  await tab.reload();
  await widget.box().waitFor();
  const preview = await previewLoaded(widget, 'dot.png');
  expect(await preview.getAttribute('src')).toMatch(/^blob:/);
  await context.close();
});

it('refuses a file type the site does not accept, before uploading it', async () => {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const widget = new ParleyWidget(tab, 'ko');
  await tab.goto(`${server.url}/`);
  await widget.open();
  await widget.say('안녕하세요');
  const uploads: string[] = [];
  tab.on('request', (request) => request.url().includes(API.attachments) && uploads.push(request.url()));
  await tab.locator('input[type=file]').setInputFiles({ name: 'page.html', mimeType: 'text/html', buffer: Buffer.from('<b>hi</b>') });
  await tab.getByRole('alert').getByText('이 종류의 파일은 보내실 수 없습니다.').waitFor();
  expect(uploads).toEqual([]);
  await context.close();
});
