/** The intents admin API as the inbox uses it; errors carry the server's code and message. */
import type { IntentDefinition } from '../../../shared/domain';
import { API, type IntentTestResult } from '../../../shared/http';
import type { IntentImport } from '../../../shared/schemas';
import { requestJson, type FetchLike } from '../lib/api';

export interface IntentApi {
  list(): Promise<IntentDefinition[]>;
  save(intent: IntentDefinition): Promise<void>;
  remove(name: string): Promise<void>;
  test(text: string): Promise<IntentTestResult>;
  exportAll(): Promise<{ intents: IntentDefinition[] }>;
  importAll(body: IntentImport): Promise<{ imported: number }>;
}

export function createIntentApi(fetchFn: FetchLike, token: string, baseUrl = ''): IntentApi {
  const call = <T>(path: string, init: RequestInit = {}) =>
    requestJson<T>(fetchFn, `${baseUrl}${path}`, { ...init, headers: { ...(init.headers ?? {}), authorization: `Bearer ${token}` } });
  const json = (method: string, body: unknown): RequestInit => ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return {
    list: async () => (await call<{ intents: IntentDefinition[] }>(API.intents)).intents,
    save: (intent) => call(API.intent(intent.name), json('PUT', intent)),
    remove: (name) => call(API.intent(name), { method: 'DELETE' }),
    test: (text) => call(API.intentsTest, json('POST', { text })),
    exportAll: () => call(API.intentsExport),
    importAll: (body) => call(API.intentsImport, json('POST', body)),
  };
}
