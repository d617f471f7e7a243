/** Validation of report requests (server side; the inbox only needs the types in report-api.ts). */
import { z } from 'zod';
import { REPORT_TABLES } from './report-api';

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

