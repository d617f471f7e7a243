/**
 * Transcript search: words through the search postings, newest match first; without
 * words, the narrowest equality leads (a visitor's email, a tag, a status), and with no
 * filter at all the latest closed conversations. Every other filter is checked on the
 * conversations found, so every page is read through an index.
 */
import type { Model } from 'mongoose';
import type { ClosedSequence } from './closed-sequence';
import type { ConversationDoc } from './conversation.model';
import { listClosed, listLive, type ViewPage } from './inbox-views';
import type { SearchPostings } from './search-postings';

export interface SearchFilter {
  q?: string;
  email?: string;
  tag?: string;
  status?: string;
}

export interface SearchDeps {
  Conversations: Model<unknown>;
  closedSequence: ClosedSequence;
  postings: SearchPostings;
  read(id: string): Promise<ConversationDoc | null>;
}

export async function searchConversations(deps: SearchDeps, siteId: string, filter: SearchFilter, page: { cursor?: string; pageSize: number }): Promise<ViewPage> {
  const wanted = (doc: ConversationDoc | null): doc is ConversationDoc =>
    doc !== null &&
    doc.siteId === siteId &&
    (!filter.email || doc.visitorEmail === filter.email.toLowerCase()) &&
    (!filter.tag || doc.tags.includes(filter.tag)) &&
    (!filter.status || doc.status === filter.status);
  if (filter.q) {
    const found = new Map<string, ConversationDoc>();
    const { hits, nextCursor } = await deps.postings.search(siteId, filter.q, {
      limit: page.pageSize,
      cursor: page.cursor,
      accept: async (ids) => {
        for (const doc of (await Promise.all(ids.map((id) => deps.read(id)))).filter(wanted)) found.set(doc._id.toHexString(), doc);
        return new Set(found.keys());
      },
    });
    return { docs: hits.map((hit) => found.get(hit.conversationId)!), nextCursor };
  }
  const lead = filter.email
    ? { siteId, visitorEmail: filter.email.toLowerCase() }
    : filter.tag
      ? { siteId, tags: filter.tag }
      : filter.status && filter.status !== 'closed'
        ? { siteId, status: filter.status }
        : null;
  return lead ? listLive(deps.Conversations, [lead], page.cursor, page.pageSize, wanted) : listClosed(deps.Conversations, deps.closedSequence, siteId, page.cursor, page.pageSize);
}
