import { highestSeq, PAGE_SIZE, pageOf, readAfter, readBefore, type PageSource } from './message-pages';

/** Messages with the given seqs, paged the way the store pages them; counts page reads. */
function source(seqs: number[], knownLastSeq = Math.max(0, ...seqs)) {
  const reads: number[] = [];
  const pages = new Map<number, { seq: number }[]>();
  for (const seq of seqs) pages.set(pageOf(seq), [...(pages.get(pageOf(seq)) ?? []), { seq }]);
  const paged: PageSource<{ seq: number }> = {
    readPage: async (page) => {
      reads.push(page);
      return [...(pages.get(page) ?? [])].reverse();
    },
    knownLastSeq: async () => knownLastSeq,
  };
  return { paged, reads };
}
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

it('puts seqs 1..50 on page 0 and 51 on page 1', () => {
  expect([pageOf(1), pageOf(PAGE_SIZE), pageOf(PAGE_SIZE + 1), pageOf(0)]).toEqual([0, 0, 1, 0]);
});

it('reads what came after a seq, in order, from the pages that hold it only', async () => {
  const { paged, reads } = source(range(1, 3000));
  const after = await readAfter(paged, 2990, 100);
  expect(after.map((m) => m.seq)).toEqual(range(2991, 3000));
  expect(reads).toEqual([59, 60]);
});

it('walks over a page-sized hole of unused seqs instead of stopping at it', async () => {
  const { paged } = source([...range(1, 40), ...range(151, 160)]);
  expect((await readAfter(paged, 0, 500)).map((m) => m.seq)).toEqual([...range(1, 40), ...range(151, 160)]);
});

it('finds messages written after the known last seq (the hint lags)', async () => {
  const { paged } = source(range(1, 120), 30);
  expect((await readAfter(paged, 100, 500)).map((m) => m.seq)).toEqual(range(101, 120));
  expect(await highestSeq(paged)).toBe(120);
});

it('opens on the newest page and pages back to the first message', async () => {
  const { paged, reads } = source(range(1, 3000));
  const newest = await readBefore(paged, null, 50);
  expect(newest.messages.map((m) => m.seq)).toEqual(range(2951, 3000));
  expect(newest.hasOlder).toBe(true);
  expect(reads.length).toBeLessThanOrEqual(3);
  const older = await readBefore(paged, 2951, 50);
  expect(older.messages.map((m) => m.seq)).toEqual(range(2901, 2950));
  const first = await readBefore(paged, 31, 50);
  expect(first).toEqual({ messages: range(1, 30).map((seq) => ({ seq })), hasOlder: false });
});

it('leaves out what the reader may not see, and still fills the page', async () => {
  const { paged } = source(range(1, 200));
  const { messages } = await readBefore(paged, null, 50, (m) => m.seq % 2 === 0);
  expect(messages).toHaveLength(50);
  expect(messages.every((m) => m.seq % 2 === 0)).toBe(true);
  expect(messages.at(-1)!.seq).toBe(200);
});

it('answers an empty conversation with nothing', async () => {
  const { paged } = source([]);
  expect(await readBefore(paged, null, 50)).toEqual({ messages: [], hasOlder: false });
  expect(await readAfter(paged, 0, 50)).toEqual([]);
  expect(await highestSeq(paged)).toBe(0);
});
