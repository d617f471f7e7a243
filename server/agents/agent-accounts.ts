/**
 * Sign-in and the first admin. The first admin comes from PARLEY_ADMIN_EMAIL /
 * PARLEY_ADMIN_PASSWORD at start-up, or from the inbox's first-run setup form while
 * no agent exists yet.
 */
import { randomUUID } from 'node:crypto';
import type { FirstAdmin, Login } from '../../shared/schemas';
import type { LoginResult } from '../../shared/http';
import { hashPassword, verifyPassword } from '../auth/passwords';
import type { SignInAudit } from '../auth/sign-in-audit';
import type { TokenService } from '../auth/tokens';
import type { LoginThrottle } from '../limits/login-throttle';
import { ParleyError } from '../errors';
import type { AgentRepository } from './agent.repository';

/** Where a sign-in attempt came from, for throttling and the audit log. */
export interface SignInContext {
  ip: string | null;
  userAgent: string | null;
}

export function createAgentAccounts(deps: {
  agents: AgentRepository;
  tokens: TokenService;
  defaultCapacity: number;
  throttle: LoginThrottle;
  audit: SignInAudit;
  onAuditError?: (error: unknown) => void;
}) {
  let dummyHash: Promise<string> | undefined;
  const throttledAudited = new Map<string, number>();
  const audit = (event: Parameters<SignInAudit['record']>[0]) => deps.audit.record(event).catch((error) => deps.onAuditError?.(error));
  return {
    async login({ email, password }: Login, context: SignInContext = { ip: null, userAgent: null }): Promise<LoginResult> {
      const seen = { email, ip: context.ip, userAgent: context.userAgent };
      try {
        await deps.throttle.check(email, context.ip);
      } catch (error) {
        // One entry per account and address a minute: a brute force must not turn into a flood of audit writes.
        const key = `${email.toLowerCase()}|${context.ip ?? ''}`;
        if ((throttledAudited.get(key) ?? 0) < Date.now() - 60_000) {
          throttledAudited.set(key, Date.now());
          if (throttledAudited.size > 10_000) throttledAudited.clear();
          const account = await deps.agents.findCredentials(email).catch(() => null);
          await audit({ ...seen, siteId: account?.siteId ?? null, agentId: account?.agent.id ?? null, outcome: 'throttled' });
        }
        throw error;
      }
      const found = await deps.agents.findCredentials(email);
      // Compare against a throw-away hash when the email is unknown, so timing does not reveal which emails exist.
      dummyHash ??= hashPassword(randomUUID());
      const ok = await verifyPassword(password, found?.passwordHash ?? (await dummyHash));
      if (!found || !ok) {
        await Promise.all([deps.throttle.failed(email, context.ip), audit({ ...seen, siteId: found?.siteId ?? null, agentId: found?.agent.id ?? null, outcome: 'failure' })]);
        throw new ParleyError('PARLEY_ERR_INVALID_CREDENTIALS', 'wrong email or password');
      }
      if (found.agent.active === false) {
        await audit({ ...seen, siteId: found.siteId, agentId: found.agent.id, outcome: 'deactivated' });
        throw new ParleyError('PARLEY_ERR_FORBIDDEN', 'this account is deactivated; ask an admin');
      }
      await Promise.all([deps.throttle.succeeded(email), audit({ ...seen, siteId: found.siteId, agentId: found.agent.id, outcome: 'success' })]);
      return { token: await deps.tokens.signAgent({ agentId: found.agent.id, version: found.sessionVersion }), agent: found.agent };
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
      return { token: await deps.tokens.signAgent({ agentId: agent.id, version: 0 }), agent };
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
