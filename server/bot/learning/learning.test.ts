/**
 * Learning from agents on the real model (../shared/models) over real sockets and the real
 * store: an agent's correction, once an admin accepts it, changes the bot's next answer;
 * questions the bot could not answer are recorded, clustered by meaning, turned into an
 * intent or dismissed, and counted in the reports.
 */
import request from 'supertest';
import type { Message } from '../../../shared/domain';
import { EV } from '../../../shared/events';
import { API, type IntentOverview } from '../../../shared/http';
import { LEARNING_API, type ExampleSuggestion, type UnansweredOverview } from '../../../shared/learning';
import { AUDIT_API } from '../../../shared/audit';
import { localParts } from '../../../shared/reports/local-time';
import { DEFAULT_BUSINESS_HOURS } from '../../../shared/settings';
import { connectVisitor, nextEvent, request as ask, signedInAgent, startTestServer, type TestServer, type VisitorClient } from '../../testing/test-server';
import { createIntentClassifier } from '../classifier/create-classifier';
import { DEFAULT_MODEL_ID, defaultModelsDir } from '../classifier/model-location';

const classifier = createIntentClassifier({ modelId: DEFAULT_MODEL_ID, modelsDir: defaultModelsDir(), allowDownload: false, logger: { info: () => {}, warn: () => {} } });
let server: TestServer;
let adminToken: string;
let agentToken: string;

const http = () => request(server.app.httpServer);
const as = (token: string) => (test: request.Test) => test.set('Authorization', `Bearer ${token}`);
const asAdmin = (test: request.Test) => as(adminToken)(test);
const asAgent = (test: request.Test) => as(agentToken)(test);
const send = (socket: VisitorClient, text: string) => ask<{ message: Message }>(socket, EV.messageSend, { clientId: `c-${crypto.randomUUID()}`, text });
const botSays = (socket: VisitorClient) => nextEvent<Message>(socket, EV.messageCreated, (m) => m.author.kind === 'bot', 20_000);
// The report's days are the site's (Asia/Seoul by default): after 15:00 UTC that is already tomorrow.
const today = () => localParts(Date.now(), DEFAULT_BUSINESS_HOURS.timezone).day;

