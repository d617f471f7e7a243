/**
 * What happens to an account after it exists: sign-out, password change and reset,
 * role changes, deactivation and deletion. Each change that ends sessions bumps the
 * agent's session version (tokens name the version they were issued for) and closes the
 * agent's open inboxes; a deactivated or deleted agent's chats go back to the queue.
 * A site always keeps at least one active admin.
 */
import { randomBytes } from 'node:crypto';
import type { Agent, AgentRole } from '../../shared/domain';
import type { AgentUpdate } from '../../shared/schemas';
import { hashPassword, verifyPassword } from '../auth/passwords';
import type { TokenService } from '../auth/tokens';
import { createKeyedLock } from '../concurrency/keyed-lock';
import { ParleyError } from '../errors';
import type { AgentRepository } from './agent.repository';

export interface SessionControl {
  end(agentId: string): void;
  changed(agent: Agent): void;
}

export function createAccountLifecycle(deps: {
  agents: AgentRepository;
  tokens: TokenService;
  sessions: () => SessionControl;
  /** Puts the agent's conversations back in the queue (and frees their slots). */
  requeueChatsOf(agentId: string, siteId: string): Promise<unknown>;
}) {
  const { agents } = deps;
  // Two admins demoting each other at once must not leave the site without one: the
  // check and the write run under the site's lease, in this process and every other.
  // The local lock queues this process's own changes so that they do not poll for the lease.
  const siteLock = createKeyedLock();
  const exclusively = <T>(siteId: string, work: () => Promise<T>) => siteLock.run(siteId, () => agents.holdAdminChange(siteId, work));

  async function target(siteId: string, agentId: string) {
    const agent = await agents.findById(agentId);
    if (!agent || agent.siteId !== siteId) throw new ParleyError('PARLEY_ERR_NOT_FOUND', 'no such agent on your site');
    return agent;
  }

  async function keepAnAdmin(siteId: string, agent: Agent & { siteId: string }, next: { role?: AgentRole; active?: boolean; removed?: boolean }) {
    const staysAdmin = !next.removed && next.active !== false && (next.role ?? agent.role) === 'admin';
    if (agent.role !== 'admin' || agent.active === false || staysAdmin) return;
    if ((await agents.countActiveAdmins(siteId, agent.id)) === 0) {
      throw new ParleyError('PARLEY_ERR_FORBIDDEN', 'this is the last active admin: make another agent admin first');
    }
  }

  return {
    /** Server-side sign-out: every token this agent holds stops working now. */
    async signOut(agentId: string) {
      await agents.endSessions(agentId);
      deps.sessions().end(agentId);
    },

    /** Returns a fresh token for the tab that made the change; every other session ends. */
    async changePassword(agentId: string, current: string, next: string) {
      const hash = await agents.passwordHash(agentId);
      if (!hash || !(await verifyPassword(current, hash))) throw new ParleyError('PARLEY_ERR_INVALID_CREDENTIALS', 'the current password is wrong');
      const version = await agents.setPassword(agentId, await hashPassword(next));
      if (version === null) throw new ParleyError('PARLEY_ERR_NOT_FOUND', 'no such agent');
      deps.sessions().end(agentId);
      return { token: await deps.tokens.signAgent({ agentId, version }) };
    },

    /** An admin sets a one-time password the agent is given out of band; their sessions end. */
    async resetPassword(siteId: string, agentId: string) {
      await target(siteId, agentId);
      const temporaryPassword = randomBytes(12).toString('base64url');
      await agents.setPassword(agentId, await hashPassword(temporaryPassword));
      deps.sessions().end(agentId);
      return { temporaryPassword };
    },

    async update(siteId: string, agentId: string, change: AgentUpdate) {
      const updated = await exclusively(siteId, async () => {
        await keepAnAdmin(siteId, await target(siteId, agentId), change.role ? { role: change.role } : {});
        return agents.update(agentId, change);
      });
      if (updated) deps.sessions().changed(updated);
      return updated;
    },

    async setActive(siteId: string, agentId: string, active: boolean) {
      const agent = await exclusively(siteId, async () => {
        await keepAnAdmin(siteId, await target(siteId, agentId), { active });
        return agents.setActive(agentId, active);
      });
      if (!active) {
        deps.sessions().end(agentId);
        await deps.requeueChatsOf(agentId, siteId);
      }
      return agent;
    },

    async remove(siteId: string, agentId: string) {
      await exclusively(siteId, async () => {
        await keepAnAdmin(siteId, await target(siteId, agentId), { removed: true });
        await agents.setActive(agentId, false);
      });
      deps.sessions().end(agentId);
      await deps.requeueChatsOf(agentId, siteId);
      await agents.remove(agentId);
    },
  };
}

export type AccountLifecycle = ReturnType<typeof createAccountLifecycle>;
