/** The signed-in agent's own account: server-side sign-out and password change. */
import { API } from '../../../shared/http';
import type { PasswordChange } from '../../../shared/schemas';
import { requestJson, type FetchLike } from '../lib/api';

export interface AccountApi {
  /** Ends every session of this agent on the server, in every tab and browser. */
  logout(): Promise<void>;
  /** Returns the new token for this tab; every other session ends. */
  changePassword(change: PasswordChange): Promise<string>;
}

export function createAccountApi(fetchFn: FetchLike, token: string, baseUrl = ''): AccountApi {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  return {
    async logout() {
      await requestJson<void>(fetchFn, `${baseUrl}${API.logout}`, { method: 'POST', headers });
    },
    async changePassword(change) {
      return (await requestJson<{ token: string }>(fetchFn, `${baseUrl}${API.password}`, { method: 'POST', headers, body: JSON.stringify(change) })).token;
    },
  };
}
