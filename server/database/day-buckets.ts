/**
 * A directory of the hours, days and months in which something happened, per scope (a
 * site): lets a newest-first list that never ends — closed conversations, search postings —
 * read one bucket at a time by equality, skipping empty ones without asking for them.
 * Hours are what a busy site pages by (a day of a busy site is hundreds of conversations);
 * days are what reports count by.
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
  /** The scope's marked hours (`YYYY-MM-DDTHH`), newest first, from `fromHour` (inclusive) down. */
  newestHoursFirst(scope: string, fromHour?: string): AsyncGenerator<string>;
  /** The scope's marked hours of one day, newest first. */
  hoursOf(scope: string, day: string): Promise<string[]>;
}

/** The UTC day of a date, as `YYYY-MM-DD`: sorts as text in time order. */
export const dayOf = (at: Date) => at.toISOString().slice(0, 10);
/** The UTC hour of a date, as `YYYY-MM-DDTHH`: sorts as text in time order. */
export const hourOf = (at: Date) => at.toISOString().slice(0, 13);

interface BucketDoc {
  _id: string;
  scope: string;
  month: string;
  day?: string;
  hour?: string;
}

export function createDayBuckets(connection: Connection, name: string): DayBuckets {
  const months = connection.collection<BucketDoc>(`${name}_months`);
  const days = connection.collection<BucketDoc>(`${name}_days`);
  const hours = connection.collection<BucketDoc>(`${name}_hours`);
  const known = new Set<string>();
  let indexed: Promise<unknown> | null = null;
  // The selective field leads: a store that indexes only an index's first field (the embedded
  // one, see README "Storage") then reads one month's days or one day's hours, not every
  // bucket the scope ever had (8,760 hours a year; 7 ms a read at a year, 0.2 ms led by day).
  // Indexes led by the scope, made by earlier versions, are dropped.
  const ensureIndexes = () =>
    (indexed ??= Promise.all([
      months.createIndex({ scope: 1 }),
      days.createIndex({ month: 1, scope: 1 }),
      hours.createIndex({ day: 1, scope: 1 }),
      days.dropIndex('scope_1_month_1').catch(() => {}),
      hours.dropIndex('scope_1_day_1').catch(() => {}),
    ]).catch(() => (indexed = null)));

  const newestFirst = async function* (scope: string, fromDay?: string) {
    await ensureIndexes();
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
  };

  const hoursOf = async (scope: string, day: string) => {
    await ensureIndexes();
    return (await hours.find({ scope, day }).toArray())
      .map((doc) => doc.hour!)
      .sort()
      .reverse();
  };

  return {
    async mark(scope, at) {
      const hour = hourOf(at);
      const key = `${scope}|${hour}`;
      if (known.has(key)) return;
      await ensureIndexes();
      const day = hour.slice(0, 10);
      const month = day.slice(0, 7);
      await Promise.all([
        insertClaim(months, { _id: `${scope}|${month}`, scope, month }),
        insertClaim(days, { _id: `${scope}|${day}`, scope, month, day }),
        insertClaim(hours, { _id: key, scope, month, day, hour }),
      ]);
      known.add(key);
      if (known.size > 10_000) known.clear();
    },

    newestFirst,
    hoursOf,

    async *newestHoursFirst(scope, fromHour) {
      // The first day's hours alone (a busy site needs no more), then the next days' read
      // ahead, twice as many each time, so a quiet site's sparse days are not one round trip each.
      const days = newestFirst(scope, fromHour?.slice(0, 10));
      const ahead: Promise<string[]>[] = [];
      let wanted = 1;
      let more = true;
      for (;;) {
        while (more && ahead.length < wanted) {
          const next = await days.next();
          if (next.done) more = false;
          else {
            const read = hoursOf(scope, next.value);
            read.catch(() => {}); // a read ahead nobody waits for must not fail the process
            ahead.push(read);
          }
        }
        const hours = ahead.shift();
        if (!hours) return;
        yield* (await hours).filter((hour) => !fromHour || hour <= fromHour);
        wanted = Math.min(wanted * 2, 8);
      }
    },
  };
}
