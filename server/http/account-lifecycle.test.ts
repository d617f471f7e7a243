/** Account lifecycle against the real server: sign-out, passwords, roles, deactivation, deletion, the last admin. */
import request from 'supertest';
import type { Agent, Conversation } from '../../shared/domain';
import { EV } from '../../shared/events';
import { API } from '../../shared/http';
import { connectAgent, connectVisitor, nextEvent, request as ask, signedInAgent, startTestServer, type TestServer } from '../testing/test-server';

let server: TestServer;
let admin: { token: string; agent: Agent };
beforeEach(async () => {
  server = await startTestServer();
  admin = await server.app.accounts.createFirstAdmin(server.app.demoSite.id, { email: 'admin@example.com', password: 'admin-password', name: 'Admin' });
});
afterEach(async () => {
  await server.stop();
});

const http = () => request(server.app.httpServer);
const as = (token: string, test: request.Test) => test.set('Authorization', `Bearer ${token}`);
const disconnected = (socket: { once(event: 'disconnect', listener: () => void): unknown }) => new Promise<void>((resolve) => socket.once('disconnect', () => resolve()));

it('signs an agent out on the server: the token stops working on REST and the open inbox is closed', async () => {
  const mina = await signedInAgent(server, { email: 'mina@example.com', name: 'Mina' });
  const socket = await connectAgent(server, mina.token);
  const closed = disconnected(socket);
  await as(mina.token, http().post(API.logout)).expect(204);
  await closed;
  await as(mina.token, http().get(API.agents)).expect(401);
  await expect(connectAgent(server, mina.token)).rejects.toMatchObject({ data: { code: 'PARLEY_ERR_UNAUTHENTICATED' } });
  const again = await server.app.accounts.login({ email: 'mina@example.com', password: 'correct horse battery staple' });
  await as(again.token, http().get(API.agents)).expect(200);
});

it('changes a password with the current one, ending other sessions but not the tab that changed it', async () => {
  const mina = await signedInAgent(server, { email: 'mina@example.com', name: 'Mina' });
  await as(mina.token, http().post(API.password).send({ currentPassword: 'wrong', newPassword: 'a-new-password' })).expect(401);
  const changed = await as(mina.token, http().post(API.password).send({ currentPassword: 'correct horse battery staple', newPassword: 'a-new-password' })).expect(200);
  await as(mina.token, http().get(API.agents)).expect(401);
  await as(changed.body.token, http().get(API.agents)).expect(200);
  await http().post(API.login).send({ email: 'mina@example.com', password: 'a-new-password' }).expect(200);
});

it('lets an admin reset a password to a one-time one the agent can sign in with', async () => {
  const mina = await signedInAgent(server, { email: 'mina@example.com', name: 'Mina' });
  await as(mina.token, http().post(API.agentPasswordReset(mina.agent.id))).expect(403);
  const reset = await as(admin.token, http().post(API.agentPasswordReset(mina.agent.id))).expect(200);
  expect(reset.body.temporaryPassword).toMatch(/^[A-Za-z0-9_-]{16}$/);
  await as(mina.token, http().get(API.agents)).expect(401);
  await http().post(API.login).send({ email: 'mina@example.com', password: reset.body.temporaryPassword }).expect(200);
});

it('takes a demotion into account on an inbox that is already open', async () => {
  const sam = await server.app.accounts.createAgent(server.app.demoSite.id, { email: 'sam@example.com', name: 'Sam', password: 'sam-password-1', role: 'supervisor' });
  const samSession = await server.app.accounts.login({ email: 'sam@example.com', password: 'sam-password-1' });
  const socket = await connectAgent(server, samSession.token);
  const told = nextEvent<{ agent: Agent }>(socket, EV.sessionReady, (session) => session.agent.role === 'agent');
  await as(admin.token, http().patch(API.agent(sam.id)).send({ role: 'agent' })).expect(200);
  await told;
  const reassign = await ask(socket, EV.conversationReassign, { conversationId: '0123456789abcdef01234567', toAgentId: admin.agent.id });
  expect(reassign).toMatchObject({ ok: false, error: { code: 'PARLEY_ERR_FORBIDDEN' } });
});

