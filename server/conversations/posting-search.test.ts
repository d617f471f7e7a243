import { grams } from './search-postings';
import { searchPostings, type Posting, type PostingBuckets } from './posting-search';

const HOUR = 3_600_000;
const hourOf = (at: Date) => at.toISOString().slice(0, 13);
const weekOf = (at: Date) => Math.floor(at.getTime() / (7 * 24 * HOUR));

/** The walk over an in-memory store, counting the bucket reads it makes. */
function memoryBuckets(messages: { conversationId: string; at: Date; text: string }[]) {
  const postings: Posting[] = messages.map((m) => {
    const all = [...grams(m.text, 2), ...grams(m.text, 3)];
    return { conversationId: m.conversationId, at: m.at, keys: all.flatMap((g) => [`h${hourOf(m.at)}|${g}`, `w${weekOf(m.at)}|${g}`]) };
  });
  const hours = [...new Set(messages.map((m) => hourOf(m.at)))].sort().reverse();
  const reads: string[] = [];
  const buckets: PostingBuckets = {
    async find(bucket, gram) {
      reads.push(bucket);
      return postings.filter((p) => p.keys.includes(`${bucket}|${gram}`));
    },
    key: (bucket, gram) => `${bucket}|${gram}`,
    async *days(fromDay) {
      yield* [...new Set(hours.map((h) => h.slice(0, 10)))].filter((d) => !fromDay || d <= fromDay);
    },
    hoursOf: async (day) => hours.filter((h) => h.startsWith(day)),
    weeks: async () => [...new Set(messages.map((m) => weekOf(m.at)))],
    weekOf,
  };
  return { buckets, reads };
}

async function everyPage(buckets: PostingBuckets, query: string[], limit: number) {
  const ids: string[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 500; page++) {
    const result = await searchPostings(buckets, query, query[0]!, { limit, cursor });
    ids.push(...result.hits.map((hit) => hit.conversationId));
    if (!result.nextCursor) return ids;
    cursor = result.nextCursor;
  }
  throw new Error('never ended');
}

const now = Date.parse('2026-12-02T12:30:00Z');
// Sixty days of a busy site: a conversation every 20 minutes says "refund"; once a week someone says "voucher".
const history = Array.from({ length: 60 * 72 }, (_, i) => {
  const at = new Date(now - i * 20 * 60_000);
  return { conversationId: `c${i}`, at, text: i % 500 === 7 ? 'my voucher is broken' : 'I want a refund please' };
});

it('fills a page of a common word from the newest hours, not its whole week', async () => {
  const { buckets, reads } = memoryBuckets(history);
  const result = await searchPostings(buckets, grams('refund', 3), 'ref', { limit: 20 });
  expect(result.hits.map((hit) => hit.conversationId)).toEqual(history.filter((m) => m.text.includes('refund')).slice(0, 20).map((m) => m.conversationId));
  expect(reads.every((bucket) => bucket.startsWith('h'))).toBe(true);
  expect(reads.length).toBeLessThanOrEqual(10);
});

it('finds a rare word in the weeks beyond the hours, a few reads per page', async () => {
  const { buckets, reads } = memoryBuckets(history);
  const result = await searchPostings(buckets, grams('voucher', 3), 'vou', { limit: 5 });
  const expected = history.filter((m) => m.text.includes('voucher')).map((m) => m.conversationId);
  expect(result.hits.map((hit) => hit.conversationId)).toEqual(expected.slice(0, 5));
  // A few hours are enough to see the word is too rare to fill a page from its hours.
  expect(reads.filter((bucket) => bucket.startsWith('h')).length).toBeLessThanOrEqual(12);
  expect(reads.filter((bucket) => bucket.startsWith('w')).length).toBeLessThanOrEqual(10);
});

it.each([
  ['a common word', 'refund', 37],
  ['a rare word', 'voucher', 2],
])('pages through every match of %s exactly once, newest first, across hours and weeks', async (_, word, limit) => {
  const { buckets } = memoryBuckets(history);
  const listed = await everyPage(buckets, grams(word, 3), limit);
  expect(listed).toEqual(history.filter((m) => m.text.includes(word)).map((m) => m.conversationId));
});

it('needs every gram of the query in the same message', async () => {
  const { buckets } = memoryBuckets([
    { conversationId: 'a', at: new Date(now), text: '배송지 변경하고 싶어요' },
    { conversationId: 'b', at: new Date(now - HOUR), text: '배송이 늦어요, 주소 변경은요?' },
  ]);
  const result = await searchPostings(buckets, grams('배송지변경', 3), '배송지', { limit: 10 });
  expect(result.hits.map((hit) => hit.conversationId)).toEqual(['a']);
});
