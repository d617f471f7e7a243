/** Canned responses: any agent keeps personal ones; admins and supervisors manage the team's. */
import { Router } from 'express';
import { API } from '../../shared/http';
import { cannedResponseSchema, objectIdSchema } from '../../shared/schemas';
import type { CannedResponseRepository } from '../canned-responses/canned-response.repository';
import { isDuplicateKeyError } from '../concurrency/insert-claim';
import { ParleyError } from '../errors';
import type { SignedInAgent } from './agent-auth';

export function createCannedResponseRoutes(deps: { cannedResponses: CannedResponseRepository; signedInAgent: SignedInAgent }): Router {
  const router = Router();
  const mayEdit = (agent: { id: string; role: string }, response: { scope: string; ownerId: string | null }) =>
    response.scope === 'personal' ? response.ownerId === agent.id : agent.role !== 'agent';
  const duplicate = (error: unknown) => {
    if (isDuplicateKeyError(error)) throw new ParleyError('PARLEY_ERR_INVALID_PAYLOAD', 'this shortcut is already taken');
    throw error;
  };

  router.get(API.cannedResponses, async (req, res) => {
    const agent = await deps.signedInAgent(req);
    res.json({ cannedResponses: await deps.cannedResponses.listFor(agent.siteId, agent.id) });
  });

  router.post(API.cannedResponses, async (req, res) => {
    const agent = await deps.signedInAgent(req);
    const input = cannedResponseSchema.parse(req.body);
    const ownerId = input.scope === 'personal' ? agent.id : null;
    if (!mayEdit(agent, { scope: input.scope, ownerId })) throw new ParleyError('PARLEY_ERR_FORBIDDEN', 'team responses are managed by supervisors and admins');
    const created = await deps.cannedResponses.create(agent.siteId, { ...input, ownerId }).catch(duplicate);
    res.status(201).json({ cannedResponse: created });
  });

  router.put(API.cannedResponseRoute, async (req, res) => {
    const agent = await deps.signedInAgent(req);
    const existing = await deps.cannedResponses.findById(objectIdSchema.parse(req.params.id));
    if (!existing || existing.siteId !== agent.siteId) throw new ParleyError('PARLEY_ERR_NOT_FOUND', 'no such canned response');
    if (!mayEdit(agent, existing)) throw new ParleyError('PARLEY_ERR_FORBIDDEN', 'you may not change this response');
    const { shortcut, text } = cannedResponseSchema.parse({ ...req.body, scope: existing.scope });
    res.json({ cannedResponse: await deps.cannedResponses.update(existing.id, { shortcut, text }).catch(duplicate) });
  });

  router.delete(API.cannedResponseRoute, async (req, res) => {
    const agent = await deps.signedInAgent(req);
    const existing = await deps.cannedResponses.findById(objectIdSchema.parse(req.params.id));
    if (!existing || existing.siteId !== agent.siteId) throw new ParleyError('PARLEY_ERR_NOT_FOUND', 'no such canned response');
    if (!mayEdit(agent, existing)) throw new ParleyError('PARLEY_ERR_FORBIDDEN', 'you may not delete this response');
    await deps.cannedResponses.remove(existing.id);
    res.status(204).end();
  });

  return router;
}
