/**
 * Parley's REST API as the inbox uses it. `fetch` is injected so tests need no server;
 * every failure becomes a `ParleyClientError` carrying the server's code and message.
 */
import type { FirstAdmin, Login } from '../../../shared/schemas';
import { API, type LoginResult, type Transcript } from '../../../shared/http';
import { ParleyClientError, isErrorResponse } from './errors';

export interface InboxApi {
  setupStatus(): Promise<{ needsSetup: boolean }>;
  setup(admin: FirstAdmin): Promise<LoginResult>;
  login(credentials: Login): Promise<LoginResult>;
  transcript(token: string, conversationId: string): Promise<Transcript>;
}

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/**
 * @example
 * const api = createApi(window.fetch.bind(window));
 * const { token, agent } = await api.login({ email, password });
 */
/** One REST call: the parsed JSON body, or a `ParleyClientError` with the server's code. */
export async function requestJson<T>(fetchFn: FetchLike, url: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetchFn(url, init);
  } catch (error) {
    throw new ParleyClientError('network', 'Parley cannot be reached', { cause: error });
  }
  if (response.status === 204) return undefined as T;
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) return body as T;
  if (isErrorResponse(body)) throw ParleyClientError.from(body.error);
  // A proxy or a crashed server answers without Parley's error body.
  throw new ParleyClientError(response.status >= 500 ? 'PARLEY_ERR_INTERNAL' : 'PARLEY_ERR_INVALID_PAYLOAD', `HTTP ${response.status}`);
}

export function createApi(fetchFn: FetchLike, baseUrl = ''): InboxApi {
  const call = <T>(path: string, init: RequestInit = {}) => requestJson<T>(fetchFn, `${baseUrl}${path}`, init);

  const postJson = <T>(path: string, body: unknown) =>
    call<T>(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  return {
    setupStatus: () => call(API.setupStatus),
    setup: (admin) => postJson(API.setup, admin),
    login: (credentials) => postJson(API.login, credentials),
    transcript: (token, conversationId) => call(API.transcript(conversationId), { headers: { authorization: `Bearer ${token}` } }),
  };
}
