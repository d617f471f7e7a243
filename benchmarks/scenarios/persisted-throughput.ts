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
import { benchCipher } from '../support/bench-cipher';

export async function persistedThroughput(quick: boolean): Promise<Row[]> {
  const total = quick ? 5000 : 20_000;
  const conversations = 100;
  const connection = await mongoose.createConnection(withDatabaseName((await benchDatabase()).uri, `bench_throughput_${Date.now()}`)).asPromise();
  const repository = createConversationRepository(connection, benchCipher);
  const store = createMessageStore(connection, repository, { cipher: benchCipher });
  await connection.syncIndexes();
  const ids = await Promise.all(
    Array.from({ length: conversations }, (_, i) => repository.findOrCreateOpen({ siteId: 'bench', visitorId: `visitor-${i}`, visitorName: null, locale: 'en' }).then((c) => c.id)),
  );
  const author = { kind: 'visitor' as const, id: 'v', name: null };
  const inFlight = 500;

  // Parley: at most `inFlight` unacknowledged messages at a time, like many sockets sending at once.
  async function parleyRun(round: number) {
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: inFlight }, async () => {
        while (next < total) {
          const i = next++;
          await store.append({ conversationId: ids[i % conversations]!, siteId: 'bench', clientId: `parley-${round}-${i}`, author, text: `message ${i}` });
        }
      }),
    );
    return total / ((performance.now() - started) / 1000);
  }

  // Raw driver: the same documents, inserted in batches of the same size, into a collection with the same indexes.
  const raw = connection.db!.collection('rawmessages');
  await raw.createIndex({ conversationId: 1, clientId: 1 }, { unique: true });
  await raw.createIndex({ conversationId: 1, seq: 1 }, { unique: true });
  async function rawRun(round: number) {
    const docs = Array.from({ length: total }, (_, i) => ({
      _id: new Types.ObjectId(),
      conversationId: ids[i % conversations]!,
      clientId: `raw-${round}-${i}`,
      seq: round * total + Math.floor(i / conversations) + 1,
      author,
      text: `message ${i}`,
      createdAt: new Date(),
    }));
    const started = performance.now();
    for (let i = 0; i < total; i += inFlight) await raw.insertMany(docs.slice(i, i + inFlight), { ordered: false });
    return total / ((performance.now() - started) / 1000);
  }

  // Alternate the two so warm-up and collection growth weigh on both alike.
  const rawRates = [await rawRun(0)];
  const parleyRates = [await parleyRun(0)];
  rawRates.push(await rawRun(1));
  parleyRates.push(await parleyRun(1));
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const parleyPerSecond = mean(parleyRates);
  const rawPerSecond = mean(rawRates);

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
