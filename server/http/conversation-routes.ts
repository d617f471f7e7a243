/** Reading conversations over REST: transcripts, search across transcripts, visitor details, the supervisor board. */
import { Router } from 'express';
import { orderQueue } from '../routing/queue-estimate';
import { API, type ConversationSearchResult, type SupervisorBoard, type Transcript, type VisitorDetails } from '../../shared/http';
import { conversationSearchSchema, objectIdSchema, transcriptPageSchema } from '../../shared/schemas';
import type { AgentRepository } from '../agents/agent.repository';
import type { ConversationRepository } from '../conversations/conversation.repository';
import type { ConversationService } from '../conversations/conversation.service';
import { ParleyError } from '../errors';
import type { VisitorRepository } from '../visitors/visitor.repository';
import type { SignedInAgent } from './agent-auth';

export interface ConversationRoutesDeps {
  conversations: ConversationService;
  conversationRepository: ConversationRepository;
  visitors: VisitorRepository;
  agents: AgentRepository;
  signedInAgent: SignedInAgent;
}

export function createConversationRoutes(deps: ConversationRoutesDeps): Router {
  const router = Router();

  // Registered before the transcript route so "search" is never read as a conversation id.
  router.get(API.conversationSearch, async (req, res) => {
    const agent = await deps.signedInAgent(req);
    const query = conversationSearchSchema.parse(req.query);
    const body: ConversationSearchResult = await deps.conversationRepository.search(
      agent.siteId,
      { ...(query.q ? { q: query.q } : {}), ...(query.email ? { email: query.email } : {}), ...(query.tag ? { tag: query.tag } : {}), ...(query.status ? { status: query.status } : {}) },
      { pageSize: query.pageSize, ...(query.cursor ? { cursor: query.cursor } : {}) },
    );
    res.json(body);
  });

  router.get(API.transcript(':conversationId'), async (req, res) => {
    const agent = await deps.signedInAgent(req);
    const conversationId = objectIdSchema.parse(req.params.conversationId);
    const { beforeSeq, limit } = transcriptPageSchema.parse(req.query);
    const transcript: Transcript = await deps.conversations.agentPage({ agentId: agent.id, siteId: agent.siteId, name: agent.name }, conversationId, beforeSeq ?? null, limit);
    res.json(transcript);
  });

  router.get(API.visitorRoute, async (req, res) => {
    const agent = await deps.signedInAgent(req);
    const visitor = await deps.visitors.findById(objectIdSchema.parse(req.params.id));
    if (!visitor || visitor.siteId !== agent.siteId) throw new ParleyError('PARLEY_ERR_NOT_FOUND', 'no such visitor on your site');
    const body: VisitorDetails = { visitor, previousConversations: await deps.conversationRepository.listForVisitor(visitor.id) };
    res.json(body);
  });

  router.get(API.supervisorBoard, async (req, res) => {
    const supervisor = await deps.signedInAgent(req, 'supervisor');
    const [queue, agents] = await Promise.all([deps.conversationRepository.listQueued(supervisor.siteId), deps.agents.listBySite(supervisor.siteId)]);
    const load = await Promise.all(agents.map(async (agent) => (await deps.conversationRepository.listAssignedTo(agent.id)).length));
    const served = orderQueue(queue.map((entry) => ({ ...entry, queuedAt: new Date(entry.queuedAt ?? entry.createdAt) })));
    const body: SupervisorBoard = {
      // In the order the router will serve them.
      queue: served.map(({ preferredAgentId: _preferred, queuedAt, ...conversation }) => ({ ...conversation, queuedAt: queuedAt.toISOString() })),
      agents: agents.map((agent, i) => ({ agent, openConversations: load[i]! })),
    };
    res.json(body);
  });

  return router;
}
