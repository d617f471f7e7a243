/**
 * Two Parley processes sharing one database and one Redis: a visitor on one and an
 * agent on the other talk as if they were on the same server.
 */
import type { Conversation, Message } from '../../shared/domain';
import { EV } from '../../shared/events';
import { startRedis, type RunningRedis } from '../testing/redis-server';
import { connectAgent, connectVisitor, nextEvent, request as ask, signedInAgent, startTestServer, type TestServer } from '../testing/test-server';

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

it('delivers a visitor on one process to an agent on the other, both ways, with typing', async () => {
  const { token } = await signedInAgent(second, { email: 'mina@example.com', name: 'Mina', capacity: 2 });
  const agent = await connectAgent(second, token);
  const { socket: visitor } = await connectVisitor(first, { locale: 'en' });

  const assigned = nextEvent<Conversation>(agent, EV.conversationUpdated, (c) => c.status === 'assigned');
  await ask(visitor, EV.handoffRequest, {});
  const conversation = await assigned;

  const reachesAgent = nextEvent<Message>(agent, EV.messageCreated, (m) => m.text === 'are you there?');
  await ask(visitor, EV.messageSend, { clientId: 'cross-process-1', text: 'are you there?' });
  await reachesAgent;

  const reachesVisitor = nextEvent<Message>(visitor, EV.messageCreated, (m) => m.text === 'Yes, Mina here.');
  await ask(agent, EV.messageSend, { conversationId: conversation.id, clientId: 'cross-process-2', text: 'Yes, Mina here.' });
  await reachesVisitor;
});
