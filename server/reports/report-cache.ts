/**
 * A few recent report reads kept in memory, keyed by everything that decides them: site,
 * range, filters and the store's generation (which every write to the figures changes, in
 * any process). A dashboard refreshed, or the same range exported as CSV after viewing it,
 * is then answered without reading the store again.
 */
export interface ReportCache<T> {
  get(key: string): T | undefined;
  set(key: string, value: T): void;
}

export function createReportCache<T>(capacity = 32): ReportCache<T> {
  const entries = new Map<string, T>();
  return {
    get(key) {
      const value = entries.get(key);
      if (value === undefined) return undefined;
      // Map keeps insertion order: re-inserting marks it most recently used.
      entries.delete(key);
      entries.set(key, value);
      return value;
    },
    set(key, value) {
      entries.delete(key);
      entries.set(key, value);
      while (entries.size > capacity) entries.delete(entries.keys().next().value as string);
    },
  };
}
