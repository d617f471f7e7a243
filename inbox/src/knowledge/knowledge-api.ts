/** The knowledge base's REST calls from the inbox: admins manage articles, any agent searches them. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { KB_API, type Article, type ArticleHit, type ArticleInput, type KnowledgeOverview } from '../../../shared/knowledge';
import { requestJson, type FetchLike } from '../lib/api';

export interface KnowledgeApi {
  list(): Promise<KnowledgeOverview>;
  create(input: ArticleInput): Promise<Article>;
  update(id: string, input: ArticleInput): Promise<Article>;
  remove(id: string): Promise<void>;
  /** Published articles related to the words, best first. */
  search(query: string): Promise<ArticleHit[]>;
}

export function createKnowledgeApi(fetchFn: FetchLike, token: string, baseUrl = ''): KnowledgeApi {
  const call = <T>(path: string, init: RequestInit = {}) =>
    requestJson<T>(fetchFn, `${baseUrl}${path}`, { ...init, headers: { ...(init.headers ?? {}), authorization: `Bearer ${token}` } });
  const json = (method: string, body: unknown): RequestInit => ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return {
    list: () => call<KnowledgeOverview>(KB_API.articles),
    create: async (input) => (await call<{ article: Article }>(KB_API.articles, json('POST', input))).article,
    update: async (id, input) => (await call<{ article: Article }>(KB_API.article(id), json('PUT', input))).article,
    remove: (id) => call(KB_API.article(id), { method: 'DELETE' }),
    search: async (query) => (await call<{ hits: ArticleHit[] }>(`${KB_API.search}?q=${encodeURIComponent(query)}`)).hits,
  };
}

/** Lets the composer search articles without every screen in between passing the API along. */
export const KnowledgeApiContext = createContext<Pick<KnowledgeApi, 'search'> | null>(null);
export const useKnowledgeSearch = () => useContext(KnowledgeApiContext);
