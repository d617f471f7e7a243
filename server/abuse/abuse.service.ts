/**
 * Agent protection on the server: every stored visitor message is checked against the
 * shared lists plus the site's own, abusive ones are tallied per conversation and per agent
 * and day, and supervisors are told of threats and repeated abuse. Agents block abusive
 * visitors for a while; a blocked visitor's widget cannot connect, so nothing they send is stored.
 */
import { detectAbuse, type AbuseBoard, type AbuseEscalation, type AbuseFlag, type EscalationReason } from '../../shared/abuse';
import type { AgentRole, Conversation, Message } from '../../shared/domain';
import type { AbuseSettings } from '../../shared/settings';
import { ParleyError } from '../errors';
import type { AbuseRepository } from './abuse.repository';
import { semanticVerdict, type SemanticAbuseModel } from './semantic/semantic-abuse';

/** The room of a site's supervisors and admins: the only agents who hear escalations. */
export const supervisorsRoom = (siteId: string) => `site-supervisors:${siteId}`;

export const hearsEscalations = (role: AgentRole) => role !== 'agent';

// Every visitor message reads the settings; a change reaches other processes within this long.
const SETTINGS_TTL_MS = 10_000;

export interface AbuseServiceDeps {
  repository: AbuseRepository;
  conversations: { findById(id: string): Promise<Conversation | null> };
  /** The site's timezone, in which "today" is counted. */
  timezone(siteId: string): Promise<string>;
  /** Sends an escalation to the site's supervisors (every process). */
  escalate(escalation: AbuseEscalation): void;
  /** Ends every connection of the visitor (every process), so the block takes effect at once. */
  disconnectVisitor(visitorId: string): void;
  now: () => Date;
  /** The abuse model; without one (or without a loaded sentence model) only the lists judge. */
  semantic?: SemanticAbuseModel;
  /** Tells the agents who may see the conversation that the model flagged a message (every process). */
  flagged?(conversation: Conversation, flag: AbuseFlag): void;
  /** Reports a failure of the model path, which must never fail the message. */
  onModelError?(error: unknown): void;
}

export type AbuseService = ReturnType<typeof createAbuseService>;

