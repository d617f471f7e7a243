/** Abuse limits on the visitor side, against the real server and database. */
import request from 'supertest';
import type { Message } from '../../shared/domain';
import type { Ack } from '../../shared/errors';
import { EV } from '../../shared/events';
import { API } from '../../shared/http';
import { DEFAULT_LIMIT_SETTINGS } from '../../shared/limits';
import { connectVisitor, request as ask, startTestServer, type TestServer } from '../testing/test-server';

let server: TestServer;
let admin: string;
beforeEach(async () => {
  server = await startTestServer();
  admin = (await server.app.accounts.createFirstAdmin(server.app.demoSite.id, { email: 'admin@example.com', password: 'admin-password', name: 'Admin' })).token;
});
afterEach(async () => {
  await server.stop();
});

const setLimits = (limits: typeof DEFAULT_LIMIT_SETTINGS) =>
  request(server.app.httpServer).put(API.settings).set('Authorization', `Bearer ${admin}`).send({ limits }).expect(200);

it('refuses a flooding visitor with a retry-after, stores none of the excess, and leaves a bystander alone', async () => {
  const saved = await setLimits({ ...DEFAULT_LIMIT_SETTINGS, message: { perVisitor: 10, perIp: 0, perSite: 0, windowSeconds: 60 } });
  expect(saved.body.limits.message.perVisitor).toBe(10);
  const { socket: flooder } = await connectVisitor(server, { locale: 'en' });
  const { socket: bystander } = await connectVisitor(server, { locale: 'en' });

  const acks = await Promise.all(Array.from({ length: 40 }, (_, i) => ask<{ message: Message }>(flooder, EV.messageSend, { clientId: `flood-${i}-abcdef`, text: `spam ${i}` })));
  const stored = acks.filter((ack) => ack.ok);
  const refused = acks.filter((ack): ack is Extract<Ack<unknown>, { ok: false }> => !ack.ok);
  expect(stored).toHaveLength(10);
  expect(refused).toHaveLength(30);
  expect(refused.every((ack) => ack.error.code === 'PARLEY_ERR_RATE_LIMITED')).toBe(true);
  expect(refused[0]!.error.retryAfterMs).toBeGreaterThan(0);
  expect(refused[0]!.error.retryAfterMs).toBeLessThanOrEqual(60_000);

  const sync = await ask<{ messages: Message[] }>(flooder, EV.messageSync, { afterSeq: 0 });
  expect(sync.ok && sync.data.messages.filter((message) => message.author.kind === 'visitor')).toHaveLength(10);
  const calm = await ask<{ message: Message }>(bystander, EV.messageSend, { clientId: 'bystander-1', text: 'hello' });
  expect(calm.ok).toBe(true);
});

it('stops one address from creating visitor after visitor, without writing a record for the refused ones', async () => {
  await setLimits({ ...DEFAULT_LIMIT_SETTINGS, visitorCreate: { perVisitor: 0, perIp: 3, perSite: 0, windowSeconds: 60 } });
  for (let i = 0; i < 3; i++) await connectVisitor(server);
  const refusal = await connectVisitor(server).then(
    () => null,
    (error: Error & { data?: { code: string; retryAfterMs?: number } }) => error.data,
  );
  expect(refusal?.code).toBe('PARLEY_ERR_RATE_LIMITED');
  expect(refusal?.retryAfterMs).toBeGreaterThan(0);
  expect(await server.connection.collection('visitors').countDocuments()).toBe(3);
});

it('limits reconnections of one visitor, but a returning visitor is not a new visitor', async () => {
  await setLimits({ ...DEFAULT_LIMIT_SETTINGS, connection: { perVisitor: 2, perIp: 0, perSite: 0, windowSeconds: 60 } });
  const { socket, session } = await connectVisitor(server);
  socket.disconnect();
  const again = await connectVisitor(server, { token: session.token });
  expect(again.session.visitor.id).toBe(session.visitor.id);
  again.socket.disconnect();
  const third = await connectVisitor(server, { token: session.token }).then(
    () => null,
    (error: Error & { data?: { code: string } }) => error.data?.code,
  );
  expect(third).toBe('PARLEY_ERR_RATE_LIMITED');
});
