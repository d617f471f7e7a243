/**
 * Sign-in and the first admin. The first admin comes from PARLEY_ADMIN_EMAIL /
 * PARLEY_ADMIN_PASSWORD at start-up, or from the inbox's first-run setup form while
 * no agent exists yet.
 */
import { randomUUID } from 'node:crypto';
import type { FirstAdmin, Login } from '../../shared/schemas';
import type { LoginResult } from '../../shared/http';
import { hashPassword, verifyPassword } from '../auth/passwords';
import type { TokenService } from '../auth/tokens';
import { ParleyError } from '../errors';
import type { AgentRepository } from './agent.repository';

export function createAgentAccounts(deps: { agents: AgentRepository; tokens: TokenService; defaultCapacity: number }) {
  let dummyHash: Promise<string> | undefined;
  return {
    async login({ email, password }: Login): Promise<LoginResult> {
      const found = await deps.agents.findCredentials(email);
      // Compare against a throw-away hash when the email is unknown, so timing does not reveal which emails exist.
      dummyHash ??= hashPassword(randomUUID());
      const ok = await verifyPassword(password, found?.passwordHash ?? (await dummyHash));
      if (!found || !ok) throw new ParleyError('PARLEY_ERR_INVALID_CREDENTIALS', 'wrong email or password');
      return { token: await deps.tokens.signAgent({ agentId: found.agent.id }), agent: found.agent };
    },

    needsSetup: async () => (await deps.agents.count()) === 0,

    async createFirstAdmin(siteId: string, input: FirstAdmin): Promise<LoginResult> {
      if ((await deps.agents.count()) > 0) throw new ParleyError('PARLEY_ERR_FORBIDDEN', 'setup is done: an admin already exists');
      const agent = await deps.agents.create({
        siteId,
        email: input.email,
        name: input.name,
        passwordHash: await hashPassword(input.password),
        role: 'admin',
        capacity: deps.defaultCapacity,
      });
      return { token: await deps.tokens.signAgent({ agentId: agent.id }), agent };
    },

    /** Creates an agent account (used by admin tools and tests). */
    async createAgent(siteId: string, input: { email: string; name: string; password: string; role?: 'agent' | 'supervisor' | 'admin'; capacity?: number; teams?: string[] }) {
      return deps.agents.create({
        teams: input.teams ?? [],
        siteId,
        email: input.email,
        name: input.name,
        passwordHash: await hashPassword(input.password),
        role: input.role ?? 'agent',
        capacity: input.capacity ?? deps.defaultCapacity,
      });
    },
  };
}

export type AgentAccounts = ReturnType<typeof createAgentAccounts>;
