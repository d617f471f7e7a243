/** The intents admin API as the inbox uses it; errors carry the server's code and message. */
import type { IntentDefinition } from '../../../shared/domain';
import { API, type IntentOverview, type IntentTestResult } from '../../../shared/http';
import type { IntentImport } from '../../../shared/schemas';
import { requestJson, type FetchLike } from '../lib/api';

export interface IntentApi {
  list(): Promise<IntentDefinition[]>;
  /** The intents with the model's state and the site's calibrated threshold. */
  overview(): Promise<IntentOverview>;
  /** null returns to the calibrated threshold. */
  setThreshold(threshold: number | null): Promise<void>;
  save(intent: IntentDefinition): Promise<void>;
  remove(name: string): Promise<void>;
  /** `threshold`: preview another threshold than the site's. */
  test(text: string, threshold?: number): Promise<IntentTestResult>;
  exportAll(): Promise<{ intents: IntentDefinition[] }>;
  importAll(body: IntentImport): Promise<{ imported: number }>;
}

export function createIntentApi(fetchFn: FetchLike, token: string, baseUrl = ''): IntentApi {
  const call = <T>(path: string, init: RequestInit = {}) =>
    requestJson<T>(fetchFn, `${baseUrl}${path}`, { ...init, headers: { ...(init.headers ?? {}), authorization: `Bearer ${token}` } });
  const json = (method: string, body: unknown): RequestInit => ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return {
    list: async () => (await call<IntentOverview>(API.intents)).intents,
    overview: () => call<IntentOverview>(API.intents),
    setThreshold: (threshold) => call(API.intentsThreshold, json('PUT', { threshold })),
    save: (intent) => call(API.intent(intent.name), json('PUT', intent)),
    remove: (name) => call(API.intent(name), { method: 'DELETE' }),
    test: (text, threshold) => call(API.intentsTest, json('POST', threshold === undefined ? { text } : { text, threshold })),
    exportAll: () => call(API.intentsExport),
    importAll: (body) => call(API.intentsImport, json('POST', body)),
  };
}
