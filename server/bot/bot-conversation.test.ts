/** The bot's side of a conversation over real sockets and FerretDB: answers, handoff triggers, hours, self-service. */
import { Types } from 'mongoose';
import type { Conversation, Message } from '../../shared/domain';
import { EV } from '../../shared/events';
import { DEFAULT_BUSINESS_HOURS } from './business-hours';
import { connectVisitor, nextEvent, request as ask, startTestServer, type TestServer, type VisitorClient } from '../testing/test-server';

let server: TestServer;
let clock = new Date('2026-11-24T01:30:00Z'); // Tuesday 10:30 in Seoul
beforeEach(async () => {
  clock = new Date('2026-11-24T01:30:00Z');
  server = await startTestServer({ now: () => clock });
});
afterEach(async () => {
  await server.stop();
});

const send = (socket: VisitorClient, text: string) => ask<{ message: Message }>(socket, EV.messageSend, { clientId: `c-${crypto.randomUUID()}`, text });
const botSays = (socket: VisitorClient) => nextEvent<Message>(socket, EV.messageCreated, (m) => m.author.kind === 'bot');
const statusBecomes = (socket: VisitorClient, status: Conversation['status']) =>
  nextEvent<Conversation>(socket, EV.conversationUpdated, (c) => c.status === status);
/** The handoff context as stored: visitors never see it (shared/visitor-view.ts). */
const handoffOf = async (conversation: Conversation) =>
  ((await server.connection.collection('conversations').findOne({ _id: new Types.ObjectId(conversation.id) })) as { handoff?: NonNullable<Conversation['handoff']> } | null)?.handoff;

it('says it is a bot in its first answer only, and offers related intents, "This solved it" and a human', async () => {
  const { socket } = await connectVisitor(server, { locale: 'en' });
  let answer = botSays(socket);
  await send(socket, 'what are your business hours?');
  const first = await answer;
  expect(first.text).toMatch(/^Hi, I'm Parley's automated assistant\. Our support team/);
  expect(first.quickReplies).toEqual([{ label: 'Shipping' }, { label: 'This solved it', action: 'solved' }, { label: 'Talk to a human', action: 'handoff' }]);
  answer = botSays(socket);
  await send(socket, 'and shipping?');
  expect((await answer).text).toMatch(/^Orders usually arrive/);
});

it('offers related topics in Korean by their display names, one "상담원 연결", and answers a pressed chip', async () => {
  const { socket } = await connectVisitor(server, { locale: 'ko' });
  let answer = botSays(socket);
  await send(socket, '주문 취소하고 싶어요');
  const first = await answer;
  expect(first.text).toMatch(/고객님, 배송 준비 전이라면/);
  expect(first.quickReplies).toEqual([{ label: '환불 안내' }, { label: '해결됐어요', action: 'solved' }, { label: '상담원 연결', action: 'handoff' }]);
  answer = botSays(socket);
  await send(socket, '환불 안내');
  expect((await answer).text).toMatch(/^고객님, 상품 수령 후 7일 이내에 주문 내역에서 환불을/);
});

it('hands off after two answers in a row it is unsure of, with the context the agent needs', async () => {
  const { socket } = await connectVisitor(server, { locale: 'en' });
  const answered = botSays(socket);
  await send(socket, 'refund please');
  await answered;
  const unsure = botSays(socket);
  await send(socket, 'the blue thing with the lid');
  expect((await unsure).text).toMatch(/not sure/);
  // Nobody is online here, so the handoff keeps the conversation as a message (handoff-route.test.ts).
  const handedOver = statusBecomes(socket, 'offline');
  await send(socket, 'the thing, you know');
  const handoff = await handoffOf(await handedOver);
  expect(handoff).toMatchObject({ reason: 'low_confidence', intents: [{ name: 'refund' }] });
  expect(handoff!.botAnswers[0]).toMatch(/request a refund/);
});

it('steps aside for a human when the visitor is angry or abusive', async () => {
  const { socket } = await connectVisitor(server, { locale: 'ko' });
  const handedOver = statusBecomes(socket, 'offline');
  await send(socket, '환불 왜 안 해줘요 진짜 짜증나네요');
  expect((await handoffOf(await handedOver))?.reason).toBe('negative_sentiment');
});

it('takes a message instead of queueing outside business hours', async () => {
  await server.app.sites.setBusinessHours(server.app.demoSite.id, { ...DEFAULT_BUSINESS_HOURS, enabled: true });
  clock = new Date('2026-11-22T03:00:00Z'); // Sunday noon in Seoul
  const { socket } = await connectVisitor(server, { locale: 'ko' });
  const offline = statusBecomes(socket, 'offline');
  const reply = botSays(socket);
  await send(socket, '상담원 연결해 주세요');
  expect((await reply).text).toMatch(/상담 시간이 아닙니다/);
  expect((await handoffOf(await offline))?.reason).toBe('visitor_request');
});

it('closes the conversation as solved by the bot when the visitor says it solved it', async () => {
  const { socket } = await connectVisitor(server, { locale: 'en' });
  const answered = botSays(socket);
  await send(socket, 'how do I get a refund?');
  await answered;
  const solved = await ask<{ conversation: Conversation }>(socket, EV.conversationSolve, {});
  expect(solved.ok && solved.data.conversation).toMatchObject({ status: 'closed', resolution: 'bot' });
  // The next message starts a fresh conversation with the bot.
  const next = await send(socket, 'hello again');
  expect(next.ok && next.data.message.conversationId).not.toBe(solved.ok && solved.data.conversation.id);
});
