/**
 * The bot on the real model (../shared/models, loaded once for this file) over real
 * sockets and the real database: the site's head trained at start-up, a confident
 * question answered, an off-topic one declined with the human option, the admin's
 * threshold override, persisted example embeddings, and retraining after an edit.
 */
import request from 'supertest';
import type { Message } from '../../shared/domain';
import { EV } from '../../shared/events';
import { API, type IntentOverview } from '../../shared/http';
import { connectVisitor, nextEvent, request as ask, startTestServer, type TestServer, type VisitorClient } from '../testing/test-server';
import { createIntentClassifier } from './classifier/create-classifier';
import { DEFAULT_MODEL_ID, defaultModelsDir } from './classifier/model-location';

const classifier = createIntentClassifier({ modelId: DEFAULT_MODEL_ID, modelsDir: defaultModelsDir(), allowDownload: false, logger: { info: () => {}, warn: () => {} } });
let server: TestServer;
let token: string;

const http = () => request(server.app.httpServer);
const asAdmin = (test: request.Test) => test.set('Authorization', `Bearer ${token}`);
const overview = async () => (await asAdmin(http().get(API.intents)).expect(200)).body as IntentOverview;
const send = (socket: VisitorClient, text: string) => ask<{ message: Message }>(socket, EV.messageSend, { clientId: `c-${crypto.randomUUID()}`, text });
const botSays = (socket: VisitorClient) => nextEvent<Message>(socket, EV.messageCreated, (m) => m.author.kind === 'bot', 20_000);

/** Training runs in the background after any change; the admin screen shows it when done. */
async function trained(): Promise<IntentOverview> {
  for (let attempt = 0; attempt < 600; attempt++) {
    const current = await overview();
    if (current.calibration?.mode === 'semantic+lexical') return current;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the head was never trained');
}

beforeAll(async () => {
  expect(await classifier.modelReady).toBe(true);
  server = await startTestServer({ classifier });
  await server.app.accounts.createFirstAdmin(server.app.demoSite.id, { email: 'admin@example.com', password: 'admin-password', name: 'Admin' });
  token = (await server.app.accounts.login({ email: 'admin@example.com', password: 'admin-password' })).token;
}, 120_000);
afterAll(async () => {
  await server.stop();
});

it('trains the seeded intents at start-up and shows the model and its calibrated threshold to admins', async () => {
  const shown = await trained();
  expect(shown.model).toEqual({ modelId: DEFAULT_MODEL_ID, state: 'ready', problem: null });
  expect(shown.calibration!.threshold).toBeGreaterThan(0.05);
  expect(shown.calibration!.threshold).toBeLessThan(0.95);
  expect(shown.thresholdOverride).toBeNull();
  const stored = await server.connection.collection('intentembeddings').countDocuments();
  expect(stored).toBeGreaterThanOrEqual(shown.intents.reduce((sum, intent) => sum + intent.examples.length, 0));
  // Embedding the seed examples for the first time: seconds on a quiet machine, far more when every core is busy.
}, 90_000);

it('answers a paraphrased question and declines an off-topic one politely, offering a human', async () => {
  await trained();
  const { socket } = await connectVisitor(server, { locale: 'ko' });
  let reply = botSays(socket);
  await send(socket, '제가 주문한 택배가 지금 어디쯤 있을까요?');
  expect((await reply).text).toMatch(/결제 후 보통 2~3일/);
  reply = botSays(socket);
  await send(socket, '오늘 저녁 메뉴 좀 추천해 주세요');
  const declined = await reply;
  expect(declined.text).toMatch(/정확히 이해하지 못했어요/);
  expect(declined.quickReplies).toContainEqual({ label: '상담원 연결', action: 'handoff' });
}, 30_000);

it('lets the admin override the threshold and preview it in the tester', async () => {
  await trained();
  const question = { text: '배송 조회 하고 싶어요' };
  expect((await asAdmin(http().post(API.intentsTest).send(question)).expect(200)).body.best.name).toBe('shipping');
  expect((await asAdmin(http().post(API.intentsTest).send({ ...question, threshold: 0.99 })).expect(200)).body.best).toBeNull();
  await asAdmin(http().put(API.intentsThreshold).send({ threshold: 0.99 })).expect(200);
  expect((await overview()).thresholdOverride).toBe(0.99);
  expect((await asAdmin(http().post(API.intentsTest).send(question)).expect(200)).body.best).toBeNull();
  await asAdmin(http().put(API.intentsThreshold).send({ threshold: 2 })).expect(400);
  await asAdmin(http().put(API.intentsThreshold).send({ threshold: null })).expect(200);
  expect((await asAdmin(http().post(API.intentsTest).send(question)).expect(200)).body.best.name).toBe('shipping');
}, 30_000);

it('retrains after an intent is added, so the next question finds it', async () => {
  await asAdmin(http().put(API.intent('gift_wrap')))
    .send({ name: 'gift_wrap', examples: ['선물 포장 되나요', '선물용으로 포장해 주세요', 'can you gift wrap it', 'wrap it as a present'], answer: { ko: '선물 포장은 주문서에서 선택하실 수 있습니다.', en: 'Choose gift wrapping at checkout.' } })
    .expect(200);
  await trained();
  const tested = await asAdmin(http().post(API.intentsTest).send({ text: 'could you wrap this as a gift for my mum?' })).expect(200);
  expect(tested.body).toMatchObject({ mode: 'semantic+lexical', best: { name: 'gift_wrap' } });
}, 30_000);
