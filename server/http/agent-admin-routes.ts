/** Agents: everyone sees the team (for transfers); admins create agents and set capacity, role and teams. */
import { Router } from 'express';
import { API } from '../../shared/http';
import { agentCreateSchema, agentUpdateSchema, objectIdSchema } from '../../shared/schemas';
import type { AgentAccounts } from '../agents/agent-accounts';
import type { AgentRepository } from '../agents/agent.repository';
import { isDuplicateKeyError } from '../concurrency/insert-claim';
import { ParleyError } from '../errors';
import type { SignedInAgent } from './agent-auth';

export function createAgentAdminRoutes(deps: {
  agents: AgentRepository;
  accounts: AgentAccounts;
  signedInAgent: SignedInAgent;
  drainQueue(siteId: string): Promise<unknown>;
}): Router {
  const router = Router();

  router.get(API.agents, async (req, res) => {
    const agent = await deps.signedInAgent(req);
    res.json({ agents: await deps.agents.listBySite(agent.siteId) });
  });

  router.post(API.agents, async (req, res) => {
    const admin = await deps.signedInAgent(req, 'admin');
    const input = agentCreateSchema.parse(req.body);
    const created = await deps.accounts.createAgent(admin.siteId, input).catch((error) => {
      if (isDuplicateKeyError(error)) throw new ParleyError('PARLEY_ERR_INVALID_PAYLOAD', 'an agent with this email already exists');
      throw error;
    });
    res.status(201).json({ agent: created });
  });

  router.patch(API.agentRoute, async (req, res) => {
    const admin = await deps.signedInAgent(req, 'admin');
    const id = objectIdSchema.parse(req.params.id);
    const target = await deps.agents.findById(id);
    if (!target || target.siteId !== admin.siteId) throw new ParleyError('PARLEY_ERR_NOT_FOUND', 'no such agent on your site');
    const updated = await deps.agents.update(id, agentUpdateSchema.parse(req.body));
    // Raised capacity or new teams can take waiting conversations at once.
    await deps.drainQueue(admin.siteId);
    res.json({ agent: updated });
  });

  return router;
}
