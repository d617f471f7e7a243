/**
 * Agent protection over REST: every agent reads the site's lists (the inbox blurs with
 * them too), admins change them; agents block an abusive conversation's visitor;
 * supervisors and admins see and lift blocks and read the day's figures for the board.
 */
import { Router } from 'express';
import { API } from '../../shared/http';
import { objectIdSchema } from '../../shared/id-schemas';
import { abuseSettingsSchema, visitorBlockSchema } from '../../shared/schemas';
import type { SignedInAgent } from '../http/agent-auth';
import type { AbuseService } from './abuse.service';

export function createAbuseRoutes(deps: { abuse: AbuseService; signedInAgent: SignedInAgent }): Router {
  const { abuse, signedInAgent } = deps;
  const router = Router();

  router.get(API.abuseSettings, async (req, res) => {
    const agent = await signedInAgent(req);
    res.json({ settings: await abuse.settings(agent.siteId), editable: agent.role === 'admin' });
  });
  router.put(API.abuseSettings, async (req, res) => {
    const agent = await signedInAgent(req, 'admin');
    const change = abuseSettingsSchema.parse(req.body);
    res.json({ settings: await abuse.updateSettings(agent.siteId, change), editable: true });
  });

  router.post(API.abuseBlocks, async (req, res) => {
    const agent = await signedInAgent(req);
    const { conversationId, hours } = visitorBlockSchema.parse(req.body);
    res.status(201).json({ block: await abuse.block(agent, conversationId, hours) });
  });
  router.get(API.abuseBlocks, async (req, res) => {
    const agent = await signedInAgent(req, 'supervisor');
    res.json({ blocks: await abuse.activeBlocks(agent.siteId) });
  });
  router.delete(API.abuseBlockRoute, async (req, res) => {
    const agent = await signedInAgent(req, 'supervisor');
    await abuse.lift(agent, String(req.params.id));
    res.status(204).end();
  });

  router.get(API.abuseFlagsRoute, async (req, res) => {
    const agent = await signedInAgent(req);
    const conversationId = objectIdSchema.parse(req.params.conversationId);
    res.json({ flags: await abuse.flags(agent, conversationId) });
  });

  router.get(API.abuseBoard, async (req, res) => {
    const agent = await signedInAgent(req, 'supervisor');
    res.json(await abuse.board(agent.siteId));
  });
  return router;
}
