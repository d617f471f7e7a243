/** Parley's REST API: health, first-run setup, sign-in, transcripts. */
import { Router } from 'express';
import { API, type Health, type Transcript } from '../../shared/http';
import { firstAdminSchema, loginSchema, objectIdSchema } from '../../shared/schemas';
import type { AgentAccounts } from '../agents/agent-accounts';
import type { AgentRepository } from '../agents/agent.repository';
import type { TokenService } from '../auth/tokens';
import type { ConversationService } from '../conversations/conversation.service';
import { createAgentAuth } from './agent-auth';

export interface ApiDeps {
  accounts: AgentAccounts;
  agents: AgentRepository;
  tokens: TokenService;
  conversations: ConversationService;
  defaultSiteId: () => string;
  databaseUp: () => boolean;
}

export function createApiRoutes(deps: ApiDeps): Router {
  const router = Router();
  const startedAt = Date.now();

  const signedInAgent = createAgentAuth(deps);

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
    res.json(await deps.accounts.login(loginSchema.parse(req.body)));
  });

  router.get(API.transcript(':conversationId'), async (req, res) => {
    const agent = await signedInAgent(req);
    const conversationId = objectIdSchema.parse(req.params.conversationId);
    const identity = { agentId: agent.id, siteId: agent.siteId, name: agent.name };
    const transcript: Transcript = await deps.conversations.agentOpen(identity, conversationId, 0);
    res.json(transcript);
  });

  return router;
}
