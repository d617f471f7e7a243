/** Canned responses as the inbox manages them: the team's and the agent's own. */
import type { CannedResponse } from '../../../shared/domain';
import { API } from '../../../shared/http';
import type { CannedResponseInput } from '../../../shared/schemas';
import { requestJson, type FetchLike } from '../lib/api';

export interface CannedResponsesApi {
  /** The site's team responses and the signed-in agent's personal ones. */
  list(): Promise<CannedResponse[]>;
  create(input: CannedResponseInput): Promise<CannedResponse>;
  /** The scope of an existing response never changes; only shortcut and text do. */
  update(id: string, change: { shortcut: string; text: string }): Promise<CannedResponse>;
  remove(id: string): Promise<void>;
}

export function createCannedResponsesApi(fetchFn: FetchLike, token: string, baseUrl = ''): CannedResponsesApi {
  const call = <T>(path: string, init: RequestInit = {}) =>
    requestJson<T>(fetchFn, `${baseUrl}${path}`, { ...init, headers: { ...(init.headers ?? {}), authorization: `Bearer ${token}` } });
  const json = (method: string, body: unknown): RequestInit => ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return {
    list: async () => (await call<{ cannedResponses: CannedResponse[] }>(API.cannedResponses)).cannedResponses,
    create: async (input) => (await call<{ cannedResponse: CannedResponse }>(API.cannedResponses, json('POST', input))).cannedResponse,
    update: async (id, change) => (await call<{ cannedResponse: CannedResponse }>(API.cannedResponse(id), json('PUT', change))).cannedResponse,
    remove: (id) => call(API.cannedResponse(id), { method: 'DELETE' }),
  };
}
