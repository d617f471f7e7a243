/** Who is calling a REST endpoint: the agent behind the Bearer token, with a role check. */
import type { Request } from 'express';
import type { AgentRole } from '../../shared/domain';
import type { AgentRepository } from '../agents/agent.repository';
import type { TokenService } from '../auth/tokens';
import { ParleyError } from '../errors';

const RANK: Record<AgentRole, number> = { agent: 0, supervisor: 1, admin: 2 };

export function createAgentAuth(deps: { tokens: TokenService; agents: AgentRepository }) {
  return async function signedInAgent(req: Request, atLeast: AgentRole = 'agent') {
    const token = /^Bearer (.+)$/.exec(req.get('authorization') ?? '')?.[1];
    if (!token) throw new ParleyError('PARLEY_ERR_UNAUTHENTICATED', 'send "Authorization: Bearer <token>" from sign-in');
    const { agentId, version } = await deps.tokens.verifyAgent(token);
    const agent = await deps.agents.findById(agentId);
    if (!agent) throw new ParleyError('PARLEY_ERR_UNAUTHENTICATED', 'this agent no longer exists');
    // Signed out, password changed or deactivated since this token was issued.
    if (agent.active === false || agent.sessionVersion !== version) throw new ParleyError('PARLEY_ERR_UNAUTHENTICATED', 'this session has ended; sign in again');
    if (RANK[agent.role] < RANK[atLeast]) throw new ParleyError('PARLEY_ERR_FORBIDDEN', `this needs the ${atLeast} role`);
    return agent;
  };
}

export type SignedInAgent = ReturnType<typeof createAgentAuth>;
