/** The intents admin API over HTTP against the real server and FerretDB. */
import request from 'supertest';
import { API } from '../../shared/http';
import { signedInAgent, startTestServer, type TestServer } from '../testing/test-server';

let server: TestServer;
let adminToken: string;
let agentToken: string;
beforeEach(async () => {
  server = await startTestServer();
  await server.app.accounts.createFirstAdmin(server.app.demoSite.id, { email: 'admin@example.com', password: 'admin-password', name: 'Admin' });
  adminToken = (await server.app.accounts.login({ email: 'admin@example.com', password: 'admin-password' })).token;
  agentToken = (await signedInAgent(server, { email: 'agent@example.com', name: 'Agent' })).token;
});
afterEach(async () => {
  await server.stop();
});

const http = () => request(server.app.httpServer);
const asAdmin = (test: request.Test) => test.set('Authorization', `Bearer ${adminToken}`);

const giftWrap = {
  name: 'gift_wrap',
  examples: ['선물 포장', 'gift wrap', 'wrap it as a present'],
  answer: { ko: '선물 포장은 주문서에서 선택하실 수 있습니다.', en: 'You can choose gift wrapping at checkout.' },
};

it('lets only admins manage intents', async () => {
  await http().get(API.intents).expect(401);
  const forbidden = await http().get(API.intents).set('Authorization', `Bearer ${agentToken}`).expect(403);
  expect(forbidden.body.error.code).toBe('PARLEY_ERR_FORBIDDEN');
});

it('creates an intent that the bot then recognises in the tester', async () => {
  await asAdmin(http().put(API.intent('gift_wrap')).send(giftWrap)).expect(200);
  const listed = await asAdmin(http().get(API.intents)).expect(200);
  expect(listed.body.intents.map((i: { name: string }) => i.name)).toContain('gift_wrap');
  const tested = await asAdmin(http().post(API.intentsTest).send({ text: '선물 포장 되나요?' })).expect(200);
  expect(tested.body.best.name).toBe('gift_wrap');
  expect(tested.body.ranked[0]).toMatchObject({ name: 'gift_wrap', score: expect.any(Number) });
});

it('answers malformed intents with a clear error and stores nothing', async () => {
  const bad = await asAdmin(http().put(API.intent('Bad Name')).send({ ...giftWrap, name: 'Bad Name' })).expect(400);
  expect(bad.body.error).toMatchObject({ code: 'PARLEY_ERR_INVALID_PAYLOAD', message: expect.stringContaining('intent names') });
  await asAdmin(http().put(API.intent('gift_wrap')).send({ ...giftWrap, examples: [] })).expect(400);
  const listed = await asAdmin(http().get(API.intents));
  expect(listed.body.intents.map((i: { name: string }) => i.name)).not.toContain('gift_wrap');
});

it('exports the set as JSON and imports it back, merging or replacing', async () => {
  const exported = await asAdmin(http().get(API.intentsExport)).expect(200);
  expect(exported.headers['content-disposition']).toContain('parley-intents.json');
  const seeded = exported.body.intents.length;
  expect(seeded).toBeGreaterThan(3);

  await asAdmin(http().post(API.intentsImport).send({ mode: 'merge', intents: [giftWrap] })).expect(200);
  expect((await asAdmin(http().get(API.intents))).body.intents).toHaveLength(seeded + 1);

  await asAdmin(http().post(API.intentsImport).send({ mode: 'replace', intents: [giftWrap] })).expect(200);
  const after = (await asAdmin(http().get(API.intents))).body.intents;
  expect(after.map((i: { name: string }) => i.name)).toEqual(['gift_wrap']);

  await asAdmin(http().delete(API.intent('gift_wrap'))).expect(204);
  await asAdmin(http().delete(API.intent('gift_wrap'))).expect(404);
});
