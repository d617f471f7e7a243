/** Transcript search over REST: pages of matching conversations, and one full transcript. */
import { API, type ConversationSearchResult, type Transcript } from '../../../shared/http';
import type { ConversationSearch } from '../../../shared/schemas';
import { requestJson, type FetchLike } from '../lib/api';

export interface SearchApi {
  search(query: ConversationSearch): Promise<ConversationSearchResult>;
  /** Read-only: unlike opening a conversation in the inbox, this joins no live room. The newest page, or the page before `beforeSeq`. */
  transcript(conversationId: string, beforeSeq?: number): Promise<Transcript>;
}

/** The query string for a search; empty filters are left out so the server ignores them. */
export function searchQueryString(query: ConversationSearch): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    const text = value === undefined ? '' : String(value).trim();
    if (text !== '') params.set(key, text);
  }
  return params.toString();
}

/**
 * @example
 * const api = createSearchApi(fetch.bind(window), token);
 * const { conversations, nextCursor } = await api.search({ q: 'refund' });
 * const next = nextCursor ? await api.search({ q: 'refund', cursor: nextCursor }) : null;
 */
export function createSearchApi(fetchFn: FetchLike, token: string, baseUrl = ''): SearchApi {
  const init = { headers: { authorization: `Bearer ${token}` } };
  return {
    search: (query) => {
      const queryString = searchQueryString(query);
      return requestJson(fetchFn, `${baseUrl}${API.conversationSearch}${queryString ? `?${queryString}` : ''}`, init);
    },
    transcript: (conversationId, beforeSeq) =>
      requestJson(fetchFn, `${baseUrl}${API.transcript(encodeURIComponent(conversationId))}${beforeSeq ? `?beforeSeq=${beforeSeq}` : ''}`, init),
  };
}
