/** Transcript search over REST: pages of matching conversations, and one full transcript. */
import { API, type ConversationSearchResult, type Transcript } from '../../../shared/http';
import type { ConversationSearch } from '../../../shared/schemas';
import { requestJson, type FetchLike } from '../lib/api';

export interface SearchApi {
  search(query: ConversationSearch): Promise<ConversationSearchResult>;
  /** Read-only: unlike opening a conversation in the inbox, this joins no live room. */
  transcript(conversationId: string): Promise<Transcript>;
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
 * const { conversations, total } = await api.search({ q: 'refund', page: 2 });
 */
export function createSearchApi(fetchFn: FetchLike, token: string, baseUrl = ''): SearchApi {
  const init = { headers: { authorization: `Bearer ${token}` } };
  return {
    search: (query) => {
      const queryString = searchQueryString(query);
      return requestJson(fetchFn, `${baseUrl}${API.conversationSearch}${queryString ? `?${queryString}` : ''}`, init);
    },
    transcript: (conversationId) => requestJson(fetchFn, `${baseUrl}${API.transcript(encodeURIComponent(conversationId))}`, init),
  };
}
