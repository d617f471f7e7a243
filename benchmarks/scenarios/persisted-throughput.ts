/**
 * Scenario 2: messages per second stored and acknowledged by Parley's message store
 * (dedupe index, per-conversation seq, ack after the write), against the raw MongoDB
 * driver's insertMany of the same documents into the same database, in the same run.
 */
import mongoose, { Types } from 'mongoose';
import { createConversationRepository } from '../../server/conversations/conversation.repository';
import { createMessageStore } from '../../server/conversations/message-store';
import { withDatabaseName } from '../../server/database/provision';
import { benchDatabase } from '../support/processes';
import type { Row } from '../support/stats';

export async function persistedThroughput(quick: boolean): Promise<Row[]> {
  const total = quick ? 5000 : 20_000;
  const conversations = 100;
  const connection = await mongoose.createConnection(withDatabaseName((await benchDatabase()).uri, `bench_throughput_${Date.now()}`)).asPromise();
  const repository = createConversationRepository(connection);
  const store = createMessageStore(connection, repository);
  await connection.syncIndexes();
  const ids = await Promise.all(
    Array.from({ length: conversations }, (_, i) => repository.findOrCreateOpen({ siteId: 'bench', visitorId: `visitor-${i}`, visitorName: null, locale: 'en' }).then((c) => c.id)),
  );
  const author = { kind: 'visitor' as const, id: 'v', name: null };
  const inFlight = 500;

  // Parley: at most `inFlight` unacknowledged messages at a time, like many sockets sending at once.
  let next = 0;
  const parleyStarted = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < total) {
        const i = next++;
        await store.append({ conversationId: ids[i % conversations]!, clientId: `parley-${i}-client`, author, text: `message ${i}` });
      }
    }),
  );
  const parleyPerSecond = total / ((performance.now() - parleyStarted) / 1000);

  // Raw driver: the same documents, inserted in batches of the same size.
  const raw = connection.db!.collection('rawmessages');
  await raw.createIndex({ conversationId: 1, clientId: 1 }, { unique: true });
  await raw.createIndex({ conversationId: 1, seq: 1 }, { unique: true });
  const docs = Array.from({ length: total }, (_, i) => ({
    _id: new Types.ObjectId(),
    conversationId: ids[i % conversations]!,
    clientId: `raw-${i}-client`,
    seq: Math.floor(i / conversations) + 1,
    author,
    text: `message ${i}`,
    createdAt: new Date(),
  }));
  const rawStarted = performance.now();
  for (let i = 0; i < total; i += inFlight) await raw.insertMany(docs.slice(i, i + inFlight), { ordered: false });
  const rawPerSecond = total / ((performance.now() - rawStarted) / 1000);

  await connection.dropDatabase();
  await connection.close();
  const share = parleyPerSecond / rawPerSecond;
  return [
    {
      scenario: `2. persisted throughput, ${total} messages, ${conversations} conversations`,
      measure: 'messages/s acked after write',
      value: parleyPerSecond.toFixed(0),
      baseline: `${rawPerSecond.toFixed(0)} (raw insertMany)`,
      ratio: `${(share * 100).toFixed(0)}%`,
      goal: '≥ 70%',
      met: share >= 0.7 ? 'yes' : 'no',
    },
  ];
}
