/**
 * Moves queued conversations to agents with free capacity. Correct across several
 * server processes without transactions: an agent's capacity slot is taken by unique
 * insert, the conversation is claimed by another (queued → assigned), and a slot whose
 * claim lost the race is given back.
 */
import type { Conversation } from '../../shared/domain';
import type { AgentRepository } from '../agents/agent.repository';
import type { ConversationRepository } from '../conversations/conversation.repository';
import { rankAgentsForAssignment } from './assignment-policy';

export interface Router {
  /** Assigns queued conversations of a site, oldest first, while agents have capacity. */
  drainQueue(siteId: string): Promise<Conversation[]>;
}

export function createRouter(deps: { conversations: ConversationRepository; agents: AgentRepository }): Router {
  // One drain per site at a time in this process; other processes are kept honest by the atomic updates.
  const running = new Map<string, Promise<Conversation[]>>();

  async function drain(siteId: string): Promise<Conversation[]> {
    const assigned: Conversation[] = [];
    for (;;) {
      const next = await deps.conversations.nextQueued(siteId);
      if (!next) return assigned;
      const candidates = rankAgentsForAssignment(await deps.agents.listAvailable(siteId));
      let outcome: 'assigned' | 'lost' | 'no-agent' = 'no-agent';
      for (const agent of candidates) {
        if (!(await deps.agents.reserveSlot(agent.id, next.id))) continue;
        const claimed = await deps.conversations.claim(next.id, agent);
        if (claimed) {
          assigned.push(claimed);
          outcome = 'assigned';
        } else {
          await deps.agents.releaseSlot(agent.id, next.id);
          outcome = 'lost';
        }
        break;
      }
      if (outcome === 'no-agent') return assigned;
    }
  }

  return {
    drainQueue(siteId) {
      const previous = running.get(siteId) ?? Promise.resolve([]);
      const current = previous.catch(() => []).then(() => drain(siteId));
      running.set(siteId, current);
      void current.finally(() => {
        if (running.get(siteId) === current) running.delete(siteId);
      });
      return current;
    },
  };
}
