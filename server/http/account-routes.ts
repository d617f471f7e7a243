/** The signed-in agent's own account: sign out everywhere, change password; admins read the sign-in audit. */
import { Router } from 'express';
import { z } from 'zod';
import { API } from '../../shared/http';
import { passwordChangeSchema } from '../../shared/schemas';
import type { AccountLifecycle } from '../agents/account-lifecycle';
import type { SignInAudit } from '../auth/sign-in-audit';
import type { SignedInAgent } from './agent-auth';

export function createAccountRoutes(deps: { lifecycle: AccountLifecycle; audit: SignInAudit; signedInAgent: SignedInAgent }): Router {
  const router = Router();

  router.post(API.logout, async (req, res) => {
    const agent = await deps.signedInAgent(req);
    await deps.lifecycle.signOut(agent.id);
    res.status(204).end();
  });

  router.post(API.password, async (req, res) => {
    const agent = await deps.signedInAgent(req);
    const { currentPassword, newPassword } = passwordChangeSchema.parse(req.body);
    res.json(await deps.lifecycle.changePassword(agent.id, currentPassword, newPassword));
  });

  router.get(API.signInAudit, async (req, res) => {
    const admin = await deps.signedInAgent(req, 'admin');
    const { limit } = z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }).parse(req.query);
    res.json({ events: await deps.audit.recent(admin.siteId, limit) });
  });

  return router;
}
