/**
 * The guarantees Parley builds on, checked against the real FerretDB, where a plain
 * `$inc` race loses updates: unique-insert claims hold under concurrency, also
 * between two independent connections standing in for two server processes.
 */
import mongoose from 'mongoose';
import { createAgentSlots } from '../agents/agent-slots';
import { createConversationRepository } from '../conversations/conversation.repository';
import { createMessageStore } from '../conversations/message-store';
import { testDatabaseUri } from '../testing/test-server';
import { testCipher } from '../testing/test-cipher';

let uri: string;
let processA: mongoose.Connection;
let processB: mongoose.Connection;
beforeEach(async () => {
  uri = testDatabaseUri();
  processA = await mongoose.createConnection(uri).asPromise();
  processB = await mongoose.createConnection(uri).asPromise();
  await Promise.all([processA, processB].map((c) => createMessageStore(c, createConversationRepository(c, testCipher), { cipher: testCipher })));
  await processA.syncIndexes();
});
afterEach(async () => {
  await processA.dropDatabase();
  await Promise.all([processA.close(), processB.close()]);
});

const visitor = { siteId: 'site-1', visitorId: 'visitor-1', visitorName: null, locale: 'en' as const };

it('never gives an agent more conversations than their capacity, however many assignments race', async () => {
  const [slotsA, slotsB] = [createAgentSlots(processA), createAgentSlots(processB)];
  const results = await Promise.all(
    Array.from({ length: 20 }, (_, i) => (i % 2 ? slotsA : slotsB).take('agent-1', 3, `conversation-${i}`)),
  );
  expect(results.filter(Boolean)).toHaveLength(3);
  expect((await slotsA.usage(['agent-1'])).get('agent-1')!.used).toBe(3);
  await slotsA.release('agent-1', `conversation-${results.findIndex(Boolean)}`);
  expect(await slotsB.take('agent-1', 3, 'late-conversation')).not.toBeNull();
  expect(await slotsB.take('agent-1', 3, 'one-too-many')).toBeNull();
});

it('frees only its own reservation when two processes reserved the same agent for the same conversation', async () => {
  const [slotsA, slotsB] = [createAgentSlots(processA), createAgentSlots(processB)];
  const [winner, loser] = await Promise.all([slotsA.take('agent-1', 2, 'conversation-x'), slotsB.take('agent-1', 2, 'conversation-x')]);
  expect(winner && loser).toBeTruthy();
  await slotsB.cancel(loser!);
  const left = await processA.collection('agentslots').find().toArray();
  expect(left.map((slot) => slot._id)).toEqual([winner!.slotId]);
});

it('lets exactly one of many racing agents claim a queued conversation', async () => {
  const [repoA, repoB] = [createConversationRepository(processA, testCipher), createConversationRepository(processB, testCipher)];
  const conversation = await repoA.findOrCreateOpen(visitor);
  await repoA.enqueue(conversation.id, { reason: 'visitor_request', intents: [], botAnswers: [], at: new Date().toISOString() });
  const claims = await Promise.all(
    Array.from({ length: 10 }, (_, i) => (i % 2 ? repoA : repoB).claim(conversation.id, { id: `agent-${i}`, name: `Agent ${i}` })),
  );
  const winners = claims.filter((c) => c !== null);
  expect(winners).toHaveLength(1);
  expect((await repoB.findById(conversation.id))!.assignedAgentId).toBe(winners[0]!.assignedAgentId);
});

it('gives racing tabs of one visitor the same open conversation', async () => {
  const [repoA, repoB] = [createConversationRepository(processA, testCipher), createConversationRepository(processB, testCipher)];
  const opened = await Promise.all(Array.from({ length: 8 }, (_, i) => (i % 2 ? repoA : repoB).findOrCreateOpen(visitor)));
  expect(new Set(opened.map((c) => c.id)).size).toBe(1);
  await repoA.close(opened[0]!.id, null, 'agent');
  const next = await repoB.findOrCreateOpen(visitor);
  expect(next.id).not.toBe(opened[0]!.id);
  expect(next.status).toBe('bot');
});

it('numbers messages uniquely when two processes append to one conversation at once', async () => {
  const repoA = createConversationRepository(processA, testCipher);
  const conversation = await repoA.findOrCreateOpen(visitor);
  const stores = [createMessageStore(processA, repoA, { cipher: testCipher }), createMessageStore(processB, createConversationRepository(processB, testCipher), { cipher: testCipher })];
  const author = { kind: 'visitor' as const, id: 'visitor-1', name: null };
  const results = await Promise.all(
    Array.from({ length: 60 }, (_, i) =>
      stores[i % 2]!.append({ conversationId: conversation.id, siteId: conversation.siteId, clientId: `client-${i}`, author, text: `message ${i}` }),
    ),
  );
  const seqs = results.map((r) => r.message.seq);
  expect(new Set(seqs).size).toBe(60);
  expect(results.every((r) => r.created)).toBe(true);
  const stored = await stores[0]!.listAfter(conversation.id, 0);
  expect(stored).toHaveLength(60);
  expect(stored.map((m) => m.seq)).toEqual([...seqs].sort((a, b) => a - b));
});
