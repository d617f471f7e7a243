/**
 * The knowledge base's HTTP side against the real server and FerretDB (no model: the
 * lexical fallback): who may write, read and search articles, the public page, and the
 * bot offering an article lexically.
 */
import request from 'supertest';
import { KB_API, type Article } from '../../shared/knowledge';
import type { Message } from '../../shared/domain';
import { EV } from '../../shared/events';
import { connectVisitor, nextEvent, request as ask, signedInAgent, startTestServer, type TestServer } from '../testing/test-server';

let server: TestServer;
let adminToken: string;
let agentToken: string;
beforeAll(async () => {
  server = await startTestServer();
  await server.app.accounts.createFirstAdmin(server.app.demoSite.id, { email: 'admin@example.com', password: 'admin-password', name: 'Admin' });
  adminToken = (await server.app.accounts.login({ email: 'admin@example.com', password: 'admin-password' })).token;
  agentToken = (await signedInAgent(server, { email: 'agent@example.com', name: 'Agent' })).token;
});
afterAll(async () => {
  await server.stop();
});

const http = () => request(server.app.httpServer);
const as = (token: string) => (test: request.Test) => test.set('Authorization', `Bearer ${token}`);
const admin = (test: request.Test) => as(adminToken)(test);
const pickup = { title: '매장 픽업 안내', body: '온라인으로 주문하신 상품을 가까운 매장에서 직접 받으실 수 있습니다.\n\n픽업은 준비 완료 후 7일 이내에 해 주세요.', tags: ['pickup'], locale: 'ko', published: true };

it('lets only admins write and list articles; agents get 403, strangers 401', async () => {
  await http().get(KB_API.articles).expect(401);
  await as(agentToken)(http().get(KB_API.articles)).expect(403);
  await as(agentToken)(http().post(KB_API.articles).send(pickup)).expect(403);
  const invalid = await admin(http().post(KB_API.articles).send({ ...pickup, title: '  ' })).expect(400);
  expect(invalid.body.error.code).toBe('PARLEY_ERR_INVALID_PAYLOAD');
});

it('creates, edits, unpublishes and deletes an article; the public page shows only published ones', async () => {
  const created = (await admin(http().post(KB_API.articles).send(pickup)).expect(201)).body.article as Article;
  expect(created).toMatchObject({ title: '매장 픽업 안내', tags: ['pickup'], published: true });
  const listed = (await admin(http().get(KB_API.articles)).expect(200)).body.articles as Article[];
  expect(listed.map((article) => article.id)).toContain(created.id);

  const page = await http().get(KB_API.page(server.app.demoSite.id, created.id)).expect(200);
  expect(page.headers['content-type']).toMatch(/text\/html/);
  expect(page.headers['content-security-policy']).toContain("default-src 'none'");
  expect(page.text).toContain('<h1>매장 픽업 안내</h1>');
  expect(page.text).toContain('<p>픽업은 준비 완료 후 7일 이내에 해 주세요.</p>');

  await admin(http().put(KB_API.article(created.id)).send({ ...pickup, published: false })).expect(200);
  await http().get(KB_API.page(server.app.demoSite.id, created.id)).expect(404);
  await admin(http().delete(KB_API.article(created.id))).expect(204);
  await admin(http().delete(KB_API.article(created.id))).expect(404);
  await admin(http().put(KB_API.article('not-an-id')).send(pickup)).expect(404);
});

it('escapes whatever an admin writes: the page never carries their markup', async () => {
  const article = (await admin(http().post(KB_API.articles).send({ ...pickup, title: '<script>alert(1)</script>', body: 'a <b>bold</b> & "quoted" claim' })).expect(201)).body.article as Article;
  const page = await http().get(KB_API.page(server.app.demoSite.id, article.id)).expect(200);
  expect(page.text).not.toContain('<script>alert');
  expect(page.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(page.text).toContain('a &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; claim');
});

it('keeps each site to its own articles: another site’s admin can neither edit one nor find it on their site’s page', async () => {
  const ours = (await admin(http().post(KB_API.articles).send(pickup)).expect(201)).body.article as Article;
  const other = await server.app.sites.ensure({ key: 'other-shop', name: 'Other', defaultLocale: 'en' });
  await server.app.accounts.createAgent(other.id, { email: 'other@example.com', name: 'Other Admin', password: 'other-password-123', role: 'admin' });
  const otherToken = (await server.app.accounts.login({ email: 'other@example.com', password: 'other-password-123' })).token;
  await as(otherToken)(http().put(KB_API.article(ours.id)).send(pickup)).expect(404);
  await as(otherToken)(http().delete(KB_API.article(ours.id))).expect(404);
  expect((await as(otherToken)(http().get(KB_API.articles)).expect(200)).body.articles).toEqual([]);
  await http().get(KB_API.page(other.id, ours.id)).expect(404);
});

it('lets any agent search published articles for the composer (lexically without a model), never drafts', async () => {
  await admin(http().post(KB_API.articles).send({ ...pickup, title: '선물 포장 초안', body: '선물 포장은 아직 준비 중입니다.', published: false })).expect(201);
  const found = await as(agentToken)(http().get(KB_API.search).query({ q: '매장 픽업' })).expect(200);
  expect(found.body.hits[0]).toMatchObject({ title: '매장 픽업 안내', url: expect.stringMatching(/^\/kb\/[0-9a-f]{24}\/[0-9a-f]{24}$/) });
  const drafts = await as(agentToken)(http().get(KB_API.search).query({ q: '선물 포장 초안' })).expect(200);
  expect(drafts.body.hits.map((hit: { title: string }) => hit.title)).not.toContain('선물 포장 초안');
  await as(agentToken)(http().get(KB_API.search)).expect(400);
  await http().get(KB_API.search).query({ q: '픽업' }).expect(401);
});

it('offers an article from the lexical fallback when no model is loaded, and none for an off-topic question', async () => {
  // "매장" would be the seeded store-locations intent's: knitwear care is no intent's business.
  const body = '울 니트는 찬물에 중성세제로 손세탁해 주세요. 비틀어 짜지 마시고 마른 수건으로 눌러 물기를 빼 주세요.';
  await admin(http().post(KB_API.articles).send({ ...pickup, title: '니트 세탁 방법', body })).expect(201);
  const { socket } = await connectVisitor(server, { locale: 'ko' });
  let reply = nextEvent<Message>(socket, EV.messageCreated, (m) => m.author.kind === 'bot');
  await ask(socket, EV.messageSend, { clientId: `c-${crypto.randomUUID()}`, text: '니트 손세탁 해도 되나요' });
  const offered = await reply;
  expect(offered.articles?.[0]).toMatchObject({ title: '니트 세탁 방법', url: expect.stringMatching(/^\/kb\//) });
  reply = nextEvent<Message>(socket, EV.messageCreated, (m) => m.author.kind === 'bot');
  await ask(socket, EV.messageSend, { clientId: `c-${crypto.randomUUID()}`, text: '오늘 저녁 메뉴 좀 추천해 주세요' });
  const declined = await reply;
  expect(declined.articles).toBeUndefined();
  expect(declined.quickReplies).toContainEqual({ label: '상담원 연결', action: 'handoff' });
});
