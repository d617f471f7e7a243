/** Site settings: every agent reads them (teams, polite-register phrases); admins change them. */
import { Router } from 'express';
import { API } from '../../shared/http';
import { settingsUpdateSchema } from '../../shared/schemas';
import type { SiteRepository } from '../sites/site.repository';
import type { AdminTrail } from '../audit/admin-trail';
import type { SignedInAgent } from './agent-auth';

export function createSettingsRoutes(deps: { sites: SiteRepository; signedInAgent: SignedInAgent; drainQueue(siteId: string): Promise<unknown>; audit?: AdminTrail }): Router {
  const router = Router();
  router.get(API.settings, async (req, res) => {
    const agent = await deps.signedInAgent(req);
    res.json(await deps.sites.settings(agent.siteId));
  });
  router.put(API.settings, async (req, res) => {
    const agent = await deps.signedInAgent(req, 'admin');
    const change = settingsUpdateSchema.parse(req.body);
    const settings = await deps.sites.updateSettings(agent.siteId, change);
    await deps.audit?.(req, agent, { action: 'settings-changed', target: 'settings', detail: Object.keys(change).join(', ') });
    // A new algorithm or team set may let waiting conversations through right away.
    await deps.drainQueue(agent.siteId);
    res.json(settings);
  });
  return router;
}
