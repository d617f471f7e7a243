/** The audit log over REST: a page for the screen, every matching entry as CSV, and the agents to filter by. */
import { AUDIT_API, type AuditAction, type AuditPage } from '../../../shared/audit';
import type { Agent } from '../../../shared/domain';
import { API } from '../../../shared/http';
import { requestJson, type FetchLike } from '../lib/api';
import { ParleyClientError } from '../lib/errors';

/** `from` and `to` are days (YYYY-MM-DD) on the admin's own calendar. */
export interface AuditFilters {
  action?: AuditAction | undefined;
  agentId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export interface AuditApi {
  page(filters: AuditFilters, cursor?: string): Promise<AuditPage>;
  csv(filters: AuditFilters): Promise<{ name: string; body: Blob }>;
  agents(): Promise<Agent[]>;
}

/** The filters as a query string; days become the instants where the admin's local days begin and end. */
export function auditQuery(filters: AuditFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  if (filters.action) params.set('action', filters.action);
  if (filters.agentId) params.set('agentId', filters.agentId);
  if (filters.from) params.set('from', new Date(`${filters.from}T00:00:00`).toISOString());
  if (filters.to) params.set('to', new Date(`${filters.to}T23:59:59.999`).toISOString());
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return params.toString();
}

export function createAuditApi(fetchFn: FetchLike, token: string, baseUrl = ''): AuditApi {
  const headers = { authorization: `Bearer ${token}` };
  return {
    page: (filters, cursor) => requestJson(fetchFn, `${baseUrl}${AUDIT_API.entries}?${auditQuery(filters, cursor ? { cursor } : {})}`, { headers }),
    agents: async () => (await requestJson<{ agents: Agent[] }>(fetchFn, `${baseUrl}${API.agents}`, { headers })).agents,
    async csv(filters) {
      const response = await fetchFn(`${baseUrl}${AUDIT_API.csv}?${auditQuery(filters)}`, { headers });
      if (!response.ok) throw new ParleyClientError(response.status === 403 ? 'PARLEY_ERR_FORBIDDEN' : 'PARLEY_ERR_INTERNAL', `HTTP ${response.status}`);
      return { name: `parley-audit-${filters.from ?? 'all'}-${filters.to ?? 'now'}.csv`, body: await response.blob() };
    },
  };
}
