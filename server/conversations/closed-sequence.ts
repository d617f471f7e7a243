/**
 * Numbers each site's closings 1, 2, 3… and files closed conversations in pages of
 * CLOSED_PAGE_SIZE numbers (`closedPage`), so the closed view, which never stops growing,
 * reads its newest page by one equality on an indexed key whatever the history's size,
 * quiet site or busy.
 *
 * A number is claimed by unique insert (several processes may close at once; neither store
 * has an atomic counter we may rely on, FerretDB has no atomic updates at all). Each site's
 * highest number is kept beside the claims for readers; it may lag behind a closing in
 * flight, which is why the closed view also reads the page after it.
 */
import type { Connection } from 'mongoose';
import { insertClaim } from '../concurrency/insert-claim';

export const CLOSED_PAGE_SIZE = 10;

export const closedPageOf = (seq: number) => Math.floor(seq / CLOSED_PAGE_SIZE);
/** The equality key of one site's page of closings. */
export const closedPageKey = (siteId: string, page: number) => `${siteId}|${page}`;

export interface ClosedSequence {
  /** Claims the site's next closing number. */
  next(siteId: string): Promise<number>;
  /** The site's highest closing number known (0 before the first). */
  last(siteId: string): Promise<number>;
  /** Records numbers given out without claims (upgrades, seeding): later claims start above. */
  raiseTo(siteId: string, seq: number): Promise<void>;
}

export function createClosedSequence(connection: Connection): ClosedSequence {
  const claims = connection.collection<{ _id: string; at: Date }>('closedsequenceclaims');
  const highest = connection.collection<{ _id: string; last: number }>('closedsequences');
  const known = new Map<string, number>();

  const last = async (siteId: string) => (await highest.findOne({ _id: siteId }))?.last ?? 0;
  const raiseTo = async (siteId: string, seq: number) => {
    // Conditional, so a slower writer never lowers it; on a race between two the lower may
    // still land (no atomic updates on FerretDB): readers look one page past it.
    for (;;) {
      if ((await highest.updateOne({ _id: siteId, last: { $lt: seq } }, { $set: { last: seq } })).matchedCount > 0) return;
      if (await highest.findOne({ _id: siteId })) return; // already at or past it
      if (await insertClaim(highest, { _id: siteId, last: seq })) return;
    }
  };

  return {
    async next(siteId) {
      let seq = (known.get(siteId) ?? (await last(siteId))) + 1;
      // Taken: another process closed meanwhile; start again above what it recorded.
      while (!(await insertClaim(claims, { _id: `${siteId}|${seq}`, at: new Date() }))) seq = Math.max(seq, await last(siteId)) + 1;
      known.set(siteId, seq);
      await raiseTo(siteId, seq);
      return seq;
    },
    last,
    raiseTo,
  };
}
