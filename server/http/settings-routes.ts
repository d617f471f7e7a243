/** Site settings: every agent reads them (teams, polite-register phrases); admins change them. */
import { Router } from 'express';
import { API } from '../../shared/http';
import { settingsUpdateSchema } from '../../shared/schemas';
import type { SiteRepository } from '../sites/site.repository';
import type { SignedInAgent } from './agent-auth';

export function createSettingsRoutes(deps: { sites: SiteRepository; signedInAgent: SignedInAgent; drainQueue(siteId: string): Promise<unknown> }): Router {
  const router = Router();
  router.get(API.settings, async (req, res) => {
    const agent = await deps.signedInAgent(req);
    res.json(await deps.sites.settings(agent.siteId));
  });
  router.put(API.settings, async (req, res) => {
    const agent = await deps.signedInAgent(req, 'admin');
    const settings = await deps.sites.updateSettings(agent.siteId, settingsUpdateSchema.parse(req.body));
    // A new algorithm or team set may let waiting conversations through right away.
    await deps.drainQueue(agent.siteId);
    res.json(settings);
  });
  return router;
}
