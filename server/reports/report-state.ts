/**
 * The aggregation job's bookkeeping in one small collection: its watermark, the lease that
 * lets one process aggregate at a time, and a generation number that changes with every
 * write to the figures (cached reports are keyed by it, so no process serves stale ones).
 */
import type { Connection } from 'mongoose';
import { isDuplicateKeyError } from '../concurrency/insert-claim';

interface StateDoc {
  _id: string;
  at?: Date;
  holder?: string;
  until?: Date;
  n?: number;
}

export function createReportState(connection: Connection) {
  const state = connection.collection<StateDoc>('reportstate');
  return {
    async watermark(): Promise<Date> {
      return (await state.findOne({ _id: 'watermark' }))?.at ?? new Date(0);
    },

    setWatermark: async (at: Date) => void (await state.updateOne({ _id: 'watermark' }, { $set: { at } }, { upsert: true })),

    clearWatermark: async () => void (await state.deleteOne({ _id: 'watermark' })),

    async generation(): Promise<number> {
      return (await state.findOne({ _id: 'generation' }))?.n ?? 0;
    },

    bumpGeneration: async () => void (await state.updateOne({ _id: 'generation' }, { $inc: { n: 1 } }, { upsert: true })),

    /**
     * Takes or renews the aggregation lease: one process aggregates at a time, so two
     * Parley processes never apply the same difference twice.
     */
    async lease(holder: string, forMs: number, now: Date, options: { force?: boolean } = {}): Promise<boolean> {
      if (options.force) {
        await state.updateOne({ _id: 'lease' }, { $set: { holder, until: new Date(now.getTime() + forMs) } }, { upsert: true });
        return true;
      }
      await state.updateOne({ _id: 'lease' }, { $setOnInsert: { holder, until: new Date(0) } }, { upsert: true }).catch((error: unknown) => {
        if (!isDuplicateKeyError(error)) throw error;
      });
      const taken = await state.updateOne(
        { _id: 'lease', $or: [{ holder }, { until: { $lt: now } }] },
        { $set: { holder, until: new Date(now.getTime() + forMs) } },
      );
      return taken.matchedCount === 1;
    },
  };
}
