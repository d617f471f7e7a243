/** Sign-in brute force against the real server: back-off, lockout and the audit trail. */
import request from 'supertest';
import { API } from '../../shared/http';
import { startTestServer, type TestServer } from '../testing/test-server';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
  await server.app.accounts.createFirstAdmin(server.app.demoSite.id, { email: 'admin@example.com', password: 'admin-password', name: 'Admin' });
});
afterEach(async () => {
  await server.stop();
});

const login = (email: string, password: string) => request(server.app.httpServer).post(API.login).set('User-Agent', 'brute/1.0').send({ email, password });

it('locks an account after a burst of wrong passwords, even against the right one, and says when to come back', async () => {
  const burst = await Promise.all(Array.from({ length: 10 }, (_, i) => login('admin@example.com', `guess-${i}`)));
  expect(burst.every((response) => response.status === 401 || response.status === 429)).toBe(true);

  const after = await login('admin@example.com', 'guess-again');
  expect(after.status).toBe(429);
  expect(after.body.error.code).toBe('PARLEY_ERR_RATE_LIMITED');
  expect(after.body.error.retryAfterMs).toBeGreaterThan(60_000);
  expect(Number(after.get('Retry-After'))).toBeGreaterThan(60);
  expect((await login('admin@example.com', 'admin-password')).status).toBe(429);

  const events = await server.connection.collection('signinaudit').find().toArray();
  expect(events.filter((event) => event.outcome === 'failure').length).toBeGreaterThanOrEqual(10);
  // Refused attempts are recorded once a minute per account and address, not one by one.
  expect(events.filter((event) => event.outcome === 'throttled')).toHaveLength(1);
  expect(events.every((event) => event.email === 'admin@example.com' && event.userAgent === 'brute/1.0' && typeof event.ip === 'string')).toBe(true);
});

it('backs off after a few wrong passwords but lets the owner in once the wait is over, and records the success', async () => {
  for (let i = 0; i < 5; i++) expect((await login('admin@example.com', `typo-${i}`)).status).toBe(401);
  expect((await login('admin@example.com', 'typo-5')).status).toBe(401);
  const waiting = await login('admin@example.com', 'admin-password');
  expect(waiting.status).toBe(429);
  expect(waiting.body.error.retryAfterMs).toBeLessThanOrEqual(1000);
  await new Promise((resolve) => setTimeout(resolve, waiting.body.error.retryAfterMs + 50));
  const ok = await login('admin@example.com', 'admin-password').expect(200);
  expect(ok.body.token).toEqual(expect.any(String));
  const success = await server.connection.collection('signinaudit').findOne({ outcome: 'success' });
  expect(success?.agentId).toBe(ok.body.agent.id);
});
