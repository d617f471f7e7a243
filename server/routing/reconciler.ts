/**
 * The safety net under routing. Assignment is event-driven (a handoff, a close, an agent
 * coming online each drain the queue), and an event can be missed: a drain that read a
 * slightly stale capacity picture, a process that died between taking a slot and
 * releasing it. So on a timer, and once at start-up (after a restart), the reconciler
 * frees slots whose conversation is closed, moved on or gone, puts the chats of
 * deactivated agents back in the queue, and drains every site's queue. Running it in
 * several processes at once is harmless: each step is idempotent.
 */
import type { AgentRepository } from '../agents/agent.repository';
import type { ConversationRepository } from '../conversations/conversation.repository';
import type { Logger } from '../logger';

export interface ReconcilerOptions {
  agents: AgentRepository;
  conversations: Pick<ConversationRepository, 'findById' | 'listAssignedTo'>;
  drainQueue(siteId: string): Promise<unknown>;
  requeueChatsOf(agentId: string, siteId: string): Promise<unknown>;
  logger: Logger;
  /** How often the queue is drained whatever happened. */
  drainEveryMs?: number;
  /** How often every held slot is checked against its conversation (costlier). */
  slotCheckEveryMs?: number;
  /** A slot younger than this may belong to an assignment still in progress. */
  slotGraceMs?: number;
}

export interface ReconcileReport {
  freedSlots: number;
  requeuedFrom: number;
}

export function createRoutingReconciler(options: ReconcilerOptions) {
  const { agents, conversations, logger } = options;
  const slotGraceMs = options.slotGraceMs ?? 30_000;
  const timers: NodeJS.Timeout[] = [];
  let running: Promise<ReconcileReport> | null = null;

  async function freeLeakedSlots(siteId: string, agentIds: string[], now: number): Promise<number> {
    let freed = 0;
    for (const slot of await agents.heldSlots(agentIds)) {
      if (now - slot.takenAt.getTime() < slotGraceMs) continue;
      const conversation = await conversations.findById(slot.conversationId);
      if (conversation && conversation.status === 'assigned' && conversation.assignedAgentId === slot.agentId) continue;
      await agents.cancelReservation(slot);
      freed += 1;
      logger.warn({ siteId, agentId: slot.agentId, conversationId: slot.conversationId }, 'freed a capacity slot held by a conversation that moved on');
    }
    return freed;
  }

  async function reconcile(withSlots: boolean): Promise<ReconcileReport> {
    const report: ReconcileReport = { freedSlots: 0, requeuedFrom: 0 };
    const now = Date.now();
    for (const siteId of await agents.siteIds()) {
      const team = await agents.listBySite(siteId);
      if (withSlots) report.freedSlots += await freeLeakedSlots(siteId, team.map((agent) => agent.id), now);
      for (const agent of team.filter((member) => member.active === false)) {
        if ((await conversations.listAssignedTo(agent.id)).length === 0) continue;
        await options.requeueChatsOf(agent.id, siteId);
        report.requeuedFrom += 1;
      }
      await options.drainQueue(siteId);
    }
    return report;
  }

  /** One pass; a pass already running is joined rather than doubled. */
  function run(withSlots = true): Promise<ReconcileReport> {
    running ??= reconcile(withSlots).finally(() => (running = null));
    return running;
  }

  const safely = (withSlots: boolean) => () =>
    void run(withSlots).catch((error: unknown) => logger.error({ err: error }, 'routing reconciliation failed'));

  return {
    run,
    /** Reconciles now (a restart may have left slots and queues behind), then on timers. */
    start() {
      safely(true)();
      timers.push(setInterval(safely(false), options.drainEveryMs ?? 5_000), setInterval(safely(true), options.slotCheckEveryMs ?? 60_000));
      timers.forEach((timer) => timer.unref());
    },
    /** Stops the timers and waits for a pass in progress, so nothing touches a closing database. */
    async close() {
      timers.splice(0).forEach((timer) => clearInterval(timer));
      await running?.catch(() => undefined);
    },
  };
}

export type RoutingReconciler = ReturnType<typeof createRoutingReconciler>;
