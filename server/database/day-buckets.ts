/**
 * A directory of the days (and months) on which something happened, per scope (a site):
 * lets a newest-first list that never ends — closed conversations, search postings —
 * read one day's bucket at a time by equality, skipping empty days without asking for them.
 *
 * Equality on a bucket key is the one filter every store answers from an index, FerretDB
 * included (it evaluates ranges and sorts in memory after reading every matching
 * document), so a page costs the same after years of history as on the first day.
 * Entries are claimed by unique insert: several processes may mark the same day at once.
 */
import type { Connection } from 'mongoose';
import { insertClaim } from '../concurrency/insert-claim';

export interface DayBuckets {
  /** Records that `scope` has something on the (UTC) day of `at`; cheap when already known. */
  mark(scope: string, at: Date): Promise<void>;
  /** The scope's marked days (`YYYY-MM-DD`), newest first, from `fromDay` (inclusive) down. */
  newestFirst(scope: string, fromDay?: string): AsyncGenerator<string>;
}

/** The UTC day of a date, as `YYYY-MM-DD`: sorts as text in time order. */
export const dayOf = (at: Date) => at.toISOString().slice(0, 10);

interface BucketDoc {
  _id: string;
  scope: string;
  month: string;
  day?: string;
}

export function createDayBuckets(connection: Connection, name: string): DayBuckets {
  const months = connection.collection<BucketDoc>(`${name}_months`);
  const days = connection.collection<BucketDoc>(`${name}_days`);
  const known = new Set<string>();
  let indexed: Promise<unknown> | null = null;
  const ensureIndexes = () =>
    (indexed ??= Promise.all([months.createIndex({ scope: 1 }), days.createIndex({ scope: 1, month: 1 })]).catch(() => (indexed = null)));

  return {
    async mark(scope, at) {
      const day = dayOf(at);
      const key = `${scope}|${day}`;
      if (known.has(key)) return;
      await ensureIndexes();
      const month = day.slice(0, 7);
      await Promise.all([insertClaim(months, { _id: `${scope}|${month}`, scope, month }), insertClaim(days, { _id: key, scope, month, day })]);
      known.add(key);
      if (known.size > 10_000) known.clear();
    },

    async *newestFirst(scope, fromDay) {
      const monthList = (await months.find({ scope }).toArray())
        .map((doc) => doc.month)
        .filter((month) => !fromDay || month <= fromDay.slice(0, 7))
        .sort()
        .reverse();
      for (const month of monthList) {
        const dayList = (await days.find({ scope, month }).toArray())
          .map((doc) => doc.day!)
          .filter((day) => !fromDay || day <= fromDay)
          .sort()
          .reverse();
        yield* dayList;
      }
    },
  };
}
