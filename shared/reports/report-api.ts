/**
 * The Reports REST API: paths, the query every report takes, and the tables it exports.
 *
 * @example GET /api/reports/overview?from=2026-03-01&to=2026-03-07&team=billing
 * @example GET /api/reports/agents?from=2026-03-01&to=2026-03-07&format=csv
 */
/** Kept free of zod so the inbox's lazily loaded reports chunk stays small (schemas: report-query-schema.ts). */
export const REPORT_TABLES = ['summary', 'series', 'heatmap', 'agents', 'intents', 'handoffs', 'csat'] as const;
export type ReportTable = (typeof REPORT_TABLES)[number];

export const REPORTS_API = {
  overview: '/api/reports/overview',
  table: (table: ReportTable) => `/api/reports/${table}`,
  tableRoute: '/api/reports/:table',
  live: '/api/reports/live',
} as const;

/** Live figures for the supervisor board: today in the site's timezone, and right now. */
export interface LiveFigures {
  today: string;
  conversations: number;
  handoffs: number;
  closed: number;
  waiting: number;
  /** Seconds the longest-waiting visitor in the queue has waited, or null when nobody waits. */
  longestWaitSeconds: number | null;
  /** Today's handoffs whose first agent reply took longer than the target, or is still overdue. */
  slaBreaches: number;
  frtTargetSeconds: number;
}