export function createAbuseService(deps: AbuseServiceDeps) {
  const { repository } = deps;
  const cached = new Map<string, { settings: AbuseSettings; readAt: number }>();

  async function settings(siteId: string): Promise<AbuseSettings> {
    const hit = cached.get(siteId);
    if (hit && Date.now() - hit.readAt < SETTINGS_TTL_MS) return hit.settings;
    const fresh = await repository.settings(siteId);
    cached.set(siteId, { settings: fresh, readAt: Date.now() });
    return fresh;
  }

  async function today(siteId: string) {
    return siteDay(deps.now(), await deps.timezone(siteId));
  }

  async function escalate(conversation: Conversation, reason: EscalationReason, abusiveMessages: number) {
    if (!(await repository.claimEscalation(conversation.id, reason))) return;
    const escalation: AbuseEscalation = {
      conversationId: conversation.id,
      siteId: conversation.siteId,
      visitorId: conversation.visitorId,
      visitorName: conversation.visitorName,
      agentId: conversation.assignedAgentId,
      reason,
      abusiveMessages,
      at: deps.now().toISOString(),
    };
    await repository.recordEscalation(escalation, await today(conversation.siteId));
    deps.escalate(escalation);
  }

  /** One more abusive message in the conversation: tallied, and supervisors told when it calls for them. */
  async function counted(conversation: Conversation, threat: boolean, site: AbuseSettings) {
    const count = await repository.countAbusive(conversation.siteId, conversation.id);
    if (conversation.assignedAgentId) await repository.noteAgentMetAbuse(conversation.siteId, conversation.assignedAgentId, conversation.id, await today(conversation.siteId));
    if (threat) await escalate(conversation, 'threat', count);
    if (count >= site.escalateAfter) await escalate(conversation, 'repeated', count);
  }

  /** The model's verdict, or null when it has none (no model loaded, or it failed: the lists stand). */
  async function modelVerdict(text: string, site: AbuseSettings) {
    try {
      const score = await deps.semantic!.score(text);
      return score && semanticVerdict(score, site.sensitivity);
    } catch (error) {
      deps.onModelError?.(error);
      return null;
    }
  }

  return {
    settings,
    async updateSettings(siteId: string, change: Partial<AbuseSettings>) {
      await repository.updateSettings(siteId, change);
      cached.delete(siteId);
      return settings(siteId);
    },

    /**
     * After a visitor's message is stored and acknowledged: count it if abusive, and tell
     * supervisors when it calls for them. The lists judge first; what they let through
     * goes to the model, whose verdict reaches the inbox as an `abuse:flagged` update.
     */
    async visitorMessageStored(conversation: Conversation, message: Message) {
      if (message.author.kind !== 'visitor' || !message.text) return;
      const site = await settings(conversation.siteId);
      const check = detectAbuse(message.text, site);
      if (check.abusive) return counted(conversation, check.threat, site);
      if (!site.model || !deps.semantic) return;
      const verdict = await modelVerdict(message.text, site);
      if (!verdict?.flagged) return;
      const flag: AbuseFlag = { conversationId: conversation.id, messageId: message.id, seq: message.seq, threat: verdict.threat };
      await repository.recordFlag(conversation.siteId, flag, deps.now());
      deps.flagged?.(conversation, flag);
      await counted(conversation, verdict.threat, site);
    },

    /** The model's flags in a conversation of the agent's site, for the inbox to blur on opening it. */
    async flags(agent: { siteId: string }, conversationId: string) {
      const conversation = await deps.conversations.findById(conversationId);
      if (!conversation || conversation.siteId !== agent.siteId) throw new ParleyError('PARLEY_ERR_CONVERSATION_NOT_FOUND', 'no such conversation on your site');
      return repository.flagsIn(conversationId);
    },

    /** Refuses a blocked visitor (checked when their widget connects). */
    async assertNotBlocked(visitorId: string) {
      const block = await repository.activeBlock(visitorId, deps.now());
      if (block) throw new ParleyError('PARLEY_ERR_VISITOR_BLOCKED', `this visitor is blocked until ${block.until}`);
    },

    /**
     * Blocks the visitor of an abusive conversation. Its agent may (the one it is or was
     * with, once Parley saw abuse in it); supervisors and admins may block any of the site's.
     */
    async block(agent: { id: string; name: string; siteId: string; role: AgentRole }, conversationId: string, hours: number) {
      const conversation = await deps.conversations.findById(conversationId);
      if (!conversation || conversation.siteId !== agent.siteId) throw new ParleyError('PARLEY_ERR_CONVERSATION_NOT_FOUND', 'no such conversation on your site');
      if (agent.role === 'agent') {
        if (conversation.assignedAgentId !== agent.id) throw new ParleyError('PARLEY_ERR_FORBIDDEN', 'only the conversation’s agent or a supervisor can block its visitor');
        if ((await repository.abusiveCount(conversation.id)) === 0) throw new ParleyError('PARLEY_ERR_FORBIDDEN', 'Parley found no abuse in this conversation; ask a supervisor');
      }
      const now = deps.now();
      const block = await repository.block({
        siteId: agent.siteId,
        visitorId: conversation.visitorId,
        visitorName: conversation.visitorName,
        conversationId: conversation.id,
        blockedBy: { id: agent.id, name: agent.name },
        until: new Date(now.getTime() + hours * 3_600_000),
        createdAt: now,
      });
      deps.disconnectVisitor(conversation.visitorId);
      return block;
    },

    activeBlocks: (siteId: string) => repository.activeBlocks(siteId, deps.now()),

    async lift(agent: { id: string; siteId: string }, blockId: string) {
      const lifted = await repository.lift(agent.siteId, blockId, agent.id, deps.now());
      if (!lifted) throw new ParleyError('PARLEY_ERR_NOT_FOUND', 'no block in force by that id on your site');
      return lifted;
    },

    async board(siteId: string): Promise<AbuseBoard> {
      const [day, site] = await Promise.all([today(siteId), settings(siteId)]);
      const [counts, escalations] = await Promise.all([repository.agentCountsOn(siteId, day), repository.escalationsOn(siteId, day)]);
      const agents = [...counts]
        .map(([agentId, conversations]) => ({ agentId, conversations, suggestBreak: conversations >= site.breakAfter }))
        .sort((a, b) => b.conversations - a.conversations);
      return { day, agents, escalations, breakAfter: site.breakAfter };
    },
  };
}

/** The calendar day in a timezone, YYYY-MM-DD (en-CA writes dates that way). */
export function siteDay(at: Date, timeZone: string): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
  } catch {
    return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
  }
}
