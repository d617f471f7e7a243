/** Site settings as admins edit them in the inbox. */
import { API } from '../../../shared/http';
import type { SettingsUpdate } from '../../../shared/schemas';
import type { SiteSettings } from '../../../shared/settings';
import { requestJson, type FetchLike } from '../lib/api';

export interface SettingsApi {
  get(): Promise<SiteSettings>;
  update(change: SettingsUpdate): Promise<SiteSettings>;
}

export function createSettingsApi(fetchFn: FetchLike, token: string, baseUrl = ''): SettingsApi {
  const auth = { authorization: `Bearer ${token}` };
  return {
    get: () => requestJson(fetchFn, `${baseUrl}${API.settings}`, { headers: auth }),
    update: (change) =>
      requestJson(fetchFn, `${baseUrl}${API.settings}`, { method: 'PUT', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify(change) }),
  };
}
