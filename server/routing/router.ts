/**
 * Moves queued conversations to agents with free capacity, in queue order (priority,
 * then first come). Correct across several server processes without transactions: an
 * agent's capacity slot is taken by unique insert, the conversation is claimed by
 * another (queued → assigned), and a slot whose claim lost the race is given back.
 */
import type { Conversation } from '../../shared/domain';
import type { RoutingSettings } from '../../shared/settings';
import type { AgentLoad, AgentRepository } from '../agents/agent.repository';
import type { ConversationRepository, RoutableConversation } from '../conversations/conversation.repository';
import type { SiteRepository } from '../sites/site.repository';
import { rankAgentsForAssignment } from './assignment-policy';
import { orderQueue } from './queue-estimate';

type Queued = Omit<RoutableConversation, 'queuedAt'> & { queuedAt: Date };

export interface DrainResult {
  assigned: Conversation[];
  /** When a team-only conversation falls back to everyone, drain again after this many ms. */
  retryInMs: number | null;
}

export interface Router {
  drainQueue(siteId: string): Promise<DrainResult>;
}

export function createRouter(deps: { conversations: ConversationRepository; agents: AgentRepository; sites: SiteRepository; now: () => Date }): Router {
  // One drain per site at a time in this process; other processes are kept honest by the claims.
  const running = new Map<string, Promise<DrainResult>>();

  async function drain(siteId: string): Promise<DrainResult> {
    const settings = await deps.sites.routingSettings(siteId);
    const result: DrainResult = { assigned: [], retryInMs: null };
    if (settings.algorithm === 'manual') return result;
    const [queued, available] = await Promise.all([deps.conversations.listQueued(siteId), deps.agents.listAvailable(siteId)]);
    let queue: Queued[] = orderQueue(queued.map((c) => ({ ...c, queuedAt: new Date(c.queuedAt ?? c.createdAt) })));
    let agents = available;
    for (let pass = 0; queue.length > 0; pass++) {
      const { waiting, gaveBack } = await assignFrom(queue, agents, settings, result);
      queue = waiting;
      if (queue.length === 0 || pass >= 3) break;
      // The usage this pass ranked by may be seconds old: another process's releases are
      // not in it, so "everyone is full" may be wrong, and then nobody else would wake the
      // queue (the release's own drain may have read the queue before these arrived).
      // A slot given back after a lost claim is free again, and other drains may have passed
      // it over meanwhile. In either case look again, at the slots as they are now.
      if (!gaveBack && pass > 0) break;
      agents = await deps.agents.listAvailable(siteId, { fresh: true });
      if (!agents.some((agent) => agent.freeSlots > 0)) break;
    }
    return result;
  }

  /** One pass down the queue; returns who still waits and whether a reservation was given back. */
  async function assignFrom(queue: Queued[], agents: AgentLoad[], settings: RoutingSettings, result: DrainResult) {
    const now = deps.now().getTime();
    const waiting: Queued[] = [];
    let gaveBack = false;
    for (const [index, conversation] of queue.entries()) {
      if (!agents.some((agent) => agent.freeSlots > 0)) {
        waiting.push(...queue.slice(index));
        break;
      }
      const teamWaitLeft = conversation.team ? conversation.queuedAt.getTime() + settings.teamFallbackSeconds * 1000 - now : 0;
      const ranked = rankAgentsForAssignment(agents, {
        algorithm: settings.algorithm,
        team: teamWaitLeft > 0 ? conversation.team : null,
        preferredAgentId: settings.preferLastAgent ? conversation.preferredAgentId : null,
      });
      let assigned = false;
      let claimedElsewhere = false;
      for (const agent of ranked) {
        const reservation = await deps.agents.reserveSlot(agent.id, conversation.id, { capacity: agent.capacity, used: agent.capacity - agent.freeSlots });
        if (!reservation) {
          agent.freeSlots = 0;
          continue;
        }
        const claimed = await deps.conversations.claim(conversation.id, agent);
        if (!claimed) {
          await deps.agents.cancelReservation(reservation);
          gaveBack = true;
          claimedElsewhere = true;
          break;
        }
        agent.freeSlots -= 1;
        agent.lastAssignedAt = new Date(now);
        result.assigned.push(claimed);
        assigned = true;
        break;
      }
      if (!assigned && !claimedElsewhere) waiting.push(conversation);
      if (!assigned && teamWaitLeft > 0) result.retryInMs = Math.min(result.retryInMs ?? Infinity, teamWaitLeft + 50);
    }
    return { waiting, gaveBack };
  }

  return {
    drainQueue(siteId) {
      const previous = running.get(siteId) ?? Promise.resolve<DrainResult>({ assigned: [], retryInMs: null });
      const current = previous.catch(() => null).then(() => drain(siteId));
      running.set(siteId, current);
      void current
        .finally(() => {
          if (running.get(siteId) === current) running.delete(siteId);
        })
        .catch(() => {});
      return current;
    },
  };
}
