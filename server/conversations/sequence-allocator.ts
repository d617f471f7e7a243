/**
 * Hands out per-conversation sequence numbers from memory. A conversation is first
 * seeded from a cheap hint (a primary-key read); the unique (conversationId, seq) index
 * is the referee, and a process that loses a number — to another process, or to a stale
 * hint — re-seeds from the highest stored seq and tries again.
 */
export interface SequenceAllocator {
  /** Reserves `count` consecutive numbers and returns the first. */
  next(conversationId: string, count: number): Promise<number>;
  /** Forgets the cached counter so the next call re-reads the database. */
  reseed(conversationId: string): void;
}

export function createSequenceAllocator(
  highestStored: (conversationId: string) => Promise<number>,
  hint: (conversationId: string) => Promise<number> = highestStored,
): SequenceAllocator {
  const counters = new Map<string, Promise<{ last: number }>>();
  const reseeded = new Set<string>();
  return {
    async next(conversationId, count) {
      let counter = counters.get(conversationId);
      if (!counter) {
        const seed = reseeded.has(conversationId) ? highestStored : hint;
        counter = seed(conversationId).then((last) => ({ last }));
        counters.set(conversationId, counter);
        // A failed read must not poison the cache.
        counter.catch(() => counters.delete(conversationId));
      }
      const state = await counter;
      const first = state.last + 1;
      state.last += count;
      return first;
    },
    reseed(conversationId) {
      counters.delete(conversationId);
      reseeded.add(conversationId);
    },
  };
}
