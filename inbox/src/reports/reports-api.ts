/** Reports over REST: the overview for the screen, and any table as a CSV file. */
import { LEARNING_API, type UnansweredReportRow } from '../../../shared/learning';
import { REPORTS_API, type LiveFigures, type ReportTable } from '../../../shared/reports/report-api';
import type { ReportOverview } from '../../../shared/reports/report-views';
import { requestJson, type FetchLike } from '../lib/api';
import { ParleyClientError } from '../lib/errors';

export interface ReportFilters {
  from: string;
  to: string;
  team?: string | undefined;
  agent?: string | undefined;
  intent?: string | undefined;
  locale?: 'ko' | 'en' | undefined;
}

export interface ReportsApi {
  overview(filters: ReportFilters): Promise<ReportOverview>;
  /** The table as CSV text (UTF-8 with BOM), with its file name. */
  csv(table: ReportTable, filters: ReportFilters): Promise<{ name: string; body: Blob }>;
  live(frtTargetSeconds: number): Promise<LiveFigures>;
  /** The most frequent clusters of questions the bot could not answer in the range. */
  unanswered?(filters: ReportFilters): Promise<UnansweredReportRow[]>;
  unansweredCsv?(filters: ReportFilters): Promise<{ name: string; body: Blob }>;
}

export function reportQueryString(filters: ReportFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, ...extra })) if (value) params.set(key, value);
  return params.toString();
}

/**
 * @example
 * const overview = await createReportsApi(fetch.bind(window), token).overview({ from: '2026-03-01', to: '2026-03-07' });
 */
export function createReportsApi(fetchFn: FetchLike, token: string, baseUrl = ''): ReportsApi {
  const headers = { authorization: `Bearer ${token}` };
  return {
    overview: (filters) => requestJson(fetchFn, `${baseUrl}${REPORTS_API.overview}?${reportQueryString(filters)}`, { headers }),
    live: (frtTargetSeconds) => requestJson(fetchFn, `${baseUrl}${REPORTS_API.live}?frtTarget=${frtTargetSeconds}`, { headers }),
    async csv(table, filters) {
      const response = await fetchFn(`${baseUrl}${REPORTS_API.table(table)}?${reportQueryString(filters, { format: 'csv' })}`, { headers });
      if (!response.ok) throw new ParleyClientError(response.status === 403 ? 'PARLEY_ERR_FORBIDDEN' : 'PARLEY_ERR_INTERNAL', `HTTP ${response.status}`);
      return { name: `parley-${table}-${filters.from}-${filters.to}.csv`, body: await response.blob() };
    },
    unanswered: async (filters) => (await requestJson<{ top: UnansweredReportRow[] }>(fetchFn, `${baseUrl}${LEARNING_API.report}?${reportQueryString(filters)}`, { headers })).top,
    async unansweredCsv(filters) {
      const response = await fetchFn(`${baseUrl}${LEARNING_API.report}?${reportQueryString(filters, { format: 'csv' })}`, { headers });
      if (!response.ok) throw new ParleyClientError(response.status === 403 ? 'PARLEY_ERR_FORBIDDEN' : 'PARLEY_ERR_INTERNAL', `HTTP ${response.status}`);
      return { name: `parley-unanswered-${filters.from}-${filters.to}.csv`, body: await response.blob() };
    },
  };
}
