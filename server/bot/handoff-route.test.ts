/**
 * One handoff behaviour, over real Socket.IO and the embedded store: asking for a person by
 * the widget's button (handoff:request) or in words to the bot (talk_to_human) leads to the
 * same place — the queue when an agent can take it, else the leave-a-message form (status
 * offline, the same bot words) with no place in line or wait promised.
 */
import type { Conversation, Message, QueuePosition } from '../../shared/domain';
import { EV } from '../../shared/events';
import { connectAgent, connectVisitor, nextEvent, request as ask, signedInAgent, startTestServer, type TestServer, type VisitorClient } from '../testing/test-server';
import { botTexts } from './bot-policy';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.stop();
});

/** Everything Parley tells the visitor, in order, so two visitors' experiences can be compared. */
function record(socket: VisitorClient) {
  const heard = { statuses: [] as Conversation['status'][], botLines: [] as string[], positions: [] as QueuePosition[] };
  socket.on(EV.conversationUpdated, (conversation) => heard.statuses.push(conversation.status));
  socket.on(EV.messageCreated, (message) => message.author.kind === 'bot' && heard.botLines.push(message.text));
  socket.on(EV.queuePosition, (position) => heard.positions.push(position));
  return heard;
}

const byButton = async (socket: VisitorClient) => {
  const ack = await ask<{ conversation: Conversation }>(socket, EV.handoffRequest, {});
  if (!ack.ok) throw new Error('handoff refused');
  return ack.data.conversation.status;
};
const inWords = async (socket: VisitorClient, text: string) => {
  const ack = await ask<{ message: Message }>(socket, EV.messageSend, { clientId: `c-${crypto.randomUUID()}`, text });
  if (!ack.ok) throw new Error('message refused');
};
const settle = () => new Promise((resolve) => setTimeout(resolve, 400));

describe('with no agent online', () => {
  it.each(['ko', 'en'] as const)('button and words both offer the leave-a-message form, the same way, with no wait promised (%s)', async (locale) => {
    const button = await connectVisitor(server, { locale });
    const words = await connectVisitor(server, { locale });
    const heardByButton = record(button.socket);
    const heardInWords = record(words.socket);

    const buttonOffline = nextEvent<Conversation>(button.socket, EV.conversationUpdated, (c) => c.status === 'offline');
    const wordsOffline = nextEvent<Conversation>(words.socket, EV.conversationUpdated, (c) => c.status === 'offline');
    expect(await byButton(button.socket)).toBe('offline');
    await inWords(words.socket, locale === 'ko' ? '상담원 연결해 주세요' : 'I want to talk to a human agent');
    const [a, b] = await Promise.all([buttonOffline, wordsOffline]);
    await settle();

    // The same event and payload shape, and the same words from the bot.
    expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
    expect(heardByButton.statuses.at(-1)).toBe('offline');
    expect(heardInWords.statuses.at(-1)).toBe('offline');
    expect(heardByButton.statuses).not.toContain('queued');
    expect(heardInWords.statuses).not.toContain('queued');
    expect(heardByButton.botLines).toEqual([botTexts[locale].nobodyOnline]);
    expect(heardInWords.botLines).toEqual([botTexts[locale].nobodyOnline]);
    // Nobody is there: no place in line, no wait.
    expect(heardByButton.positions).toEqual([]);
    expect(heardInWords.positions).toEqual([]);

    // The visitor leaves a message on the form; agents find it as an offline conversation.
    const left = await ask<{ conversation: Conversation }>(button.socket, EV.offlineMessage, { clientId: 'offline-1', email: 'mina@example.com', text: 'Please call me back' });
    expect(left.ok && left.data.conversation).toMatchObject({ id: a.id, status: 'offline' });
  });
});

describe('with an agent online', () => {
  it('button and words both queue: assigned at once while the agent has room, then a real place in line', async () => {
    const { token } = await signedInAgent(server, { email: 'mina@example.com', name: 'Mina', capacity: 1 });
    const agent = await connectAgent(server, token);

    const first = await connectVisitor(server, { locale: 'ko' });
    const firstHeard = record(first.socket);
    const assigned = nextEvent<Conversation>(first.socket, EV.conversationUpdated, (c) => c.status === 'assigned');
    await byButton(first.socket);
    expect((await assigned).assignedAgentName).toBe('Mina');

    // Mina is full now: both ways of asking wait in line, with a place and an estimate.
    const button = await connectVisitor(server, { locale: 'ko' });
    const words = await connectVisitor(server, { locale: 'ko' });
    const heardByButton = record(button.socket);
    const heardInWords = record(words.socket);
    const buttonPlace = nextEvent<QueuePosition>(button.socket, EV.queuePosition);
    expect(await byButton(button.socket)).toBe('queued');
    const wordsPlace = nextEvent<QueuePosition>(words.socket, EV.queuePosition, (p) => p.position === 2);
    const wordsQueued = nextEvent<Conversation>(words.socket, EV.conversationUpdated, (c) => c.status === 'queued');
    const agentSees = nextEvent<Conversation>(agent, EV.conversationUpdated, (c) => c.status === 'queued' && (c.handoff?.intents.length ?? 0) > 0);
    await inWords(words.socket, '상담원 연결해 주세요');
    await wordsQueued;
    // The agent's handoff card gets the admin's display names with the ids, never ids alone.
    expect((await agentSees).handoff?.intents.at(-1)).toMatchObject({ name: 'talk_to_human', displayName: { ko: '상담원 연결', en: 'Talk to a person' } });
    expect(await buttonPlace).toMatchObject({ position: 1, estimatedWaitSeconds: expect.any(Number) });
    expect(await wordsPlace).toMatchObject({ position: 2, estimatedWaitSeconds: expect.any(Number) });

    for (const heard of [firstHeard, heardByButton, heardInWords]) {
      expect(heard.statuses).not.toContain('offline');
      expect(heard.botLines).not.toContain(botTexts.ko.nobodyOnline);
    }
  });
});
