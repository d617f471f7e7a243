/** Many visitors sending at once: every message is acknowledged and reaches its agent, once. */
import type { Message } from '../../shared/domain';
import { EV } from '../../shared/events';
import { connectAgent, connectVisitor, request as ask, signedInAgent, startTestServer, type AgentClient, type TestServer } from '../testing/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

it('acknowledges and delivers 600 messages from 60 visitors sending together, each once', async () => {
  const agents: AgentClient[] = [];
  for (let i = 0; i < 3; i++) agents.push(await connectAgent(server, (await signedInAgent(server, { email: `load${i}@example.com`, name: `Load ${i}`, capacity: 20 })).token));
  const received = new Set<string>();
  for (const agent of agents) agent.on(EV.messageCreated, (message: Message) => message.author.kind === 'visitor' && received.add(message.clientId));
  const visitors = await Promise.all(Array.from({ length: 60 }, () => connectVisitor(server)));
  await Promise.all(visitors.map(({ socket }) => ask(socket, EV.handoffRequest, {})));
  await expect.poll(async () => (await ask<{ conversations: { status: string }[] }>(agents[0]!, EV.conversationList, { view: 'open' })).ok, { timeout: 10_000 }).toBe(true);

  // Ten rounds over about two seconds, so sends overlap the background writes that follow them.
  const pending = [];
  for (let i = 0; i < 10; i++) {
    pending.push(...visitors.map(({ socket }, v) => ask<{ message: Message }>(socket, EV.messageSend, { clientId: `load-${v}-${i}-msg`, text: `message ${i}` })));
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const acks = await Promise.all(pending);
  expect(acks.filter((ack) => ack.ok)).toHaveLength(600);
  await expect.poll(() => received.size, { timeout: 10_000 }).toBe(600);
}, 60_000);
