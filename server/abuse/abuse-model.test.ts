/**
 * The abuse model on the real sentence model (../shared/models) over real Socket.IO and the
 * real store: a threat without a list word is flagged for the agent after it was relayed,
 * an angry complaint is not, and a site that switched the model off gets no flags. Also
 * holds the model to its measured precision and recall on the held-out set.
 */
import request from 'supertest';
import { detectAbuse, type AbuseEscalation, type AbuseFlag } from '../../shared/abuse';
import type { Conversation, Message } from '../../shared/domain';
import { EV } from '../../shared/events';
import { API } from '../../shared/http';
import { createIntentClassifier } from '../bot/classifier/create-classifier';
import { DEFAULT_MODEL_ID, defaultModelsDir } from '../bot/classifier/model-location';
import { connectAgent, connectVisitor, nextEvent, request as ask, signedInAgent, startTestServer, type AgentClient, type TestServer, type VisitorClient } from '../testing/test-server';
import { measure } from './semantic/calibrate';
import { HELD_OUT, isHarmful } from './semantic/heldout';
import { createSemanticAbuseModel, semanticVerdict } from './semantic/semantic-abuse';

const classifier = createIntentClassifier({ modelId: DEFAULT_MODEL_ID, modelsDir: defaultModelsDir(), allowDownload: false, logger: { info: () => {}, warn: () => {} } });
let server: TestServer;
let admin: string;
let mina: { token: string; id: string };

beforeAll(async () => {
  expect(await classifier.modelReady).toBe(true);
  server = await startTestServer({ classifier });
  admin = (await server.app.accounts.createFirstAdmin(server.app.demoSite.id, { email: 'admin@example.com', password: 'admin-password', name: 'Admin' })).token;
  const agent = await signedInAgent(server, { email: 'mina@example.com', name: 'Mina', capacity: 5 });
  mina = { token: agent.token, id: agent.agent.id };
}, 120_000);
afterAll(async () => {
  await server.stop();
});

const http = () => request(server.app.httpServer);
const as = (token: string, test: request.Test) => test.set('Authorization', `Bearer ${token}`);
const THREAT = '너희 사무실 폭파시켜 버린다';
const COMPLAINT = '배송이 일주일째 안 와서 너무 화가 나요';

async function visitorWithMina(minaSocket: AgentClient) {
  const { socket, session } = await connectVisitor(server, { locale: 'ko' });
  const assigned = nextEvent<Conversation>(minaSocket, EV.conversationUpdated, (c) => c.status === 'assigned' && c.visitorId === session.visitor.id);
  await ask(socket, EV.handoffRequest, {});
  return { socket, conversation: await assigned };
}

async function say(socket: VisitorClient, text: string) {
  const ack = await ask<{ message: Message }>(socket, EV.messageSend, { clientId: `c-${Math.random().toString(36).slice(2, 12)}`, text });
  if (!ack.ok) throw new Error(ack.error.code);
  return ack.data.message;
}

/** Every flag the socket hears, from now on. */
function flagsHeard(socket: AgentClient) {
  const heard: AbuseFlag[] = [];
  socket.on(EV.abuseFlagged, (flag) => heard.push(flag));
  return heard;
}

const storedFlags = async (conversationId: string) => (await as(mina.token, http().get(API.abuseFlags(conversationId))).expect(200)).body.flags as AbuseFlag[];

it('flags a threat with no list word for the agent after relaying it, escalates it, and leaves an angry complaint alone', async () => {
  expect(detectAbuse(THREAT).abusive).toBe(false);
  const minaSocket = await connectAgent(server, mina.token);
  const adminSocket = await connectAgent(server, admin);
  const heard = flagsHeard(minaSocket);
  const { socket, conversation } = await visitorWithMina(minaSocket);

  const relayed = nextEvent<Message>(minaSocket, EV.messageCreated, (m) => m.text === COMPLAINT);
  const complaint = await say(socket, COMPLAINT);
  await relayed;
  // Generous waits: the model shares two cores with the bot's training at start-up.
  const flagged = nextEvent<AbuseFlag>(minaSocket, EV.abuseFlagged, (flag) => flag.conversationId === conversation.id, 30_000);
  const escalated = nextEvent<AbuseEscalation>(adminSocket, EV.abuseEscalated, (e) => e.conversationId === conversation.id, 30_000);
  const threat = await say(socket, THREAT);
  expect(await flagged).toEqual({ conversationId: conversation.id, messageId: threat.id, seq: threat.seq, threat: true });
  expect(await escalated).toMatchObject({ reason: 'threat', agentId: mina.id, abusiveMessages: 1 });
  expect(heard.map((flag) => flag.messageId)).not.toContain(complaint.id);
  // Opening the conversation later finds the flag too, so the message stays blurred.
  expect(await storedFlags(conversation.id)).toEqual([{ conversationId: conversation.id, messageId: threat.id, seq: threat.seq, threat: true }]);
  minaSocket.close();
  adminSocket.close();
}, 60_000);

it('flags nothing on a site whose admin switched the model off, and checks the setting', async () => {
  const minaSocket = await connectAgent(server, mina.token);
  const { socket, conversation } = await visitorWithMina(minaSocket);
  await as(mina.token, http().put(API.abuseSettings).send({ model: false })).expect(403);
  await as(admin, http().put(API.abuseSettings).send({ sensitivity: 'extreme' })).expect(400);
  expect((await as(admin, http().put(API.abuseSettings).send({ model: false })).expect(200)).body.settings).toMatchObject({ model: false, sensitivity: 'medium' });

  await say(socket, THREAT);
  await as(admin, http().put(API.abuseSettings).send({ model: true, sensitivity: 'high' })).expect(200);
  const flagged = nextEvent<AbuseFlag>(minaSocket, EV.abuseFlagged, (flag) => flag.conversationId === conversation.id, 30_000);
  const second = await say(socket, 'you will regret ever answering this chat');
  expect((await flagged).messageId).toBe(second.id);
  expect((await storedFlags(conversation.id)).map((flag) => flag.messageId)).toEqual([second.id]);
  // Another site's agent — or a malformed id — learns nothing.
  await as(mina.token, http().get(API.abuseFlags('not-an-id'))).expect(400);
  minaSocket.close();
}, 60_000);

it('keeps the calibrated precision and recall on the held-out set at the default sensitivity', async () => {
  const model = createSemanticAbuseModel(classifier.embedder!()!);
  const scored = [];
  for (const sentence of HELD_OUT) scored.push({ text: sentence.text, harmful: isHarmful(sentence.label), score: (await model.score(sentence.text))! });
  const result = measure(scored, (score) => semanticVerdict(score, 'medium').flagged);
  expect(HELD_OUT.length).toBeGreaterThanOrEqual(60);
  expect(result.precision).toBeGreaterThanOrEqual(0.9);
  expect(result.recall).toBeGreaterThanOrEqual(0.55);
}, 30_000);
