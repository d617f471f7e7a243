/**
 * Sign-ins in the audit log, written from the login route beside the sign-in audit
 * (auth/sign-in-audit.ts). A success is filed under the agent's site; a failure under the
 * site of the account the email names, or the install's first site when it names nobody
 * (someone is guessing: the admins who own the install should see it).
 */
import type { Agent } from '../../shared/domain';
import { ParleyError } from '../errors';
import type { AgentRepository } from '../agents/agent.repository';
import type { AuditLog, RequestOrigin } from './audit-log';

export interface SignInTrail {
  succeeded(agent: Agent, origin: RequestOrigin): Promise<void>;
  failed(email: string, error: unknown, origin: RequestOrigin): Promise<void>;
}

export function createSignInTrail(deps: { audit: AuditLog; agents: AgentRepository; defaultSiteId: () => string; onError: (error: unknown) => void }): SignInTrail {
  // A brute force is throttled: one entry per email and address a minute is enough to see it.
  const throttledAt = new Map<string, number>();
  const write = (entry: Parameters<AuditLog['record']>[0]) => deps.audit.record(entry).then(
    () => {},
    (error: unknown) => deps.onError(error),
  );
  return {
    async succeeded(agent, origin) {
      const found = await deps.agents.findById(agent.id);
      await write({ siteId: found?.siteId ?? deps.defaultSiteId(), action: 'sign-in', actor: { id: agent.id, name: agent.name, email: agent.email }, target: `agent:${agent.id}`, ...origin });
    },
    async failed(email, error, origin) {
      const reason = error instanceof ParleyError ? error.code : 'PARLEY_ERR_INTERNAL';
      if (reason === 'PARLEY_ERR_RATE_LIMITED') {
        const key = `${email.toLowerCase()}|${origin.ip ?? ''}`;
        if ((throttledAt.get(key) ?? 0) > Date.now() - 60_000) return;
        if (throttledAt.size > 10_000) throttledAt.clear();
        throttledAt.set(key, Date.now());
      }
      const account = await deps.agents.findCredentials(email).catch(() => null);
      await write({
        siteId: account?.siteId ?? deps.defaultSiteId(),
        action: 'sign-in-failed',
        actor: { id: account?.agent.id ?? null, name: account?.agent.name ?? null, email },
        target: account ? `agent:${account.agent.id}` : null,
        detail: reason,
        ...origin,
      });
    },
  };
}
