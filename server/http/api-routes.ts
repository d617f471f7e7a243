/** Parley's public REST API: health, first-run setup, sign-in. */
import { Router } from 'express';
import { API, type Health } from '../../shared/http';
import { firstAdminSchema, loginSchema } from '../../shared/schemas';
import type { AgentAccounts } from '../agents/agent-accounts';
import type { SignInTrail } from '../audit/sign-in-trail';

export interface ApiDeps {
  accounts: AgentAccounts;
  defaultSiteId: () => string;
  databaseUp: () => boolean;
  /** Writes every sign-in, and every failed one, into the audit log. */
  signIns?: SignInTrail;
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
    const credentials = loginSchema.parse(req.body);
    const origin = { ip: req.ip ?? null, userAgent: req.get('user-agent') ?? null };
    const result = await deps.accounts.login(credentials, origin).catch(async (error: unknown) => {
      await deps.signIns?.failed(credentials.email, error, origin);
      throw error;
    });
    await deps.signIns?.succeeded(result.agent, origin);
    res.json(result);
  });

  return router;
}
