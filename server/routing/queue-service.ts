/**
 * The human side of routing: putting conversations in the queue, handing them to
 * agents, transfers, agents taking from the queue, reassigning the chats of an agent
 * who dropped, and telling waiting visitors where they stand.
 */
import type { Conversation, HandoffContext } from '../../shared/domain';
import type { AgentRepository } from '../agents/agent.repository';
import type { SlotReservation } from '../agents/agent-slots';
import type { ConversationRepository } from '../conversations/conversation.repository';
import { agentLostText, assignedText, queuedText, transferredText } from '../conversations/system-messages';
import type { ConversationNotifier, TranscriptWriter } from '../conversations/transcript-writer';
import { ParleyError } from '../errors';
import type { Logger } from '../logger';
import type { SiteRepository } from '../sites/site.repository';
import { estimateWaitSeconds, orderQueue } from './queue-estimate';
import type { Router } from './router';

export interface QueueServiceDeps {
  conversations: ConversationRepository;
  agents: AgentRepository;
  sites: SiteRepository;
  router: Router;
  transcript: TranscriptWriter;
  notifier: ConversationNotifier;
  logger: Logger;
}

export type QueueService = ReturnType<typeof createQueueService>;

const WAIT_CACHE_MS = 10_000;

export function createQueueService(deps: QueueServiceDeps) {
  const { conversations, transcript, notifier } = deps;
  const retryTimers = new Map<string, NodeJS.Timeout>();

  async function announceAssignment(conversation: Conversation) {
    notifier.conversationUpdated(conversation);
    await transcript.system(conversation, assignedText(conversation.locale, conversation.assignedAgentName ?? ''));
  }

  // Recent waits change slowly; reading them once per WAIT_CACHE_MS keeps the estimate
  // off the hot path of every handoff.
  const waitCache = new Map<string, { at: number; waits: Promise<number[]> }>();
  const recentWaits = (siteId: string) => {
    const cached = waitCache.get(siteId);
    if (cached && Date.now() - cached.at < WAIT_CACHE_MS) return cached.waits;
    const waits = conversations.recentWaitSeconds(siteId).catch(() => []);
    waitCache.set(siteId, { at: Date.now(), waits });
    return waits;
  };

  /** Tells every waiting visitor of the site their place and expected wait. */
  async function broadcastQueuePositions(siteId: string) {
    const [queued, waits] = await Promise.all([conversations.listQueued(siteId), recentWaits(siteId)]);
    const ordered = orderQueue(queued.map((conversation) => ({ id: conversation.id, priority: conversation.priority, queuedAt: new Date(conversation.queuedAt ?? conversation.createdAt), conversation })));
    ordered.forEach(({ conversation }, index) =>
      notifier.queuePosition(conversation, {
        conversationId: conversation.id,
        position: index + 1,
        estimatedWaitSeconds: estimateWaitSeconds(index + 1, waits),
      }),
    );
  }

  // Many handoffs at once must not queue up as many drains: while one runs, further
  // requests for the site fold into a single follow-up drain.
  const draining = new Map<string, { running: Promise<Conversation[]>; again: Promise<Conversation[]> | null }>();
  function drainQueue(siteId: string): Promise<Conversation[]> {
    const current = draining.get(siteId);
    if (!current) {
      const running = drainOnce(siteId).finally(() => {
        const state = draining.get(siteId);
        if (state?.running === running && !state.again) draining.delete(siteId);
      });
      draining.set(siteId, { running, again: null });
      return running;
    }
    current.again ??= current.running
      .catch(() => [])
      .then(() => {
        draining.delete(siteId);
        return drainQueue(siteId);
      });
    return current.again;
  }

  async function drainOnce(siteId: string) {
    const { assigned, retryInMs } = await deps.router.drainQueue(siteId);
    // Every agent hears of their new chat at once; the transcript notices follow.
    for (const conversation of assigned) notifier.conversationUpdated(conversation);
    for (const conversation of assigned) await transcript.system(conversation, assignedText(conversation.locale, conversation.assignedAgentName ?? ''));
    await broadcastQueuePositions(siteId);
    if (retryInMs !== null && !retryTimers.has(siteId)) {
      // A team-only conversation may go to anyone once its team has had its chance.
      const timer = setTimeout(() => {
        retryTimers.delete(siteId);
        drainQueue(siteId).catch((error) => deps.logger.error({ err: error }, 'queue retry failed'));
      }, retryInMs);
      timer.unref();
      retryTimers.set(siteId, timer);
    }
    return assigned;
  }

  /**
   * A slot held for an attempt that lost is free again; a drain that ran meanwhile saw it
   * taken and left someone waiting, so the queue gets another look.
   */
  async function giveBack(reservation: SlotReservation, siteId: string) {
    await deps.agents.cancelReservation(reservation);
    void drainQueue(siteId).catch((error: unknown) => deps.logger.error({ err: error }, 'drain after a given-back slot failed'));
  }

  return {
    drainQueue,
    broadcastQueuePositions,

    /** Puts a bot conversation in the queue (or keeps it as an offline message) and tries to assign it. */
    async handoff(conversation: Conversation, context: HandoffContext, options: { status?: 'queued' | 'offline'; team?: string | null } = {}) {
      const status = options.status ?? 'queued';
      const preferredAgentId = await conversations.lastAgentOf(conversation.visitorId);
      const queued = await conversations.enqueue(conversation.id, context, status, { team: options.team ?? null, preferredAgentId });
      if (!queued) return (await conversations.findById(conversation.id)) ?? conversation;
      deps.logger.info({ conversationId: queued.id, reason: context.reason, status }, 'conversation handed to humans');
      notifier.conversationUpdated(queued);
      if (status === 'offline') return queued;
      // The notice is numbered now, before any "assigned" notice, but the drain need not
      // wait for its write: a visitor with an agent free hears of them a round trip sooner.
      const noticed = transcript.system(queued, queuedText(queued.locale)).catch((error: unknown) => {
        deps.logger.error({ err: error, conversationId: queued.id }, 'could not write the queued notice');
      });
      try {
        await drainQueue(queued.siteId);
      } finally {
        await noticed;
      }
      return (await conversations.findById(queued.id)) ?? queued;
    },

    /** An agent takes a queued (or bot, or offline) conversation by hand; their capacity still applies. */
    async take(agent: { agentId: string; name: string }, conversation: Conversation, context: HandoffContext) {
      if (conversation.status === 'assigned' && conversation.assignedAgentId === agent.agentId) return conversation;
      if (conversation.status === 'bot' || conversation.status === 'offline') await conversations.enqueue(conversation.id, context);
      else if (conversation.status !== 'queued') throw new ParleyError('PARLEY_ERR_ALREADY_ASSIGNED', 'someone else already has this conversation');
      const reservation = await deps.agents.reserveSlot(agent.agentId, conversation.id);
      if (!reservation) throw new ParleyError('PARLEY_ERR_AGENT_AT_CAPACITY', 'you are at your capacity: close a conversation first');
      const claimed = await conversations.claim(conversation.id, { id: agent.agentId, name: agent.name });
      if (!claimed) {
        await giveBack(reservation, conversation.siteId);
        throw new ParleyError('PARLEY_ERR_ALREADY_ASSIGNED', 'someone else already has this conversation');
      }
      await announceAssignment(claimed);
      await broadcastQueuePositions(claimed.siteId);
      return claimed;
    },

    /** Hands an assigned conversation to another agent (capacity applies) or back to a team's queue, with an internal note. */
    async transfer(from: { agentId: string; name: string }, conversation: Conversation, target: { toAgentId?: string; toTeam?: string; note: string }) {
      if (conversation.status !== 'assigned' || conversation.assignedAgentId !== from.agentId) {
        throw new ParleyError('PARLEY_ERR_FORBIDDEN', 'only the assigned agent can transfer this conversation');
      }
      const note = target.note || (conversation.locale === 'ko' ? '메모 없음' : 'no note');
      // The note goes in before the move, so the receiving agent reads it first — but only
      // once the move can happen: a refused transfer leaves no stray note behind.
      const postNote = () =>
        transcript.post(conversation, {
          clientId: `transfer-${conversation.id}-${Date.now()}`,
          author: { kind: 'agent', id: from.agentId, name: from.name },
          text: `↪ ${target.toTeam ? `team ${target.toTeam}` : 'transfer'}: ${note}`,
          internal: true,
        });
      if (target.toAgentId) {
        const to = await deps.agents.findById(target.toAgentId);
        if (!to || to.siteId !== conversation.siteId) throw new ParleyError('PARLEY_ERR_NOT_FOUND', 'no such agent on your site');
        const reservation = await deps.agents.reserveSlot(to.id, conversation.id);
        if (!reservation) throw new ParleyError('PARLEY_ERR_AGENT_AT_CAPACITY', `${to.name} is at capacity`);
        await postNote();
        const moved = await conversations.transfer(conversation.id, from.agentId, { id: to.id, name: to.name }, note);
        if (!moved) {
          await giveBack(reservation, conversation.siteId);
          throw new ParleyError('PARLEY_ERR_ALREADY_ASSIGNED', 'the conversation changed hands meanwhile');
        }
        await deps.agents.releaseSlot(from.agentId, conversation.id);
        await transcript.system(moved, transferredText(moved.locale));
        await announceAssignment(moved);
        return moved;
      }
      await postNote();
      const requeued = await conversations.requeue(conversation.id, { event: 'transferred', reason: note, priority: 1, team: target.toTeam ?? null });
      if (!requeued) throw new ParleyError('PARLEY_ERR_ALREADY_ASSIGNED', 'the conversation changed hands meanwhile');
      await deps.agents.releaseSlot(from.agentId, conversation.id);
      notifier.conversationUpdated(requeued);
      await transcript.system(requeued, transferredText(requeued.locale));
      await drainQueue(requeued.siteId);
      return (await conversations.findById(requeued.id)) ?? requeued;
    },

    /** The agent has been gone past the grace period: their chats go back to the front of the queue. */
    async reassignFrom(agentId: string, siteId: string) {
      const held = await conversations.listAssignedTo(agentId);
      for (const conversation of held) {
        const requeued = await conversations.requeue(conversation.id, { event: 'reassigned', reason: 'agent disconnected', priority: 1 });
        await deps.agents.releaseSlot(agentId, conversation.id);
        if (!requeued) continue;
        notifier.conversationUpdated(requeued);
        await transcript.system(requeued, agentLostText(requeued.locale));
      }
      deps.logger.info({ agentId, reassigned: held.length }, 'agent gone past the grace period');
      await drainQueue(siteId);
      return held.length;
    },

    close() {
      retryTimers.forEach((timer) => clearTimeout(timer));
      retryTimers.clear();
    },
  };
}
