/**
 * Visitors' requests, from the widget, to have their conversations erased. One per
 * visitor (keyed by the visitor id, so asking twice changes nothing); an admin sees the
 * pending ones and erases, which settles the request.
 */
import type { Connection } from 'mongoose';
import type { ErasureRequest } from '../../shared/http';
import { insertClaim } from '../concurrency/insert-claim';

interface RequestDoc {
  _id: string;
  siteId: string;
  status: 'pending' | 'done';
  visitorName: string | null;
  requestedAt: Date;
  doneAt?: Date;
}

export interface ErasureRequests {
  /** True when this call made the request (false: it was already there). */
  request(input: { visitorId: string; siteId: string; visitorName: string | null }, at: Date): Promise<boolean>;
  pending(siteId: string): Promise<ErasureRequest[]>;
  settle(visitorId: string, at: Date): Promise<void>;
}

export function createErasureRequests(connection: Connection): ErasureRequests {
  const requests = connection.collection<RequestDoc>('erasurerequests');
  let indexed: Promise<unknown> | null = null;
  // Read by `{siteId, status}` equality, which every store answers from this index.
  const ensureIndex = () => (indexed ??= requests.createIndex({ siteId: 1, status: 1 }).catch(() => (indexed = null)));
  return {
    async request(input, at) {
      await ensureIndex();
      if (await insertClaim(requests, { _id: input.visitorId, siteId: input.siteId, status: 'pending', visitorName: input.visitorName, requestedAt: at })) return true;
      // Asked again after an earlier erasure: a new request.
      const done = await requests.updateOne({ _id: input.visitorId, status: 'done' }, { $set: { status: 'pending', requestedAt: at, visitorName: input.visitorName } });
      return done.modifiedCount > 0;
    },
    async pending(siteId) {
      await ensureIndex();
      const docs = await requests.find({ siteId, status: 'pending' }).toArray();
      return docs
        .sort((a, b) => a.requestedAt.getTime() - b.requestedAt.getTime())
        .map((doc) => ({ visitorId: doc._id, visitorName: doc.visitorName, requestedAt: doc.requestedAt.toISOString() }));
    },
    async settle(visitorId, at) {
      // The request named the visitor: once erased, the name goes too.
      await requests.updateOne({ _id: visitorId }, { $set: { status: 'done', doneAt: at, visitorName: null } });
    },
  };
}
