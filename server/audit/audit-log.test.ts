/** The audit log against the real server and store: what gets written, who may read it, filters, pages and CSV. */
import request from 'supertest';
import { AUDIT_API, type AuditEntry } from '../../shared/audit';
import { API } from '../../shared/http';
import { startTestServer, type TestServer } from '../testing/test-server';
import { createAuditLog } from './audit-log';

let server: TestServer;
let admin: string;
let adminId: string;
let minaId: string;
beforeEach(async () => {
  server = await startTestServer();
  const first = await server.app.accounts.createFirstAdmin(server.app.demoSite.id, { email: 'admin@example.com', password: 'admin-password', name: 'Admin' });
  admin = first.token;
  adminId = first.agent.id;
  minaId = (await server.app.accounts.createAgent(server.app.demoSite.id, { email: 'mina@example.com', name: 'Mina', password: 'mina-password-1' })).id;
});
afterEach(async () => {
  await server.stop();
});

const http = () => request(server.app.httpServer);
const as = (token: string, test: request.Test) => test.set('Authorization', `Bearer ${token}`);
const entries = async (query: Record<string, string | number> = {}) => (await as(admin, http().get(AUDIT_API.entries).query(query)).expect(200)).body.entries as AuditEntry[];

it('writes sign-ins and failed sign-ins with the address and browser they came from', async () => {
  await http().post(API.login).set('User-Agent', 'audit-test-browser').send({ email: 'mina@example.com', password: 'mina-password-1' }).expect(200);
  await http().post(API.login).set('User-Agent', 'audit-test-browser').send({ email: 'mina@example.com', password: 'wrong-password' }).expect(401);
  await http().post(API.login).send({ email: 'nobody@example.com', password: 'whatever-password' }).expect(401);

  const signIns = await entries({ action: 'sign-in' });
  expect(signIns.map((e) => [e.actor.name, e.ip, e.userAgent])).toEqual([['Mina', '127.0.0.1', 'audit-test-browser']]);
  const failures = await entries({ action: 'sign-in-failed' });
  expect(failures.map((e) => [e.actor.id, e.actor.email, e.detail])).toEqual([
    [null, 'nobody@example.com', 'PARLEY_ERR_INVALID_CREDENTIALS'],
    [minaId, 'mina@example.com', 'PARLEY_ERR_INVALID_CREDENTIALS'],
  ]);
  expect(failures[1]).toMatchObject({ ip: '127.0.0.1', userAgent: 'audit-test-browser', target: `agent:${minaId}` });
});

it('writes role, account and setting changes with the admin who made them, never a password', async () => {
  await as(admin, http().patch(API.agent(minaId)).send({ role: 'supervisor' })).expect(200);
  await as(admin, http().put(API.settings).send({ teams: ['billing'] })).expect(200);
  const created = await as(admin, http().post(API.agents).send({ email: 'joon@example.com', name: 'Joon', password: 'joon-password-1' })).expect(201);
  await as(admin, http().put(API.agentActive(created.body.agent.id)).send({ active: false })).expect(200);

  const log = await entries();
  expect(log.map((e) => [e.action, e.target, e.detail])).toEqual([
    ['agent-deactivated', `agent:${created.body.agent.id}`, null],
    ['agent-created', `agent:${created.body.agent.id}`, 'email=joon@example.com, name=Joon, password, role=agent, teams=[]'],
    ['settings-changed', 'settings', 'teams'],
    ['agent-changed', `agent:${minaId}`, 'role=supervisor'],
  ]);
  expect(log.every((e) => e.actor.id === adminId && e.actor.name === 'Admin')).toBe(true);
  expect(JSON.stringify(log)).not.toContain('joon-password-1');
  expect((await entries({ agentId: minaId })).length).toBe(0);
  expect((await entries({ agentId: adminId, action: 'settings-changed' })).map((e) => e.action)).toEqual(['settings-changed']);
});

