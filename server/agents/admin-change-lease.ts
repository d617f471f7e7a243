/**
 * One admin-set change at a time per site, across every Parley process. "Is there
 * another active admin? then demote this one" is a check followed by a write; two
 * processes doing it for the last two admins at once would both see the other and
 * leave none. Neither store offers a transaction for it, and FerretDB's conditional
 * updates are read-modify-write (two can both "win"), so the change holds a lease taken
 * by unique insert — an insert of a taken `_id` fails on MongoDB and FerretDB alike.
 *
 * A lease names its holder and expires: a process that died holding one blocks the
 * site's admin changes for at most `ttlMs`, then the next comer deletes it (by holder,
 * so only that dead lease) and takes its own.
 */
import { randomUUID } from 'node:crypto';
import type { Connection } from 'mongoose';
import { insertClaim } from '../concurrency/insert-claim';
import { ParleyError } from '../errors';

interface LeaseDoc {
  _id: string;
  holder: string;
  expiresAt: Date;
}

export interface AdminChangeLease {
  /** Runs `work` while holding the site's lease; waits up to `waitMs` for another holder to finish. */
  hold<T>(siteId: string, work: () => Promise<T>): Promise<T>;
}

export function createAdminChangeLease(connection: Connection, options: { ttlMs?: number; waitMs?: number } = {}): AdminChangeLease {
  const leases = connection.collection<LeaseDoc>('adminchangeleases');
  // Long enough for a few round trips of check and write on a slow store.
  const ttlMs = options.ttlMs ?? 15_000;
  const waitMs = options.waitMs ?? 10_000;
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  async function take(siteId: string): Promise<string> {
    const holder = randomUUID();
    const deadline = Date.now() + waitMs;
    for (let attempt = 0; ; attempt++) {
      if (await insertClaim(leases, { _id: siteId, holder, expiresAt: new Date(Date.now() + ttlMs) })) return holder;
      const current = await leases.findOne({ _id: siteId });
      if (current && current.expiresAt.getTime() < Date.now()) {
        await leases.deleteOne({ _id: siteId, holder: current.holder });
        continue;
      }
      if (Date.now() > deadline) throw new ParleyError('PARLEY_ERR_RATE_LIMITED', 'another change to this site’s admins is in progress; try again', { retryAfterMs: 1000 });
      // Jittered, so two waiters do not keep colliding.
      await sleep(10 + Math.random() * 20 * Math.min(attempt + 1, 5));
    }
  }

  return {
    async hold(siteId, work) {
      const holder = await take(siteId);
      try {
        return await work();
      } finally {
        await leases.deleteOne({ _id: siteId, holder });
      }
    },
  };
}
