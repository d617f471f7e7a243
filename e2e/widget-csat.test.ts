/**
 * A conversation with an agent from the visitor's side, in Korean on Parley's demo page:
 * the agent's name and initials, delivery and read receipts, then the rating when the
 * agent closes, stored on the conversation, then the site's "would you recommend us"
 * question (NPS, switched on by the admin), and the transcript saved as a file.
 */
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import type { TestServer } from '../server/testing/test-server';
import { EV } from '../shared/events';
import { API } from '../shared/http';
import { DEFAULT_WIDGET_SETTINGS } from '../shared/settings';
import { AgentDesk } from './support/agent';
import { launchBrowser } from './support/browser';
import { setUpFirstAdmin, startParleyForBrowser } from './support/parley';
import { ParleyWidget } from './support/widget';

let server: TestServer;
let browser: Browser;
let agent: AgentDesk;

beforeAll(async () => {
  server = await startParleyForBrowser();
  browser = await launchBrowser();
  agent = await AgentDesk.connect(server, await setUpFirstAdmin(server, { name: 'Mina', email: 'mina@example.com', password: 'a-long-password' }));
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

it('shows receipts and the agent, then stores the visitor’s rating and recommendation and offers the transcript', async () => {
  const nps = await fetch(`${server.url}${API.settings}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${agent.token}` },
    body: JSON.stringify({ widget: { ...DEFAULT_WIDGET_SETTINGS, nps: { enabled: true } } }),
  });
  expect(nps.status).toBe(200);
  const context = await browser.newContext({ acceptDownloads: true });
  const tab = await context.newPage();
  const widget = new ParleyWidget(tab, 'ko');
  await tab.goto(`${server.url}/`);
  await widget.open();

  // Step 1: the visitor asks for a person and gets Mina.
  await widget.say('주문한 상품이 파손되어 왔어요');
  await tab.getByRole('button', { name: '상담원 연결' }).last().click();
  await tab.getByText('Mina 상담원이 도와드리고 있습니다').waitFor();
  const [conversation] = await agent.conversationsOf(tab);
  const id = conversation!.id;

  // Step 2: the agent answers; the visitor sees who wrote it.
  await agent.reply(id, '안녕하세요, Mina입니다. 사진을 보내 주시겠어요?');
  await widget.sees('안녕하세요, Mina입니다. 사진을 보내 주시겠어요?');
  const answer = widget.log().locator('.message-agent').last();
  expect(await answer.locator('.author').textContent()).toBe('Mina');
  expect(await answer.locator('.avatar').textContent()).toBe('M');

  // Step 3: delivered, then read once the agent read it.
  await widget.say('네, 잠시만요');
  await widget.log().getByText('전송됨').waitFor();
  const { messages } = await agent.transcript(id);
  await agent.act(EV.messageRead, { conversationId: id, seq: Math.max(...messages.map((message) => message.seq)) });
  await widget.log().getByText('읽음').waitFor();

  // Step 4: the agent closes; the visitor rates.
  await agent.act(EV.conversationClose, { conversationId: id });
  await tab.getByRole('radio', { name: '5점 중 5점' }).check();
  await tab.getByRole('textbox', { name: '의견 (선택)' }).fill('친절하게 도와주셨어요');
  await tab.getByRole('button', { name: '평가 보내기' }).click();
  // Step 5: then, asked by the site, whether they would recommend it (0–10).
  await tab.getByRole('group', { name: '고객님, 저희를 추천하시겠습니까?' }).waitFor();
  await tab.getByRole('radio', { name: '10점 중 9점' }).check();
  await tab.getByRole('button', { name: '평가 보내기' }).click();
  // The thanks already shows after the rating; the question goes once the answer is stored.
  await tab.getByRole('group', { name: '고객님, 저희를 추천하시겠습니까?' }).waitFor({ state: 'detached' });
  await tab.getByText('소중한 의견 감사합니다.').waitFor();
  const rated = await agent.transcript(id);
  expect(rated.conversation.csat).toEqual({ score: 5, comment: '친절하게 도와주셨어요' });
  expect(rated.conversation.nps).toBe(9);

  // Step 6: the transcript, as a file.
  const [download] = await Promise.all([tab.waitForEvent('download'), tab.getByRole('button', { name: '대화 내용 내려받기' }).click()]);
  expect(download.suggestedFilename()).toBe(`parley-transcript-${id}.txt`);
  const text = await readFile((await download.path())!, 'utf8');
  expect(text).toContain('안녕하세요, Mina입니다. 사진을 보내 주시겠어요?');
  expect(text).toContain('나: 주문한 상품이 파손되어 왔어요');
  await context.close();
});
