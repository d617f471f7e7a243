/**
 * Long histories against the real embedded store: a conversation opens on its newest
 * page and pages back, inbox views come in pages with cursors (closed ones across days),
 * and transcript search finds Korean typed without spaces and English in any case.
 */
import mongoose from 'mongoose';
import type { Message } from '../../shared/domain';
import { EV, type ConversationPage, type MessagePage } from '../../shared/events';
import { connectAgent, request, signedInAgent, startTestServer, useTestDatabase, type TestServer } from '../testing/test-server';
import { CLOSED_PAGE_SIZE, createClosedSequence } from './closed-sequence';
import { createConversationRepository, type ConversationRepository } from './conversation.repository';
import { conversationModel } from './conversation.model';
import { createMessageStore, type MessageStore } from './message-store';
import { startIdleBotCloser } from './idle-bot-closer';
import { testCipher } from '../testing/test-cipher';

const database = useTestDatabase();
let connection: mongoose.Connection;
let conversations: ConversationRepository;
let messages: MessageStore;
const siteId = 'site-paging';

beforeAll(() => {
  connection = database();
  conversations = createConversationRepository(connection, testCipher);
  messages = createMessageStore(connection, conversations, { cipher: testCipher });
});

let visitorCount = 0;
async function conversationWith(texts: string[]) {
  const conversation = await conversations.findOrCreateOpen({ siteId, visitorId: `visitor-${++visitorCount}`, visitorName: null, locale: 'ko' });
  for (const [i, text] of texts.entries()) {
    await messages.append({ conversationId: conversation.id, siteId, clientId: `m-${i}`, author: { kind: i % 2 ? 'agent' : 'visitor', id: null, name: null }, text });
  }
  messages.flushActivity();
  return conversation;
}

describe('a long conversation', () => {
  it('reads the newest page first and pages back to the first message, and syncs from any seq', async () => {
    const conversation = await conversationWith(Array.from({ length: 180 }, (_, i) => `message ${i + 1}`));
    const newest = await messages.listBefore(conversation.id, null, { limit: 50 });
    expect(newest.messages.map((m) => m.seq)).toEqual(Array.from({ length: 50 }, (_, i) => 131 + i));
    expect(newest.hasOlder).toBe(true);

    const seen: number[] = [...newest.messages.map((m) => m.seq)];
    let page = newest;
    while (page.hasOlder) {
      page = await messages.listBefore(conversation.id, page.messages[0]!.seq, { limit: 50 });
      seen.unshift(...page.messages.map((m) => m.seq));
    }
    expect(seen).toEqual(Array.from({ length: 180 }, (_, i) => i + 1));
    expect((await messages.listAfter(conversation.id, 97)).map((m) => m.seq)).toEqual(Array.from({ length: 83 }, (_, i) => 98 + i));
  });

  it('answers a resend with the stored message and reads on past the number it reserved', async () => {
    const conversation = await conversationWith(['first', 'second']);
    const resend = await messages.append({ conversationId: conversation.id, siteId, clientId: 'm-0', author: { kind: 'visitor', id: null, name: null }, text: 'first' });
    expect(resend.created).toBe(false);
    const next = await messages.append({ conversationId: conversation.id, siteId, clientId: 'm-new', author: { kind: 'visitor', id: null, name: null }, text: 'third' });
    // The resend's reserved number stays unused: a hole readers step over.
    expect(next.message.seq).toBeGreaterThan(2);
    expect((await messages.listAfter(conversation.id, 0)).map((m) => m.text)).toEqual(['first', 'second', 'third']);
    expect((await messages.listBefore(conversation.id, null)).messages.map((m) => m.text)).toEqual(['first', 'second', 'third']);
  });
});