it('names the admin behind a privacy change, written by server/privacy/ through the same log', async () => {
  await as(admin, http().put(API.privacySettings).send({ retention: { closedConversationsDays: 90, attachmentsDays: null }, visitorIp: 'truncated' })).expect(200);
  const [entry] = await entries({ action: 'privacy-settings-changed' });
  expect(entry).toMatchObject({ actor: { id: adminId, name: 'Admin', email: 'admin@example.com' }, target: 'settings:privacy' });
});

it('shows the log to admins of the site only', async () => {
  await as(admin, http().put(API.settings).send({ teams: ['billing'] })).expect(200);
  const mina = (await server.app.accounts.login({ email: 'mina@example.com', password: 'mina-password-1' })).token;
  await as(mina, http().get(AUDIT_API.entries)).expect(403);
  await as(mina, http().get(AUDIT_API.csv)).expect(403);
  await http().get(AUDIT_API.entries).expect(401);

  const elsewhere = await server.app.sites.ensure({ key: 'other-shop', name: 'Other shop', defaultLocale: 'ko' });
  await server.app.accounts.createAgent(elsewhere.id, { email: 'boss@other.example', name: 'Boss', password: 'boss-password-1', role: 'admin' });
  const otherAdmin = (await http().post(API.login).send({ email: 'boss@other.example', password: 'boss-password-1' }).expect(200)).body.token as string;
  const theirs = (await as(otherAdmin, http().get(AUDIT_API.entries)).expect(200)).body.entries as AuditEntry[];
  expect(theirs.map((e) => [e.action, e.actor.name])).toEqual([['sign-in', 'Boss']]);
  await as(admin, http().get(AUDIT_API.entries).query({ action: 'dance' })).expect(400);
  await as(admin, http().get(AUDIT_API.entries).query({ from: 'yesterday' })).expect(400);
});

it('exports the filtered log as CSV in UTF-8 with a byte-order mark', async () => {
  await as(admin, http().patch(API.agent(minaId)).send({ name: '김민아' })).expect(200);
  await as(admin, http().put(API.settings).send({ teams: ['billing'] })).expect(200);
  const csv = await as(admin, http().get(AUDIT_API.csv).query({ action: 'agent-changed' }).buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  })).expect(200);
  expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
  expect(csv.headers['content-disposition']).toMatch(/^attachment; filename="parley-audit-\d{4}-\d{2}-\d{2}\.csv"$/);
  const body = csv.body as Buffer;
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = body.toString('utf8').slice(1).trim().split('\r\n');
  expect(lines[0]).toBe('at,action,actor_id,actor_name,actor_email,target,detail,ip,user_agent');
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(',agent-changed,');
  expect(lines[1]).toContain('김민아');
});

it('pages newest first through entries spread over days and hours, and filters by date range', async () => {
  let clock = Date.parse('2026-03-01T00:10:00Z');
  const log = createAuditLog(server.connection, () => new Date(clock));
  const written: string[] = [];
  // 12 entries: three in one hour, then one every 7 hours across three days.
  for (let i = 0; i < 12; i++) {
    clock += i < 3 ? 60_000 : 7 * 3_600_000;
    const entry = await log.record({ siteId: 'site-a', action: i % 2 ? 'sign-in' : 'settings-changed', actor: { id: null, name: `n${i}`, email: null }, ip: null, userAgent: null });
    written.push(entry.id);
  }
  await log.record({ siteId: 'site-b', action: 'sign-in', actor: { id: null, name: 'other', email: null }, ip: null, userAgent: null });

  const read: string[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await log.page('site-a', {}, { cursor, limit: 5 });
    read.push(...page.entries.map((e) => e.id));
    cursor = page.nextCursor ?? undefined;
    pages++;
  } while (cursor && pages < 10);
  expect(read).toEqual([...written].reverse());

  const from = new Date('2026-03-02T00:00:00Z');
  const to = new Date('2026-03-02T23:59:59Z');
  const oneDay = await log.page('site-a', { from, to, action: 'sign-in' }, { limit: 50 });
  expect(oneDay.entries.length).toBeGreaterThan(0);
  expect(oneDay.entries.every((e) => e.action === 'sign-in' && e.at >= from.toISOString() && e.at <= to.toISOString())).toBe(true);
  expect(oneDay.nextCursor).toBeNull();
});
