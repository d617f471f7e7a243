/** The site's identity-verification secret, which admins copy to their own server. */
import { API } from '../../../shared/http';
import { requestJson, type FetchLike } from '../lib/api';

export interface IdentityApi {
  /** The secret, or null when the site has none. */
  secret(): Promise<string | null>;
}

export function createIdentityApi(fetchFn: FetchLike, token: string, baseUrl = ''): IdentityApi {
  return {
    secret: async () =>
      (await requestJson<{ identitySecret: string | null }>(fetchFn, `${baseUrl}${API.identitySecret}`, { headers: { authorization: `Bearer ${token}` } })).identitySecret,
  };
}