describe('the closed view', () => {
  it('pages through closed conversations last closed first, across pages of closings and two processes, without repeats or gaps', async () => {
    // A second repository on the same store stands for a second Parley process closing too.
    const otherProcess = createConversationRepository(connection, testCipher);
    const closed: string[] = [];
    const visitors = new Map<string, string>();
    for (let i = 0; i < 5 * CLOSED_PAGE_SIZE + 7; i++) {
      const conversation = await conversationWith([`closed ${i}`]);
      visitors.set(conversation.id, conversation.visitorId);
      expect(await (i % 3 === 0 ? otherProcess : conversations).close(conversation.id, null, 'agent')).not.toBeNull();
      closed.unshift(conversation.id);
    }
    // Reopening takes one out of the view (it is live again), and leaves a hole in its page.
    const reopened = closed[2 * CLOSED_PAGE_SIZE + 3]!;
    expect(await conversations.reopenRecent(visitors.get(reopened)!, new Date(0))).not.toBeNull();
    const expected = closed.filter((id) => id !== reopened);

    const listed: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 20; page++) {
      const result = await conversations.listForAgent(siteId, { id: 'agent-x', teams: [] }, 'closed', { limit: 9, ...(cursor ? { cursor } : {}) });
      expect(result.conversations.length).toBeLessThanOrEqual(9);
      expect(result.conversations.every((c) => c.status === 'closed')).toBe(true);
      listed.push(...result.conversations.map((c) => c.id));
      if (!result.nextCursor) break;
      cursor = result.nextCursor;
    }
    // Those closed by earlier tests came before ours and follow them, in order.
    expect(listed.filter((id) => closed.includes(id))).toEqual(expected);
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('finds the newest closings when the recorded highest number trails them, and walks past emptied pages a bounded read at a time', async () => {
    const site = 'site-closed-edges';
    const closedHere: string[] = [];
    // Numbers start at 1,000: pages 0–99 below are empty, as after retention deleted them.
    await createClosedSequence(connection).raiseTo(site, 1_000);
    const other = createConversationRepository(connection, testCipher);
    for (let i = 0; i < 3 * CLOSED_PAGE_SIZE; i++) {
      const conversation = await other.findOrCreateOpen({ siteId: site, visitorId: `edge-${i}`, visitorName: null, locale: 'ko' });
      await other.close(conversation.id, null, 'agent');
      closedHere.unshift(conversation.id);
    }
    // A lost race to raise the highest number: it trails the last two pages of closings.
    await connection.collection<{ _id: string; last: number }>('closedsequences').updateOne({ _id: site }, { $set: { last: 1_000 + CLOSED_PAGE_SIZE - 1 } });
    const listed: string[] = [];
    let cursor: string | undefined;
    let requests = 0;
    for (; requests < 10; requests++) {
      const result = await conversations.listForAgent(site, { id: 'agent-x', teams: [] }, 'closed', { limit: 12, ...(cursor ? { cursor } : {}) });
      listed.push(...result.conversations.map((c) => c.id));
      if (!result.nextCursor) break;
      cursor = result.nextCursor;
    }
    expect(listed).toEqual(closedHere);
    expect(requests).toBeLessThan(10);
  });

  it('numbers closings by claim, so two processes closing at once never share a number', async () => {
    const sequences = [createClosedSequence(connection), createClosedSequence(connection)];
    const numbers = await Promise.all(Array.from({ length: 40 }, (_, i) => sequences[i % 2]!.next('site-race')));
    expect(new Set(numbers).size).toBe(40);
    // The recorded highest may trail a racing writer, by less than the page the view reads past it.
    const recorded = await sequences[0]!.last('site-race');
    expect(recorded).toBeLessThanOrEqual(Math.max(...numbers));
    expect(Math.max(...numbers) - recorded).toBeLessThan(CLOSED_PAGE_SIZE);
  });

  it('keeps the preview a conversation closed with on the conversation itself, so the closed view reads no activity notes', async () => {
    const conversation = await conversationWith(['무엇을 도와드릴까요?', '환불되었습니다. 감사합니다.']);
    const notes = connection.collection<{ _id: string; lastSeq: number }>('conversationactivity');
    for (let i = 0; i < 100 && !(await notes.findOne({ _id: conversation.id })); i++) await new Promise((resolve) => setTimeout(resolve, 20));
    await conversations.close(conversation.id, null, 'agent');
    // Gone from the notes: what the list shows must come from the conversation now.
    await notes.deleteOne({ _id: conversation.id });
    const listed = (await conversations.listForAgent(siteId, { id: 'agent-x', teams: [] }, 'closed', { limit: 100 })).conversations.find((c) => c.id === conversation.id);
    expect(listed).toMatchObject({ status: 'closed', lastSeq: 2, lastMessagePreview: '환불되었습니다. 감사합니다.' });
  });

  it('lists a conversation with everything the inbox row shows, though lists leave out the event log and the bot memory', async () => {
    const conversation = await conversationWith(['배송 언제 되나요?']);
    await conversations.saveBotMemory(conversation.id, { lowConfidenceStreak: 0, detected: [{ name: 'shipping', confidence: 0.9 }], answers: ['2~3일 안에 도착합니다.'] });
    await conversations.enqueue(conversation.id, { reason: 'visitor_request', intents: [{ name: 'shipping', confidence: 0.9, displayName: { ko: '배송 안내', en: 'Shipping' } }], botAnswers: ['2~3일 안에 도착합니다.'], at: new Date().toISOString() });
    await conversations.setTags(conversation.id, ['vip']);
    const agent = { id: 'agent-x', teams: [] };
    const queued = (await conversations.listForAgent(siteId, agent, 'queue', { limit: 100 })).conversations.find((c) => c.id === conversation.id);
    expect(queued).toMatchObject({
      status: 'queued',
      tags: ['vip'],
      lastSeq: 1,
      lastMessagePreview: '배송 언제 되나요?',
      handoff: { reason: 'visitor_request', intents: [{ name: 'shipping', displayName: { ko: '배송 안내', en: 'Shipping' } }], botAnswers: ['2~3일 안에 도착합니다.'] },
    });
    expect(queued!.queuedAt).not.toBeNull();
    // The bot still finds its memory, and a closed row keeps its handoff summary too.
    expect((await conversations.botMemory(conversation.id)).answers).toEqual(['2~3일 안에 도착합니다.']);
    await conversations.close(conversation.id, null, 'agent');
    const closed = (await conversations.listForAgent(siteId, agent, 'closed', { limit: 100 })).conversations.find((c) => c.id === conversation.id);
    expect(closed).toMatchObject({ status: 'closed', tags: ['vip'], handoff: { reason: 'visitor_request' } });
  });
});

describe('transcript search', () => {
  it('finds Korean typed without the spaces, and English in any case, newest first, a page at a time', async () => {
    const older = await conversationWith(['배송지 변경하고 싶어요', '네 고객님, 변경해 드리겠습니다.']);
    const newer = await conversationWith(['배송지를 변경할 수 있나요?']);
    const spaced = await conversationWith(['Can I change my Shipping Address?']);
    await conversationWith(['환불은 언제 되나요?']);
    await new Promise((resolve) => setTimeout(resolve, 200)); // postings are written after the ack

    const korean = await conversations.search(siteId, { q: '배송지변경' }, { pageSize: 10 });
    expect(korean.conversations.map((c) => c.id)).toEqual([older.id]);
    const partial = await conversations.search(siteId, { q: '배송지' }, { pageSize: 1 });
    expect(partial.conversations.map((c) => c.id)).toEqual([newer.id]);
    const second = await conversations.search(siteId, { q: '배송지' }, { pageSize: 1, cursor: partial.nextCursor! });
    expect(second.conversations.map((c) => c.id)).toEqual([older.id]);
    expect(second.nextCursor).toBeNull();
    expect((await conversations.search(siteId, { q: 'shipping address' }, { pageSize: 10 })).conversations.map((c) => c.id)).toEqual([spaced.id]);
    expect((await conversations.search('another-site', { q: '배송지' }, { pageSize: 10 })).conversations).toEqual([]);
  });

  it('finds a long message (a bot answer, a detailed complaint) by grams from its two ends', async () => {
    const filler = '고객님, 주문하신 상품은 평일 기준 2~3일 안에 도착합니다. 제주 및 도서산간 지역은 1~2일 더 걸릴 수 있습니다. '.repeat(6);
    // "배송조회" has the trigram 배송조 at the start and 송조회 at the end: far apart in the posting's keys.
    const long = await conversationWith([`배송조정 요청드립니다. ${filler}반품 접수는 마이페이지에서 하실 수 있습니다. ${filler}주문 송조회`]);
    await new Promise((resolve) => setTimeout(resolve, 300)); // postings are written after the ack
    expect((await conversations.search(siteId, { q: '반품접수' }, { pageSize: 10 })).conversations.map((c) => c.id)).toEqual([long.id]);
    expect((await conversations.search(siteId, { q: '배송조회' }, { pageSize: 10 })).conversations.map((c) => c.id)).toEqual([long.id]);
    expect((await conversations.search(siteId, { q: '배송조율' }, { pageSize: 10 })).conversations).toEqual([]);
  });

  it('pages a tag with a status through every match, however few of the tag have the status', async () => {
    const closedVip: string[] = [];
    for (let i = 0; i < 14; i++) {
      const conversation = await conversationWith([`vip ${i}`]);
      await conversations.setTags(conversation.id, ['vip-paging']);
      // Most of the tag stay open, so a read of the tag's newest few finds hardly any closed.
      if (i % 4 === 0) {
        await conversations.close(conversation.id, null, 'agent');
        closedVip.unshift(conversation.id);
      }
    }
    const found: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 10; page++) {
      const result = await conversations.search(siteId, { tag: 'vip-paging', status: 'closed' }, { pageSize: 2, ...(cursor ? { cursor } : {}) });
      found.push(...result.conversations.map((c) => c.id));
      if (!result.nextCursor) break;
      cursor = result.nextCursor;
    }
    expect(found).toEqual(closedVip);
  });
});

