/**
 * Hands out per-conversation sequence numbers from memory, seeded from the highest
 * stored seq. The unique (conversationId, seq) index is the referee between server
 * processes: a process that loses a number to another re-seeds and tries again.
 */
export interface SequenceAllocator {
  /** Reserves `count` consecutive numbers and returns the first. */
  next(conversationId: string, count: number): Promise<number>;
  /** Forgets the cached counter so the next call re-reads the database. */
  reseed(conversationId: string): void;
}

export function createSequenceAllocator(highestStored: (conversationId: string) => Promise<number>): SequenceAllocator {
  const counters = new Map<string, Promise<{ last: number }>>();
  return {
    async next(conversationId, count) {
      let counter = counters.get(conversationId);
      if (!counter) {
        counter = highestStored(conversationId).then((last) => ({ last }));
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
    },
  };
}
