/**
 * The bot's knowledge end to end, on the real model (../shared/models): an admin writes
 * and publishes a help article and adds an intent in the inbox; a visitor in the widget
 * gets the intent's answer to one question and the article's card to another, and "This
 * helped" closes the conversation as solved by the bot; questions nothing covers get the
 * unsure reply and come back to the admin as one cluster of unanswered questions.
 */
import type { Browser, Page } from 'playwright-core';
import type { TestServer } from '../server/testing/test-server';
import type { LoginResult } from '../shared/http';
import { createIntentClassifier } from '../server/bot/classifier/create-classifier';
import { DEFAULT_MODEL_ID, defaultModelsDir } from '../server/bot/classifier/model-location';
import { AgentDesk } from './support/agent';
import { launchBrowser } from './support/browser';
import { AgentInbox, waitForText } from './support/pages';
import { setUpFirstAdmin, startParleyForBrowser } from './support/parley';
import { ParleyWidget } from './support/widget';

const admin = { name: 'Admin', email: 'admin@example.com', password: 'a-long-password' };

const article = {
  title: '선물 포장 안내',
  body: '주문서에서 선물 포장을 선택하시면 상자와 리본으로 포장해 보내 드립니다. 선물 포장 비용은 한 상자에 2,000원입니다.\n\n포장지는 빨강, 초록, 크라프트 세 가지 중에서 고르실 수 있습니다.',
};
const petAnswer = '고객님, 모든 매장에 반려동물과 함께 오실 수 있어요. 목줄은 꼭 채워 주세요.';
const unanswered = ['주식 종목 추천해 주세요', '주식 종목 추천해 줘요', '주식 종목 추천 부탁해요'];

let server: TestServer;
let browser: Browser;
let login: LoginResult;

beforeAll(async () => {
  const classifier = createIntentClassifier({ modelId: DEFAULT_MODEL_ID, modelsDir: defaultModelsDir(), allowDownload: false, logger: { info: () => {}, warn: () => {} } });
  expect(await classifier.modelReady).toBe(true);
  server = await startParleyForBrowser({ classifier });
  browser = await launchBrowser();
  login = await setUpFirstAdmin(server, admin);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A visitor of their own (a fresh context) opens the widget on Parley's demo page, in Korean. */
async function newVisitor(): Promise<{ tab: Page; widget: ParleyWidget }> {
  const tab = await (await browser.newContext()).newPage();
  const widget = new ParleyWidget(tab, 'ko');
  await tab.goto(`${server.url}/`);
  await widget.open();
  return { tab, widget };
}

it('answers from a new intent and a new article, and clusters what it could not answer', async () => {
  const context = await browser.newContext();
  const inbox = new AgentInbox(await context.newPage());
  await inbox.signIn(server.url, admin.email, admin.password);
  const page = inbox.page;

  // Step 1: the admin writes and publishes a help article.
  await page.getByRole('button', { name: 'Knowledge base' }).click();
  const form = page.getByRole('form', { name: 'New article' });
  await form.getByRole('textbox', { name: 'Title' }).fill(article.title);
  await form.getByRole('textbox', { name: /^Body/ }).fill(article.body);
  await form.getByRole('textbox', { name: 'Tags (comma-separated)' }).fill('주문, 선물');
  await form.getByRole('combobox', { name: 'Language' }).selectOption('ko');
  await form.getByRole('checkbox', { name: 'Published (visitors and the bot see it)' }).check();
  await form.getByRole('button', { name: 'Create article' }).click();
  await page.getByRole('status').getByText(`Created "${article.title}".`).waitFor();
  await page.getByRole('list', { name: 'Articles' }).getByRole('link', { name: `View ${article.title}` }).waitFor();

  // Step 2: the admin adds an intent, and the bot trains on it.
  await page.getByRole('button', { name: 'Back to conversations' }).click();
  await page.getByRole('button', { name: 'Bot intents' }).click();
  await page.getByRole('button', { name: 'New intent' }).click();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('pet_policy');
  await page.getByRole('textbox', { name: /^Display name in Korean/ }).fill('반려동물 동반');
  await page.getByRole('textbox', { name: 'Display name in English' }).fill('Pets in stores');
  await page.getByRole('textbox', { name: 'Examples (one per line)' }).fill(['매장에 강아지 데려가도 되나요?', '반려동물 동반 입장 가능한가요?', '고양이랑 같이 가도 돼요?', '애완견 데리고 매장 방문해도 될까요?', 'can I bring my dog to the store?'].join('\n'));
  await page.getByRole('textbox', { name: 'Answer in Korean' }).fill(petAnswer);
  await page.getByRole('textbox', { name: 'Answer in English' }).fill('You are welcome to bring your pet to any of our stores. Please keep it on a leash.');
  await page.getByRole('button', { name: 'Save intent' }).click();
  await page.getByRole('button', { name: 'Edit intent pet_policy' }).waitFor();
  await page.getByText('Model: parley/use-multilingual-v3 (semantic matching on)').waitFor({ timeout: 30_000 });
  await page.getByText('Training on the current intents…').waitFor({ state: 'detached', timeout: 30_000 });
  await waitForText(page, /^Calibrated threshold 0\.\d\d from \d+ examples/, 20_000);

  // Step 3: a visitor gets the intent's answer, then the article's card, and says it helped.
  const visitor = await newVisitor();
  await visitor.widget.say('강아지랑 같이 매장에 가도 되나요?');
  await waitForText(visitor.widget.log(), petAnswer, 20_000);
  await visitor.widget.say('선물 포장도 해 주시나요?');
  const card = visitor.widget.log().getByRole('link', { name: article.title });
  await card.waitFor({ timeout: 20_000 });
  expect(await card.getAttribute('href')).toMatch(new RegExp(`^${server.url}/kb/[^/]+/[^/]+$`));
  await visitor.tab.getByRole('button', { name: '도움이 됐어요' }).last().click();
  const desk = await AgentDesk.connect(server, login);
  await expect.poll(async () => (await desk.conversationsOf(visitor.tab))[0], { timeout: 10_000 }).toMatchObject({ status: 'closed', resolution: 'bot' });

  // Step 4: questions nothing covers get the unsure reply, one visitor each.
  for (const question of unanswered) {
    const other = await newVisitor();
    await other.widget.say(question);
    await waitForText(other.widget.log(), '제가 정확히 이해하지 못했어요', 20_000);
    expect(await other.widget.log().getByRole('link').count()).toBe(0);
  }
  await server.app.learning.recorder.idle();

  // ...and the admin finds them as one cluster.
  await page.getByRole('button', { name: 'Back to conversations' }).click();
  await page.getByRole('button', { name: 'Unanswered questions' }).click();
  const clusters = page.getByRole('list', { name: 'Question clusters, most frequent first' });
  const cluster = clusters.locator(':scope > li').filter({ hasText: /Asked [23] times/ });
  await cluster.waitFor({ timeout: 15_000 });
  const shown = await cluster.innerText();
  expect(unanswered.filter((question) => shown.includes(question)).length).toBeGreaterThanOrEqual(2);
  expect(shown).not.toContain('선물 포장');
  expect(shown).not.toContain('강아지');
  await context.close();
}, 90_000);
