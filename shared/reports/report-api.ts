/**
 * The Reports REST API: paths, the query every report takes, and the tables it exports.
 *
 * @example GET /api/reports/overview?from=2026-03-01&to=2026-03-07&team=billing
 * @example GET /api/reports/agents?from=2026-03-01&to=2026-03-07&format=csv
 */
import { z } from 'zod';

export const REPORT_TABLES = ['summary', 'series', 'heatmap', 'agents', 'intents', 'handoffs', 'csat'] as const;
export type ReportTable = (typeof REPORT_TABLES)[number];

export const REPORTS_API = {
  overview: '/api/reports/overview',
  table: (table: ReportTable) => `/api/reports/${table}`,
  tableRoute: '/api/reports/:table',
  live: '/api/reports/live',
} as const;

/** Longest range one report covers. */
export const MAX_REPORT_DAYS = 400;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD').refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), 'not a date');
const optionalText = z.string().trim().min(1).max(100).optional();

export const reportQuerySchema = z
  .object({
    from: day,
    to: day,
    team: optionalText,
    agent: optionalText,
    intent: optionalText,
    locale: z.enum(['ko', 'en']).optional(),
    format: z.enum(['json', 'csv']).default('json'),
  })
  .refine((query) => query.from <= query.to, { message: 'from must not be after to', path: ['to'] })
  .refine((query) => (Date.parse(query.to) - Date.parse(query.from)) / 86_400_000 < MAX_REPORT_DAYS, { message: `at most ${MAX_REPORT_DAYS} days`, path: ['to'] });

export type ReportQuery = z.infer<typeof reportQuerySchema>;

export const reportTableSchema = z.enum(REPORT_TABLES);

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
