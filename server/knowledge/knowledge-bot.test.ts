/**
 * The bot answering from help articles on the real model (../shared/models) over real
 * sockets and the real database: an unconfident question gets an article card, "This
 * helped" closes it as solved by the bot, an off-topic question gets no article but the
 * polite decline with the human option, and passage vectors persist for restarts.
 */
import request from 'supertest';
import type { Conversation, Message } from '../../shared/domain';
import { EV } from '../../shared/events';
import { API, type IntentOverview } from '../../shared/http';
import { KB_API, type Article } from '../../shared/knowledge';
import { createIntentClassifier } from '../bot/classifier/create-classifier';
import { DEFAULT_MODEL_ID, defaultModelsDir } from '../bot/classifier/model-location';
import { connectVisitor, nextEvent, request as ask, startTestServer, type TestServer, type VisitorClient } from '../testing/test-server';

const model = { modelId: DEFAULT_MODEL_ID, modelsDir: defaultModelsDir(), allowDownload: false };
const quiet = { info: () => {}, warn: () => {} };
const classifier = createIntentClassifier({ ...model, logger: quiet });
const embedder = classifier.embedder!()!;
let server: TestServer;
let token: string;
let washing: Article;

const http = () => request(server.app.httpServer);
const asAdmin = (test: request.Test) => test.set('Authorization', `Bearer ${token}`);
const send = (socket: VisitorClient, text: string) => ask<{ message: Message }>(socket, EV.messageSend, { clientId: `c-${crypto.randomUUID()}`, text });
const botSays = (socket: VisitorClient) => nextEvent<Message>(socket, EV.messageCreated, (m) => m.author.kind === 'bot', 20_000);

const articles = [
  { title: '니트 세탁 방법', body: '울 니트는 찬물에 중성세제로 손세탁해 주세요. 비틀어 짜지 마시고 마른 수건으로 눌러 물기를 빼 주세요.\n\n건조기는 사용하지 마시고, 평평하게 눕혀 그늘에서 말려 주세요.', tags: ['care'], locale: 'ko', published: true },
  { title: 'Gift cards', body: 'Gift cards come in amounts from 10,000 to 500,000 won and never expire.\n\nRedeem a gift card at checkout by entering its 16-digit code.', tags: [], locale: 'en', published: true },
];

/** Intent training runs in the background after start-up: wait until the head answers, as visitors would meet it. */
async function trained() {
  for (let attempt = 0; attempt < 300; attempt++) {
    const overview = (await asAdmin(http().get(API.intents)).expect(200)).body as IntentOverview;
    if (overview.calibration?.mode === 'semantic+lexical') return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the intent head was never trained');
}

beforeAll(async () => {
  expect(await classifier.modelReady).toBe(true);
  expect(await embedder.ready).toBe(true);
  server = await startTestServer({ classifier, knowledge: { embedder } });
  await server.app.accounts.createFirstAdmin(server.app.demoSite.id, { email: 'admin@example.com', password: 'admin-password', name: 'Admin' });
  token = (await server.app.accounts.login({ email: 'admin@example.com', password: 'admin-password' })).token;
  const created = await Promise.all(articles.map(async (article) => (await asAdmin(http().post(KB_API.articles).send(article)).expect(201)).body.article as Article));
  washing = created[0]!;
  await trained();
}, 120_000);
afterAll(async () => {
  await server.stop();
});

it('answers an unconfident question with the matching article’s card, and "This helped" closes it as solved by the bot', async () => {
  const { socket } = await connectVisitor(server, { locale: 'ko' });
  const reply = botSays(socket);
  await send(socket, '스웨터 빨래는 어떻게 해야 하나요?');
  const offered = await reply;
  expect(offered.text).toMatch(/도움말을 찾았어요/);
  expect(offered.articles).toHaveLength(1);
  expect(offered.articles![0]).toMatchObject({ id: washing.id, title: '니트 세탁 방법', url: KB_API.page(server.app.demoSite.id, washing.id) });
  expect(offered.articles![0]!.snippet).toMatch(/세탁|건조기/);
  expect(offered.quickReplies).toEqual([{ label: '도움이 됐어요', action: 'solved' }, { label: '상담원 연결', action: 'handoff' }]);

  const page = await http().get(offered.articles![0]!.url).expect(200);
  expect(page.text).toContain('니트 세탁 방법');

  const solved = await ask<{ conversation: Conversation }>(socket, EV.conversationSolve, {});
  expect(solved.ok && solved.data.conversation).toMatchObject({ status: 'closed', resolution: 'bot' });
}, 30_000);

it('finds an English article from an English question', async () => {
  const { socket } = await connectVisitor(server, { locale: 'en' });
  const reply = botSays(socket);
  await send(socket, 'do gift cards ever expire?');
  const offered = await reply;
  expect(offered.articles?.map((article) => article.title)).toEqual(['Gift cards']);
  expect(offered.quickReplies).toContainEqual({ label: 'This helped', action: 'solved' });
}, 30_000);

it('offers no article for an off-topic question: the polite decline with the human option stays', async () => {
  const { socket } = await connectVisitor(server, { locale: 'ko' });
  const reply = botSays(socket);
  await send(socket, '오늘 저녁 메뉴 좀 추천해 주세요');
  const declined = await reply;
  expect(declined.articles).toBeUndefined();
  expect(declined.text).toMatch(/정확히 이해하지 못했어요/);
  expect(declined.quickReplies).toContainEqual({ label: '상담원 연결', action: 'handoff' });
}, 30_000);

it('keeps the passages’ vectors keyed by model and text, so a restart embeds nothing again', async () => {
  const stored = server.connection.collection('knowledgeembeddings');
  const rows = await stored.find({}).toArray();
  // Each article: its title and every sentence with the title in front.
  expect(rows.length).toBeGreaterThanOrEqual(7);
  expect(rows.every((row) => row.modelId === DEFAULT_MODEL_ID)).toBe(true);
}, 30_000);
