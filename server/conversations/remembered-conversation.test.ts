/**
 * A visitor's message is written into the conversation this process remembers as theirs
 * while that is checked (one round trip for the ack, not two). Here another process closes
 * that conversation first, so the check fails: the message must move to where the visitor
 * now is, exactly once, in order.
 */
import { Types } from 'mongoose';
import type { Conversation, Message } from '../../shared/domain';
import { EV } from '../../shared/events';
import { startRedis, type RunningRedis } from '../testing/redis-server';
import { connectAgent, connectVisitor, nextEvent, request as ask, signedInAgent, startTestServer, type TestServer } from '../testing/test-server';

let redis: RunningRedis;
let visitorSide: TestServer;
let agentSide: TestServer;
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await redis?.stop();
});
beforeEach(async () => {
  visitorSide = await startTestServer({ redisUrl: redis.url });
  agentSide = await startTestServer({ redisUrl: redis.url, databaseUri: visitorSide.databaseUri });
});
afterEach(async () => {
  await agentSide.stop();
  await visitorSide.stop();
});

const send = (socket: Parameters<typeof ask>[0], clientId: string, text: string) => ask<{ message: Message }>(socket, EV.messageSend, { clientId, text });

async function storedWith(clientId: string) {
  return visitorSide.connection.collection<{ conversationId: string; seq: number }>('messages').find({ clientId }).toArray();
}

it.each([
  { reopenWindowMinutes: 60, goesTo: 'the same conversation, reopened' },
  { reopenWindowMinutes: 0, goesTo: 'a new conversation' },
])('moves a message sent into a conversation another process just closed to $goesTo, and keeps it once', async ({ reopenWindowMinutes }) => {
  for (const server of [visitorSide, agentSide]) {
    const siteId = server.app.demoSite.id;
    await server.app.sites.setRoutingSettings(siteId, { ...(await server.app.sites.routingSettings(siteId)), reopenWindowMinutes });
  }
  const { token } = await signedInAgent(agentSide, { email: 'mina@example.com', name: 'Mina', capacity: 2 });
  const agent = await connectAgent(agentSide, token);
  const { socket: visitor } = await connectVisitor(visitorSide, { locale: 'en' });
  const first = await send(visitor, 'remembered-1', 'first question');
  if (!first.ok) throw new Error('first message refused');
  const conversationId = first.data.message.conversationId;

  const assigned = nextEvent<Conversation>(agent, EV.conversationUpdated, (c) => c.id === conversationId && c.status === 'assigned');
  await ask(visitor, EV.handoffRequest, {});
  await assigned;
  const closed = await ask<{ conversation: Conversation }>(agent, EV.conversationClose, { conversationId });
  expect(closed.ok && closed.data.conversation.status).toBe('closed');

  // The visitor's process still remembers the conversation as open: its check fails while the write is under way.
  const second = await send(visitor, 'remembered-2', 'one more thing');
  expect(second.ok).toBe(true);
  if (!second.ok) return;
  const stored = await storedWith('remembered-2');
  expect(stored).toHaveLength(1);
  expect(second.data.message.conversationId === conversationId).toBe(reopenWindowMinutes > 0);
  expect(stored[0]!.seq).toBe(second.data.message.seq);
  // Where it went is open again (reopened within the window, or a new conversation), never the closed one as it was.
  const holder = await visitorSide.connection.collection<{ status: string }>('conversations').findOne({ _id: new Types.ObjectId(second.data.message.conversationId) });
  expect(holder?.status).not.toBe('closed');
  // A resend of the same message is answered with the stored one, not a copy.
  const resent = await send(visitor, 'remembered-2', 'one more thing');
  expect(resent.ok && resent.data.message.id).toBe(second.data.message.id);
  expect(await storedWith('remembered-2')).toHaveLength(1);
});

it('answers the common case in the remembered conversation, in order', async () => {
  const { socket: visitor } = await connectVisitor(visitorSide, { locale: 'en' });
  const acks = await Promise.all(Array.from({ length: 8 }, (_, i) => send(visitor, `burst-${i}-abcdef`, `message ${i}`)));
  const seqs = acks.map((answer) => (answer.ok ? answer.data.message.seq : -1));
  expect(new Set(acks.map((answer) => answer.ok && answer.data.message.conversationId)).size).toBe(1);
  // Sent in this order: stored in this order (bot answers may take seqs in between).
  expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
});
