/** `GET /api/reports/…`: supervisors and admins read the KPIs as JSON or CSV. */
import { Router, type Response } from 'express';
import { z } from 'zod';
import { REPORTS_API } from '../../shared/reports/report-api';
import { reportQuerySchema, reportTableSchema } from '../../shared/reports/report-query-schema';
import { reportCsv, reportTable } from '../../shared/reports/report-csv';
import type { SignedInAgent } from '../http/agent-auth';
import type { ReportQueries } from './report-queries';

export interface ReportRoutesDeps {
  queries: ReportQueries;
  signedInAgent: SignedInAgent;
  /** Runs the aggregation job before answering, so figures include changes up to now. */
  catchUp: () => Promise<unknown>;
}

const liveQuerySchema = z.object({ frtTarget: z.coerce.number().int().min(1).max(86_400).default(60) });

function sendCsv(res: Response, name: string, body: string) {
  res.set('Content-Type', 'text/csv; charset=utf-8');
  res.set('Content-Disposition', `attachment; filename="${name}.csv"`);
  res.send(body);
}

export function createReportRoutes(deps: ReportRoutesDeps): Router {
  const router = Router();

  router.get(REPORTS_API.live, async (req, res) => {
    const supervisor = await deps.signedInAgent(req, 'supervisor');
    res.json(await deps.queries.live(supervisor.siteId, liveQuerySchema.parse(req.query).frtTarget));
  });

  router.get(REPORTS_API.overview, async (req, res) => {
    const supervisor = await deps.signedInAgent(req, 'supervisor');
    const query = reportQuerySchema.parse(req.query);
    await deps.catchUp();
    res.json(await deps.queries.overview(supervisor.siteId, query));
  });

  router.get(REPORTS_API.tableRoute, async (req, res) => {
    const supervisor = await deps.signedInAgent(req, 'supervisor');
    const table = reportTableSchema.parse(req.params.table);
    const query = reportQuerySchema.parse(req.query);
    await deps.catchUp();
    const overview = await deps.queries.overview(supervisor.siteId, query);
    if (query.format === 'csv') sendCsv(res, `parley-${table}-${query.from}-${query.to}`, reportCsv(overview, table));
    else res.json(reportTable(overview, table));
  });

  return router;
}
