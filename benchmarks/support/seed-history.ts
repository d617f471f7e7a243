/**
 * Seeds a site's history in bulk through Parley's own models: closed conversations of ten
 * messages spread over the past year, with their search postings and closing-day buckets,
 * as if a shop had served them one by one. Text mixes Korean and English questions of a
 * shop (some words common, some rare) so searches hit realistic numbers of postings.
 */
import mongoose, { type Connection } from 'mongoose';
import { conversationModel } from '../../server/conversations/conversation.model';
import { closedPageKey, closedPageOf, createClosedSequence } from '../../server/conversations/closed-sequence';
import { pageOf } from '../../server/conversations/message-pages';
import { messageModel } from '../../server/conversations/message.model';
import { createSearchPostings } from '../../server/conversations/search-postings';
import { createDayBuckets, dayOf } from '../../server/database/day-buckets';
import { benchCipher } from './bench-cipher';

const VISITOR_LINES = [
  '배송이 언제 되나요? 주문번호 {n}',
  '배송지 변경하고 싶어요',
  '환불 요청드립니다. 주문번호 {n}',
  '쿠폰이 적용되지 않아요',
  '사이즈 교환 가능한가요?',
  '결제가 두 번 된 것 같아요',
  'Where is my order #{n}?',
  'I would like a refund for order {n}',
  'Can I change my shipping address?',
  'The coupon code does not work',
];
const AGENT_LINES = [
  '안녕하세요 고객님, 확인해 드리겠습니다.',
  '주문번호 {n} 확인했습니다. 오늘 출고 예정입니다.',
  '불편을 드려 죄송합니다. 바로 처리해 드리겠습니다.',
  'Thanks for waiting, I have checked order {n}.',
  'Your refund has been issued and should arrive in 3-5 days.',
];
const TAGS = ['배송', '환불', 'vip', 'coupon', '교환'];

export interface SeedTarget {
  siteId: string;
  agentIds: string[];
}

const DAY = 86_400_000;

/** Adds closed conversations (10 messages each) until the site has `totalMessages` seeded messages. */
export async function seedHistory(connection: Connection, target: SeedTarget, fromMessages: number, totalMessages: number, now = Date.now()): Promise<void> {
  const Conversations = conversationModel(connection);
  const Messages = messageModel(connection);
  const postings = createSearchPostings(connection, benchCipher);
  const closedDays = createDayBuckets(connection, 'closedconversations');
  const firstConversation = Math.floor(fromMessages / 10);
  const conversations = Math.floor(totalMessages / 10);
  const BATCH = 200;
  const batches: number[] = [];
  for (let start = firstConversation; start < conversations; start += BATCH) batches.push(start);

  // A few batches at once: FerretDB and PostgreSQL each use both cores.
  let next = 0;
  await Promise.all(
    Array.from({ length: 3 }, async () => {
      while (next < batches.length) {
        const start = batches[next++]!;
        const end = Math.min(start + BATCH, conversations);
        const convDocs: Record<string, unknown>[] = [];
        const messageDocs: Record<string, unknown>[] = [];
        const sources: Parameters<typeof postings.index>[0] = [];
        for (let c = start; c < end; c++) {
          const id = new mongoose.Types.ObjectId();
          // Deterministic spread over the last 365 days, newest conversations last.
          const createdAt = new Date(now - 365 * DAY + ((c * 7919) % (365 * 24 * 60)) * 60_000);
          const closedAt = new Date(createdAt.getTime() + 20 * 60_000);
          const agentId = target.agentIds[c % target.agentIds.length]!;
          convDocs.push({
            _id: id,
            siteId: target.siteId,
            visitorId: new mongoose.Types.ObjectId().toHexString(),
            visitorName: `방문자 ${c}`,
            locale: c % 3 === 0 ? 'en' : 'ko',
            status: 'closed',
            assignedAgentId: agentId,
            assignedAgentName: 'Seeded Agent',
            round: 1,
            priority: 0,
            tags: c % 4 === 0 ? [TAGS[c % TAGS.length]!] : [],
            resolution: 'agent',
            closedAt,
            closedDay: dayOf(closedAt),
            // Numbered in seeding order, as closings are (the view lists by number).
            closedSeq: c + 1,
            closedPage: closedPageKey(target.siteId, closedPageOf(c + 1)),
            events: [
              { type: 'created', at: createdAt, agentId: null, reason: null },
              { type: 'queued', at: new Date(createdAt.getTime() + 60_000), agentId: null, reason: 'visitor_request' },
              { type: 'assigned', at: new Date(createdAt.getTime() + 90_000), agentId, reason: null },
              { type: 'closed', at: closedAt, agentId, reason: 'agent' },
            ],
            createdAt,
            updatedAt: closedAt,
          });
          for (let m = 0; m < 10; m++) {
            const visitorTurn = m % 2 === 0;
            const lines = visitorTurn ? VISITOR_LINES : AGENT_LINES;
            const text = lines[(c + m) % lines.length]!.replace('{n}', String(100000 + ((c * 31 + m) % 900000)));
            const messageId = new mongoose.Types.ObjectId();
            const at = new Date(createdAt.getTime() + m * 60_000);
            messageDocs.push({
              _id: messageId,
              conversationId: id.toHexString(),
              clientId: `seed-${c}-${m}`,
              seq: m + 1,
              page: pageOf(m + 1),
              author: { kind: visitorTurn ? 'visitor' : 'agent', id: visitorTurn ? null : agentId, name: null },
              text: benchCipher.seal(text),
              createdAt: at,
            });
            sources.push({ messageId: messageId.toHexString(), conversationId: id.toHexString(), siteId: target.siteId, text, createdAt: at });
            // What close() keeps on a closed conversation: its last message as the list preview.
            if (m === 9) convDocs.at(-1)!.closedActivity = { lastSeq: 10, preview: benchCipher.seal(text), visitorReadSeq: 10, agentReadSeq: 10 };
          }
        }
        await Conversations.collection.insertMany(convDocs, { ordered: false });
        await Messages.collection.insertMany(messageDocs, { ordered: false });
        await postings.index(sources);
        for (const doc of convDocs) await closedDays.mark(target.siteId, doc.closedAt as Date);
      }
    }),
  );
  await createClosedSequence(connection).raiseTo(target.siteId, conversations);
}
