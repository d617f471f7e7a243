/**
 * While the bot classifies a burst of visitor messages, another visitor's round trips
 * stay fast: classification must never block the event loop for other sockets.
 * With the embedding model present this exercises the worker thread; without it, the
 * lexical classifier (the output says which ran).
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Message } from '../../shared/domain';
import { EV } from '../../shared/events';
import { connectVisitor, nextEvent, request as ask, startTestServer, type TestServer } from '../testing/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

it('keeps another socket’s round trips fast during a burst of 60 classifications', async () => {
  const busy = await Promise.all(Array.from({ length: 6 }, () => connectVisitor(server, { locale: 'ko' })));
  const { socket: bystander } = await connectVisitor(server, { locale: 'en' });
  const questions = ['배송 언제 와요?', '환불하고 싶어요', '영업시간 알려주세요', 'where is my order', 'how do I get a refund', 'opening hours?'];
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();

  const answers = busy.flatMap(({ socket }, i) =>
    Array.from({ length: 10 }, (_, j) => {
      const answered = nextEvent<Message>(socket, EV.messageCreated, (m) => m.author.kind === 'bot' && m.seq === 2 * (j + 1), 30_000);
      return { socket, text: questions[(i + j) % questions.length]!, answered };
    }),
  );
  const burst = (async () => {
    for (const { socket, text, answered } of answers) {
      await ask(socket, EV.messageSend, { clientId: `burst-${crypto.randomUUID()}`, text });
      await answered;
    }
  })();

  const roundTrips: number[] = [];
  while (roundTrips.length < 40) {
    const started = performance.now();
    await ask(bystander, EV.messageSync, { afterSeq: 0 });
    roundTrips.push(performance.now() - started);
  }
  await burst;
  delay.disable();

  roundTrips.sort((a, b) => a - b);
  const p95 = roundTrips[Math.floor(roundTrips.length * 0.95)]!;
  console.info(`[event loop] bystander round trip p50 ${roundTrips[20]!.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms; event-loop delay p99 ${(delay.percentile(99) / 1e6).toFixed(1)} ms`);
  expect(p95).toBeLessThan(250);
  expect(delay.percentile(99) / 1e6).toBeLessThan(100);
});