it('deactivates an agent: their chat goes back to the queue, their inbox closes, and they cannot sign in until reactivated', async () => {
  const mina = await signedInAgent(server, { email: 'mina@example.com', name: 'Mina', capacity: 1 });
  const socket = await connectAgent(server, mina.token);
  const assigned = nextEvent<Conversation>(socket, EV.conversationUpdated, (c) => c.status === 'assigned');
  const { socket: visitor } = await connectVisitor(server, { locale: 'en' });
  await ask(visitor, EV.handoffRequest, {});
  const conversation = await assigned;

  const closed = disconnected(socket);
  const back = await as(admin.token, http().put(API.agentActive(mina.agent.id)).send({ active: false })).expect(200);
  expect(back.body.agent).toMatchObject({ active: false, presence: 'offline' });
  await closed;
  const requeued = await server.app.conversations.agentAccess({ agentId: admin.agent.id, siteId: server.app.demoSite.id, name: 'Admin', role: 'admin' }, conversation.id);
  expect(requeued).toMatchObject({ status: 'queued', assignedAgentId: null });
  const refused = await http().post(API.login).send({ email: 'mina@example.com', password: 'correct horse battery staple' }).expect(403);
  expect(refused.body.error.code).toBe('PARLEY_ERR_FORBIDDEN');

  await as(admin.token, http().put(API.agentActive(mina.agent.id)).send({ active: true })).expect(200);
  await http().post(API.login).send({ email: 'mina@example.com', password: 'correct horse battery staple' }).expect(200);
});

it('deletes an agent, and always keeps one active admin', async () => {
  const mina = await signedInAgent(server, { email: 'mina@example.com', name: 'Mina' });
  for (const attempt of [
    as(admin.token, http().patch(API.agent(admin.agent.id)).send({ role: 'agent' })),
    as(admin.token, http().put(API.agentActive(admin.agent.id)).send({ active: false })),
    as(admin.token, http().delete(API.agent(admin.agent.id))),
  ]) {
    const refused = await attempt.expect(403);
    expect(refused.body.error.message).toContain('last active admin');
  }
  await as(admin.token, http().patch(API.agent(mina.agent.id)).send({ role: 'admin' })).expect(200);
  await as(mina.token, http().delete(API.agent(admin.agent.id))).expect(204);
  const left = await as(mina.token, http().get(API.agents)).expect(200);
  expect(left.body.agents.map((agent: Agent) => agent.email)).toEqual(['mina@example.com']);
  await as(admin.token, http().get(API.agents)).expect(401);
  await as(mina.token, http().delete(API.agent(mina.agent.id))).expect(403);
});

it('shows admins the sign-in audit, newest first', async () => {
  await http().post(API.login).send({ email: 'admin@example.com', password: 'nope' }).expect(401);
  await http().post(API.login).send({ email: 'admin@example.com', password: 'admin-password' }).expect(200);
  const audit = await as(admin.token, http().get(API.signInAudit)).expect(200);
  expect(audit.body.events.map((event: { outcome: string }) => event.outcome)).toEqual(['success', 'failure']);
  // Another site's admin sees their own site's sign-ins only.
  const other = await server.app.sites.ensure({ key: 'other-shop', name: 'Other Shop', defaultLocale: 'en' });
  await server.app.accounts.createAgent(other.id, { email: 'boss@other.example', password: 'other-password', name: 'Boss', role: 'admin' });
  const otherAdmin = (await http().post(API.login).send({ email: 'boss@other.example', password: 'other-password' }).expect(200)).body as { token: string };
  const theirs = await as(otherAdmin.token, http().get(API.signInAudit)).expect(200);
  expect(theirs.body.events.map((event: { email: string }) => event.email)).toEqual(['boss@other.example']);
});
