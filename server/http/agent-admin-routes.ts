/** Agents: everyone sees the team (for transfers); admins create agents and set capacity, role and teams. */
import { Router } from 'express';
import { API } from '../../shared/http';
import { agentActiveSchema, agentCreateSchema, agentUpdateSchema, objectIdSchema } from '../../shared/schemas';
import type { AccountLifecycle } from '../agents/account-lifecycle';
import type { AgentAccounts } from '../agents/agent-accounts';
import type { AgentRepository } from '../agents/agent.repository';
import { isDuplicateKeyError } from '../concurrency/insert-claim';
import { ParleyError } from '../errors';
import type { SignedInAgent } from './agent-auth';
import { describeChange, type AdminTrail } from '../audit/admin-trail';

export function createAgentAdminRoutes(deps: {
  agents: AgentRepository;
  accounts: AgentAccounts;
  lifecycle: AccountLifecycle;
  signedInAgent: SignedInAgent;
  drainQueue(siteId: string): Promise<unknown>;
  /** Role, team, capacity and account changes go into the audit log. */
  audit?: AdminTrail;
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
    await deps.audit?.(req, admin, { action: 'agent-created', target: `agent:${created.id}`, detail: describeChange({ ...input, email: created.email }, ['password']) });
    res.status(201).json({ agent: created });
  });

  router.patch(API.agentRoute, async (req, res) => {
    const admin = await deps.signedInAgent(req, 'admin');
    const id = objectIdSchema.parse(req.params.id);
    const change = agentUpdateSchema.parse(req.body);
    const updated = await deps.lifecycle.update(admin.siteId, id, change);
    await deps.audit?.(req, admin, { action: 'agent-changed', target: `agent:${id}`, detail: describeChange(change, ['password']) });
    // Raised capacity or new teams can take waiting conversations at once.
    await deps.drainQueue(admin.siteId);
    res.json({ agent: updated });
  });

  router.put(API.agentActiveRoute, async (req, res) => {
    const admin = await deps.signedInAgent(req, 'admin');
    const { active } = agentActiveSchema.parse(req.body);
    const id = objectIdSchema.parse(req.params.id);
    const agent = await deps.lifecycle.setActive(admin.siteId, id, active);
    if (agent) await deps.audit?.(req, admin, { action: active ? 'agent-activated' : 'agent-deactivated', target: `agent:${id}` });
    if (active) await deps.drainQueue(admin.siteId);
    res.json({ agent });
  });

  router.post(API.agentPasswordResetRoute, async (req, res) => {
    const admin = await deps.signedInAgent(req, 'admin');
    const id = objectIdSchema.parse(req.params.id);
    const reset = await deps.lifecycle.resetPassword(admin.siteId, id);
    await deps.audit?.(req, admin, { action: 'agent-password-reset', target: `agent:${id}` });
    res.json(reset);
  });

  router.delete(API.agentRoute, async (req, res) => {
    const admin = await deps.signedInAgent(req, 'admin');
    const id = objectIdSchema.parse(req.params.id);
    await deps.lifecycle.remove(admin.siteId, id);
    await deps.audit?.(req, admin, { action: 'agent-removed', target: `agent:${id}` });
    res.status(204).end();
  });

  return router;
}
