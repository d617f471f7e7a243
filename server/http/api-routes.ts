/** Parley's public REST API: health, first-run setup, sign-in. */
import { Router } from 'express';
import { API, type Health } from '../../shared/http';
import { firstAdminSchema, loginSchema } from '../../shared/schemas';
import type { AgentAccounts } from '../agents/agent-accounts';

export interface ApiDeps {
  accounts: AgentAccounts;
  defaultSiteId: () => string;
  databaseUp: () => boolean;
}

export function createApiRoutes(deps: ApiDeps): Router {
  const router = Router();
  const startedAt = Date.now();


  router.get(API.health, (_req, res) => {
    const body: Health = { status: 'ok', database: deps.databaseUp() ? 'up' : 'down', uptimeSeconds: Math.round((Date.now() - startedAt) / 1000) };
    res.status(body.database === 'up' ? 200 : 503).json(body);
  });

  router.get(API.setupStatus, async (_req, res) => {
    res.json({ needsSetup: await deps.accounts.needsSetup() });
  });

  router.post(API.setup, async (req, res) => {
    res.status(201).json(await deps.accounts.createFirstAdmin(deps.defaultSiteId(), firstAdminSchema.parse(req.body)));
  });

  router.post(API.login, async (req, res) => {
    res.json(await deps.accounts.login(loginSchema.parse(req.body), { ip: req.ip ?? null, userAgent: req.get('user-agent') ?? null }));
  });

  return router;
}
