/** With REDIS_URL the buckets are shared: a visitor cannot double their allowance by reaching two processes. */
import type { Message } from '../../shared/domain';
import { EV } from '../../shared/events';
import { DEFAULT_LIMIT_SETTINGS } from '../../shared/limits';
import { startRedis, type RunningRedis } from '../testing/redis-server';
import { connectVisitor, request as ask, startTestServer, type TestServer } from '../testing/test-server';

let redis: RunningRedis;
let first: TestServer;
let second: TestServer;
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await redis?.stop();
});
beforeEach(async () => {
  first = await startTestServer({ redisUrl: redis.url });
  second = await startTestServer({ redisUrl: redis.url, databaseUri: first.databaseUri });
});
afterEach(async () => {
  await second.stop();
  await first.stop();
});

it('counts one visitor’s messages on both processes against one bucket', async () => {
  await first.app.sites.updateSettings(first.app.demoSite.id, { limits: { ...DEFAULT_LIMIT_SETTINGS, message: { perVisitor: 10, perIp: 0, perSite: 0, windowSeconds: 60 } } });
  const onFirst = await connectVisitor(first, { locale: 'en' });
  const onSecond = await connectVisitor(second, { token: onFirst.session.token });
  const send = (socket: typeof onFirst.socket, i: number) => ask<{ message: Message }>(socket, EV.messageSend, { clientId: `shared-${i}-abcdef`, text: `hello ${i}` });
  const acks = await Promise.all(Array.from({ length: 16 }, (_, i) => send(i % 2 ? onSecond.socket : onFirst.socket, i)));
  expect(acks.filter((ack) => ack.ok)).toHaveLength(10);
  expect(acks.filter((ack) => !ack.ok).every((ack) => !ack.ok && ack.error.code === 'PARLEY_ERR_RATE_LIMITED')).toBe(true);
});
