/**
 * Runs async work one at a time per key within this process.
 *
 * Why: FerretDB 1.x applies an update by reading the whole document and writing it
 * back, so two concurrent updates of one document can lose one of them. Parley
 * serialises its own writes per document here, and guards what must hold across
 * processes with unique inserts (see insert-claim.ts), which FerretDB does enforce.
 */
export interface KeyedLock {
  run<T>(key: string, work: () => Promise<T>): Promise<T>;
}

export function createKeyedLock(): KeyedLock {
  const tails = new Map<string, Promise<unknown>>();
  return {
    run(key, work) {
      const previous = tails.get(key) ?? Promise.resolve();
      const result = previous.catch(() => {}).then(work);
      const tail = result.catch(() => {});
      tails.set(key, tail);
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      return result;
    },
  };
}
