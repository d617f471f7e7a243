/**
 * Keeps count of work that outlives the request that started it (broadcasts and bot
 * turns after an ack, activity notes after a write), so shutdown can wait for it
 * instead of cutting it off mid-write.
 */
export interface TaskTracker {
  track<T>(work: Promise<T>): Promise<T>;
  /** Resolves when every tracked task has settled, including ones started meanwhile. */
  drain(): Promise<void>;
}

export function createTaskTracker(): TaskTracker {
  const running = new Set<Promise<unknown>>();
  return {
    track(work) {
      const settled = work.then(
        () => undefined,
        () => undefined,
      );
      running.add(settled);
      void settled.then(() => running.delete(settled));
      return work;
    },
    async drain() {
      while (running.size > 0) await Promise.all([...running]);
    },
  };
}
