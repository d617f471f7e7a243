/** The inbox's privacy calls (admins only; the server checks the role on each). */
import { createContext } from 'preact';
import { API, type ErasureRequest, type RetentionPreview, type VisitorErasure } from '../../../shared/http';
import type { PrivacySettings } from '../../../shared/settings';
import { requestJson, type FetchLike } from '../lib/api';
import { ParleyClientError, isErrorResponse } from '../lib/errors';

export interface PrivacyApi {
  /** The visitor's zip, to be saved by the browser. */
  /** Sensitive numbers stay masked unless `numbers` is 'shown'. */
  exportVisitor(visitorId: string, numbers?: 'masked' | 'shown'): Promise<Blob>;
  eraseVisitor(visitorId: string): Promise<VisitorErasure>;
  erasureRequests(): Promise<ErasureRequest[]>;
  settings(): Promise<PrivacySettings>;
  saveSettings(settings: PrivacySettings): Promise<PrivacySettings>;
  preview(retention: PrivacySettings['retention']): Promise<RetentionPreview>;
}

export function createPrivacyApi(fetchFn: FetchLike, token: string, baseUrl = ''): PrivacyApi {
  const auth = { authorization: `Bearer ${token}` };
  const json = { ...auth, 'content-type': 'application/json' };
  return {
    async exportVisitor(visitorId, numbers = 'masked') {
      let response: Response;
      try {
        response = await fetchFn(`${baseUrl}${API.visitorExport(visitorId)}?numbers=${numbers}`, { headers: auth });
      } catch (error) {
        throw new ParleyClientError('network', 'Parley cannot be reached', { cause: error });
      }
      if (response.ok) return response.blob();
      const body: unknown = await response.json().catch(() => null);
      throw isErrorResponse(body) ? ParleyClientError.from(body.error) : new ParleyClientError('PARLEY_ERR_INTERNAL', `HTTP ${response.status}`);
    },
    eraseVisitor: (visitorId) => requestJson(fetchFn, `${baseUrl}${API.visitorErase(visitorId)}`, { method: 'POST', headers: json, body: JSON.stringify({ confirm: true }) }),
    erasureRequests: () => requestJson(fetchFn, `${baseUrl}${API.erasureRequests}`, { headers: auth }),
    settings: () => requestJson(fetchFn, `${baseUrl}${API.privacySettings}`, { headers: auth }),
    saveSettings: (settings) => requestJson(fetchFn, `${baseUrl}${API.privacySettings}`, { method: 'PUT', headers: json, body: JSON.stringify(settings) }),
    preview(retention) {
      const query = new URLSearchParams();
      if (retention.closedConversationsDays !== null) query.set('closedConversationsDays', String(retention.closedConversationsDays));
      if (retention.attachmentsDays !== null) query.set('attachmentsDays', String(retention.attachmentsDays));
      return requestJson(fetchFn, `${baseUrl}${API.retentionPreview}?${query.toString()}`, { headers: auth });
    },
  };
}

/** Present only for admins: the visitor panel offers export and erasure when it is. */
export const PrivacyApiContext = createContext<PrivacyApi | null>(null);