describe('over the agent socket', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.stop();
  });

  it('opens on the newest page, pages back with message:list, and lists views with a cursor', async () => {
    const { token } = await signedInAgent(server, { email: 'pager@example.com', name: 'Pager' });
    const agent = await connectAgent(server, token);
    const repo = server.app.conversations;
    const conversation = await server.app.conversations.visitorSend(
      { id: '65a000000000000000000001', siteId: server.app.demoSite.id, name: null } as never,
      { clientId: 'first', text: 'hello' },
      'en',
    );
    for (let i = 0; i < 120; i++) await repo.visitorSend({ id: '65a000000000000000000001', siteId: server.app.demoSite.id, name: null } as never, { clientId: `more-${i}`, text: `more ${i}` }, 'en');
    const id = conversation.conversation.id;

    const opened = await request<{ messages: Message[]; hasOlder: boolean }>(agent, EV.conversationOpen, { conversationId: id });
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.data.messages).toHaveLength(50);
    expect(opened.data.hasOlder).toBe(true);
    const older = await request<MessagePage>(agent, EV.messageList, { conversationId: id, beforeSeq: opened.data.messages[0]!.seq });
    expect(older.ok && older.data.messages.at(-1)!.seq).toBe(opened.data.messages[0]!.seq - 1);
    expect(older.ok && older.data.hasOlder).toBe(true);
    const first = await request<MessagePage>(agent, EV.messageList, { conversationId: id, beforeSeq: older.ok ? older.data.messages[0]!.seq : 1 });
    expect(first.ok && first.data.messages[0]!.seq).toBe(1);
    expect(first.ok && first.data.hasOlder).toBe(false);

    const bad = await request<MessagePage>(agent, EV.messageList, { conversationId: id, beforeSeq: 0 });
    expect(bad.ok ? 'accepted' : bad.error.code).toBe('PARLEY_ERR_INVALID_PAYLOAD');
    const forged = await request<ConversationPage>(agent, EV.conversationList, { view: 'closed', cursor: 'not a cursor!' });
    expect(forged.ok ? 'accepted' : forged.error.code).toBe('PARLEY_ERR_INVALID_PAYLOAD');
    const listed = await request<ConversationPage>(agent, EV.conversationList, { view: 'open', limit: 1 });
    expect(listed.ok && listed.data.conversations.map((c) => c.id)).toEqual([id]);

    // A widget starting from nothing gets the latest 100, oldest first; catching up, what came after.
    const visitor = { id: '65a000000000000000000001', siteId: server.app.demoSite.id, name: null } as never;
    const fresh = await repo.visitorSync(visitor, 0);
    expect(fresh.messages.map((m) => m.seq)).toEqual(Array.from({ length: 100 }, (_, i) => 22 + i));
    expect((await repo.visitorSync(visitor, 119)).messages.map((m) => m.seq)).toEqual([120, 121]);
  });
});

describe('bot conversations that went quiet', () => {
  it('are closed after a day, so the open lists hold only what is live', async () => {
    const Conversations = conversationModel(connection);
    const quiet = await conversationWith(['배송 언제 되나요?']);
    const recent = await conversationWith(['환불 문의요']);
    await Conversations.collection.updateOne({ _id: new mongoose.Types.ObjectId(quiet.id) }, { $set: { updatedAt: new Date(Date.now() - 25 * 3_600_000) } });
    const closed: string[] = [];
    const closer = startIdleBotCloser({ conversations, onClosed: (conversation) => closed.push(conversation.id) });
    try {
      expect(await closer.sweep()).toBe(1);
    } finally {
      closer.stop();
    }
    expect(closed).toEqual([quiet.id]);
    expect((await conversations.findById(quiet.id))?.status).toBe('closed');
    expect((await conversations.findById(recent.id))?.status).toBe('bot');
    const open = await conversations.listForAgent(siteId, { id: 'a', teams: [] }, 'open', { limit: 200 });
    expect(open.conversations.some((c) => c.id === quiet.id)).toBe(false);
  });
});
