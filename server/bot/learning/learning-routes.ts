/**
 * REST for learning from agents: any agent of the site may mark an answer wrong (on a
 * conversation of their site); only admins review suggestions and act on the unanswered
 * questions; supervisors and admins read the top unanswered questions of a report range.
 */
import { Router, type Response } from 'express';
import { z } from 'zod';
import { acceptSuggestionSchema, dismissUnansweredSchema, LEARNING_API, suggestionSchema, unansweredToIntentSchema, type IntentChoice } from '../../../shared/learning';
import { objectIdSchema } from '../../../shared/id-schemas';
import { toCsv } from '../../../shared/reports/report-csv';
import { reportQuerySchema } from '../../../shared/reports/report-query-schema';
import type { SignedInAgent } from '../../http/agent-auth';
import type { IntentRepository } from '../intent.repository';
import type { createCorrections } from './corrections';
import type { UnansweredService } from './unanswered-service';

export interface LearningRoutesDeps {
  corrections: ReturnType<typeof createCorrections>;
  unanswered: UnansweredService;
  intents: IntentRepository;
  signedInAgent: SignedInAgent;
}

/** The report takes the reports' own query; only the range and the format apply here. */
const reportRangeSchema = reportQuerySchema;

function sendCsv(res: Response, name: string, body: string) {
  res.set('Content-Type', 'text/csv; charset=utf-8');
  res.set('Content-Disposition', `attachment; filename="${name}.csv"`);
  res.send(body);
}

export function createLearningRoutes(deps: LearningRoutesDeps): Router {
  const router = Router();
  const idParam = z.object({ id: objectIdSchema });

  router.get(LEARNING_API.intentChoices, async (req, res) => {
    const agent = await deps.signedInAgent(req);
    const choices: IntentChoice[] = (await deps.intents.listForSite(agent.siteId)).map((intent) => ({
      name: intent.name,
      displayName: { ko: intent.displayName?.ko ?? '', en: intent.displayName?.en ?? '' },
    }));
    res.json({ intents: choices });
  });

  router.post(LEARNING_API.suggestions, async (req, res) => {
    const agent = await deps.signedInAgent(req);
    res.status(201).json({ suggestion: await deps.corrections.suggest(agent, suggestionSchema.parse(req.body)) });
  });

  router.get(LEARNING_API.suggestions, async (req, res) => {
    const admin = await deps.signedInAgent(req, 'admin');
    res.json({ suggestions: await deps.corrections.list(admin) });
  });

  router.post(LEARNING_API.suggestionRoute, async (req, res) => {
    const admin = await deps.signedInAgent(req, 'admin');
    const { id } = idParam.parse(req.params);
    res.json(await deps.corrections.accept(admin, id, acceptSuggestionSchema.parse(req.body), req));
  });

  router.delete(LEARNING_API.suggestionRoute, async (req, res) => {
    const admin = await deps.signedInAgent(req, 'admin');
    const { id } = idParam.parse(req.params);
    await deps.corrections.reject(admin, id, req);
    res.status(204).end();
  });

  router.get(LEARNING_API.unanswered, async (req, res) => {
    const admin = await deps.signedInAgent(req, 'admin');
    res.json(await deps.unanswered.overview(admin));
  });

  router.post(LEARNING_API.unansweredToIntent, async (req, res) => {
    const admin = await deps.signedInAgent(req, 'admin');
    res.json(await deps.unanswered.toIntent(admin, unansweredToIntentSchema.parse(req.body), req));
  });

  router.post(LEARNING_API.unansweredDismiss, async (req, res) => {
    const admin = await deps.signedInAgent(req, 'admin');
    res.json(await deps.unanswered.dismiss(admin, dismissUnansweredSchema.parse(req.body).questionIds, req));
  });

  // Registered before the reports' `/api/reports/:table` (see app.ts), which would read "unanswered" as a table.
  router.get(LEARNING_API.report, async (req, res) => {
    const supervisor = await deps.signedInAgent(req, 'supervisor');
    const query = reportRangeSchema.parse(req.query);
    const rows = await deps.unanswered.report(supervisor.siteId, query.from, query.to);
    if (query.format === 'csv') sendCsv(res, `parley-unanswered-${query.from}-${query.to}`, toCsv(['sample_question', 'count'], rows.map((row) => [row.sample, row.count])));
    else res.json({ header: ['sample_question', 'count'], rows: rows.map((row) => [row.sample, row.count]), top: rows });
  });

  return router;
}