/** Training runs in the background after any change; the admin screen shows it when done. */
async function trained(): Promise<IntentOverview> {
  for (let attempt = 0; attempt < 300; attempt++) {
    const current = (await asAdmin(http().get(API.intents)).expect(200)).body as IntentOverview;
    if (current.calibration?.mode === 'semantic+lexical') return current;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the head was never trained');
}

/** A new visitor asks one question; resolves with the conversation and the bot's reply. */
async function ask1(text: string, locale: 'ko' | 'en' = 'ko') {
  const { socket } = await connectVisitor(server, { locale });
  const reply = botSays(socket);
  const sent = await send(socket, text);
  if (!sent.ok) throw new Error(sent.error.message);
  return { conversationId: sent.data.message.conversationId, reply: await reply };
}

beforeAll(async () => {
  expect(await classifier.modelReady).toBe(true);
  server = await startTestServer({ classifier });
  await server.app.accounts.createFirstAdmin(server.app.demoSite.id, { email: 'admin@example.com', password: 'admin-password', name: 'Admin' });
  adminToken = (await server.app.accounts.login({ email: 'admin@example.com', password: 'admin-password' })).token;
  agentToken = (await signedInAgent(server, { email: 'agent@example.com', name: 'Mina' })).token;
  await trained();
}, 120_000);
afterAll(async () => {
  await server.stop();
});

const STORE_ANSWER = /성수동과 부산 서면/;
const SHOWROOM = '쇼룸에서 실물 구경 가능할까요?';

it("an agent's correction, accepted by an admin, changes the bot's next answer", async () => {
  const first = await ask1(SHOWROOM);
  expect(first.reply.text).not.toMatch(STORE_ANSWER);

  // Agents pick from the site's intents, then mark the answer wrong.
  const choices = (await asAgent(http().get(LEARNING_API.intentChoices)).expect(200)).body.intents as { name: string }[];
  expect(choices.map((choice) => choice.name)).toContain('store_location');
  const created = await asAgent(http().post(LEARNING_API.suggestions).send({ conversationId: first.conversationId, seq: first.reply.seq, intent: 'store_location' })).expect(201);
  expect(created.body.suggestion).toMatchObject({ question: SHOWROOM, intent: 'store_location', suggestedBy: { name: 'Mina' } });
  await asAgent(http().post(LEARNING_API.suggestions).send({ conversationId: first.conversationId, seq: first.reply.seq, intent: 'no_such_intent' })).expect(404);
  await asAgent(http().post(LEARNING_API.suggestions).send({ conversationId: first.conversationId, seq: 'x', intent: null })).expect(400);

  // Sealed at rest like message text.
  const stored = await server.connection.collection('intentsuggestions').findOne({});
  expect(String(stored?.question)).not.toContain('쇼룸');

  // Only admins review.
  await asAgent(http().get(LEARNING_API.suggestions)).expect(403);
  const id = (created.body.suggestion as ExampleSuggestion).id;
  await asAgent(http().post(LEARNING_API.suggestion(id)).send({ intent: 'store_location' })).expect(403);
  const pending = (await asAdmin(http().get(LEARNING_API.suggestions)).expect(200)).body.suggestions as ExampleSuggestion[];
  expect(pending).toEqual([expect.objectContaining({ id, question: SHOWROOM })]);
  await asAdmin(http().post(LEARNING_API.suggestion(id)).send({ intent: 'store_location' })).expect(200);
  expect((await asAdmin(http().get(LEARNING_API.suggestions)).expect(200)).body.suggestions).toEqual([]);

  const audit = await asAdmin(http().get(AUDIT_API.entries).query({ action: 'intent-suggestion-accepted' })).expect(200);
  expect(audit.body.entries).toEqual([expect.objectContaining({ target: 'intent:store_location', actor: expect.objectContaining({ name: 'Admin' }) })]);

  const shown = await trained();
  expect(shown.intents.find((intent) => intent.name === 'store_location')?.examples).toContain(SHOWROOM);
  const again = await ask1(SHOWROOM);
  expect(again.reply.text).toMatch(STORE_ANSWER);
}, 60_000);

it('a correction from the handoff card finds the question, and a rejected one is dropped', async () => {
  const { conversationId } = await ask1('우주선 타고 화성 가는 표 있나요?');
  const created = await asAgent(http().post(LEARNING_API.suggestions).send({ conversationId, intent: null })).expect(201);
  expect(created.body.suggestion).toMatchObject({ question: '우주선 타고 화성 가는 표 있나요?', intent: null });
  await asAdmin(http().delete(LEARNING_API.suggestion(created.body.suggestion.id))).expect(204);
  await asAdmin(http().delete(LEARNING_API.suggestion(created.body.suggestion.id))).expect(404);
  await asAgent(http().post(LEARNING_API.suggestions).send({ conversationId: '0123456789abcdef01234567', intent: null })).expect(404);
}, 30_000);

it('records what the bot could not answer, clusters it by meaning, and an admin makes an intent of a cluster', async () => {
  const dinner = ['오늘 저녁 메뉴 좀 추천해 주세요', '저녁으로 뭐 먹을지 추천해 주실 수 있나요?', 'what should I cook for dinner tonight?'];
  const bitcoin = ['비트코인 시세가 지금 얼마예요?', 'what is the bitcoin price right now?'];
  for (const question of [...dinner, ...bitcoin]) await ask1(question, /[a-z]/.test(question) ? 'en' : 'ko');
  await server.app.learning.recorder.idle();

  // Agents may not read them; the stored text is sealed.
  await asAgent(http().get(LEARNING_API.unanswered)).expect(403);
  const raw = await server.connection.collection('unansweredquestions').find({}).toArray();
  expect(raw.some((row) => String(row.text).includes('저녁'))).toBe(false);

  const overview = (await asAdmin(http().get(LEARNING_API.unanswered)).expect(200)).body as UnansweredOverview;
  const dinnerCluster = overview.clusters.find((cluster) => cluster.samples.includes(dinner[0]!));
  expect(dinnerCluster).toMatchObject({ count: 3, mode: 'semantic' });
  expect(new Set(dinnerCluster!.samples)).toEqual(new Set(dinner));
  expect(overview.clusters[0]!.id).toBe(dinnerCluster!.id);
  const bitcoinCluster = overview.clusters.find((cluster) => cluster.samples.includes(bitcoin[0]!));
  expect(bitcoinCluster).toMatchObject({ count: 2 });

  // The top unanswered questions of today's report, as JSON and CSV.
  const report = await asAdmin(http().get(LEARNING_API.report).query({ from: today(), to: today() })).expect(200);
  expect(report.body.top[0]).toMatchObject({ count: 3 });
  const csv = await asAdmin(http().get(LEARNING_API.report).query({ from: today(), to: today(), format: 'csv' })).expect(200);
  expect(csv.text).toMatch(/^\uFEFFsample_question,count\r\n/);
  expect(csv.text).toContain(',3\r\n');
  await asAgent(http().get(LEARNING_API.report).query({ from: today(), to: today() })).expect(403);

  // "Make intent": the cluster's questions become a new intent's examples, and leave the list.
  await asAdmin(
    http()
      .post(LEARNING_API.unansweredToIntent)
      .send({ questionIds: dinnerCluster!.questionIds, newIntent: { name: 'dinner_ideas', displayName: { ko: '저녁 메뉴', en: 'Dinner ideas' }, answer: { ko: '고객님, 저녁 메뉴는 레시피 게시판을 참고해 주세요.', en: 'See our recipe board.' } } }),
  ).expect(200);
  const intents = (await trained()).intents;
  expect(intents.find((intent) => intent.name === 'dinner_ideas')).toMatchObject({ examples: dinner, displayName: { ko: '저녁 메뉴', en: 'Dinner ideas' } });
  await asAdmin(http().post(LEARNING_API.unansweredToIntent).send({ questionIds: bitcoinCluster!.questionIds, newIntent: { name: 'dinner_ideas' } })).expect(400);

  // Dismiss drops the rest.
  await asAdmin(http().post(LEARNING_API.unansweredDismiss).send({ questionIds: bitcoinCluster!.questionIds })).expect(200);
  const after = (await asAdmin(http().get(LEARNING_API.unanswered)).expect(200)).body as UnansweredOverview;
  expect(after.clusters.flatMap((cluster) => cluster.samples).filter((sample) => [...dinner, ...bitcoin].includes(sample))).toEqual([]);
}, 90_000);

it("erasing a visitor also erases their recorded questions and the suggestions made from them", async () => {
  const { socket, session } = await connectVisitor(server, { locale: 'ko' });
  const reply = botSays(socket);
  const sent = await send(socket, '달나라 여행 상품도 파나요?');
  if (!sent.ok) throw new Error(sent.error.message);
  await reply;
  await server.app.learning.recorder.idle();
  await asAgent(http().post(LEARNING_API.suggestions).send({ conversationId: sent.data.message.conversationId, intent: null })).expect(201);
  const samples = async () => ((await asAdmin(http().get(LEARNING_API.unanswered)).expect(200)).body as UnansweredOverview).clusters.flatMap((cluster) => cluster.samples);
  expect(await samples()).toContain('달나라 여행 상품도 파나요?');

  await asAdmin(http().post(API.visitorErase(session.visitor.id)).send({ confirm: true })).expect(200);
  expect(await server.connection.collection('unansweredquestions').countDocuments({ conversationId: sent.data.message.conversationId })).toBe(0);
  expect((await asAdmin(http().get(LEARNING_API.suggestions)).expect(200)).body.suggestions).toEqual([]);
}, 60_000);
