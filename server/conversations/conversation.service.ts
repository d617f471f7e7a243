/**
 * The life of a conversation: visitor messages, bot answers, handoff, assignment,
 * agent replies and closing. Storage goes through the repositories; everything the
 * clients must hear goes through the notifier, after the write it announces.
 */
import { randomUUID } from 'node:crypto';
import { BOT_NAME, type Conversation, type HandoffReason, type Locale, type Message, type Visitor } from '../../shared/domain';
import type { AgentRepository } from '../agents/agent.repository';
import { botTexts, decideBotTurn, type BotMemory } from '../bot/bot-policy';
import { isWithinBusinessHours } from '../bot/business-hours';
import type { IntentClassifier } from '../bot/intent-classifier';
import type { IntentRepository } from '../bot/intent.repository';
import { TALK_TO_HUMAN } from '../bot/seed-intents';
import type { SiteRepository } from '../sites/site.repository';
import { ParleyError } from '../errors';
import type { Logger } from '../logger';
import type { Router } from '../routing/router';
import type { ConversationRepository } from './conversation.repository';
import type { MessageStore, NewMessage } from './message-store';
import { assignedText, closedText, queuedText } from './system-messages';

/** Implemented at the edge (Socket.IO rooms); the service only says what happened. */
export interface ConversationNotifier {
  messageCreated(conversation: Conversation, message: Message): void;
  conversationUpdated(conversation: Conversation): void;
}

export interface AgentIdentity {
  agentId: string;
  siteId: string;
  name: string;
}

export interface ConversationServiceDeps {
  conversations: ConversationRepository;
  messages: MessageStore;
  agents: AgentRepository;
  intents: IntentRepository;
  sites: SiteRepository;
  classifier: IntentClassifier;
  /** The clock, so business-hours behaviour can be tested at any hour. */
  now?: () => Date;
  router: Router;
  notifier: ConversationNotifier;
  logger: Logger;
}

export type ConversationService = ReturnType<typeof createConversationService>;

export function createConversationService(deps: ConversationServiceDeps) {
  const { conversations, messages, notifier, logger } = deps;

  async function post(conversation: Conversation, input: Omit<NewMessage, 'conversationId'>) {
    const { message, created } = await messages.append({ ...input, conversationId: conversation.id });
    if (created) notifier.messageCreated({ ...conversation, lastSeq: Math.max(conversation.lastSeq, message.seq) }, message);
    return message;
  }

  const postSystem = (conversation: Conversation, text: string) =>
    post(conversation, { clientId: `sys-${randomUUID()}`, author: { kind: 'system', id: null, name: null }, text });


  async function announceAssignments(assigned: Conversation[]) {
    for (const conversation of assigned) {
      notifier.conversationUpdated(conversation);
      await postSystem(conversation, assignedText(conversation.locale, conversation.assignedAgentName ?? ''));
    }
  }

  async function drainQueue(siteId: string) {
    await announceAssignments(await deps.router.drainQueue(siteId));
  }

  const now = deps.now ?? (() => new Date());

  /**
   * Hands the conversation to humans with the bot's context: queued for an agent, or
   * kept as an offline message outside business hours.
   */
  async function handoff(conversation: Conversation, reason: HandoffReason, memory: BotMemory, status: 'queued' | 'offline' = 'queued') {
    const context = { reason, intents: memory.detected, botAnswers: memory.answers, at: now().toISOString() };
    const queued = await conversations.enqueue(conversation.id, context, status);
    if (!queued) return (await conversations.findById(conversation.id)) ?? conversation;
    logger.info({ conversationId: queued.id, reason, status }, 'bot handed the conversation to humans');
    notifier.conversationUpdated(queued);
    if (status === 'offline') return queued;
    await postSystem(queued, queuedText(queued.locale));
    await drainQueue(queued.siteId);
    return (await conversations.findById(queued.id)) ?? queued;
  }

  const withinBusinessHours = async (siteId: string) => isWithinBusinessHours(await deps.sites.businessHours(siteId), now());

  const postBot = (conversation: Conversation, text: string, quickReplies?: Message['quickReplies']) =>
    post(conversation, { clientId: `bot-${randomUUID()}`, author: { kind: 'bot', id: null, name: BOT_NAME }, text, ...(quickReplies ? { quickReplies } : {}) });

  async function runBot(conversation: Conversation, text: string) {
    const [intents, memory, open] = await Promise.all([
      deps.intents.listForSite(conversation.siteId),
      conversations.botMemory(conversation.id),
      withinBusinessHours(conversation.siteId),
    ]);
    const classification = await deps.classifier.classify(text, intents);
    const decision = decideBotTurn({
      text,
      classification,
      intents,
      locale: conversation.locale,
      memory,
      withinBusinessHours: open,
      talkToHumanIntent: TALK_TO_HUMAN,
    });
    await conversations.saveBotMemory(conversation.id, decision.memory);
    switch (decision.kind) {
      case 'handoff':
        await handoff(conversation, decision.reason, decision.memory);
        return;
      case 'take-message':
        await postBot(conversation, decision.text);
        await handoff(conversation, decision.reason, decision.memory, 'offline');
        return;
      default:
        await postBot(conversation, decision.text, decision.quickReplies);
    }
  }

  async function agentConversation(agent: AgentIdentity, conversationId: string) {
    const conversation = await conversations.findById(conversationId);
    if (!conversation || conversation.siteId !== agent.siteId) {
      throw new ParleyError('PARLEY_ERR_CONVERSATION_NOT_FOUND', 'no such conversation on your site');
    }
    return conversation;
  }

  return {
    /** Stores a visitor's message, opening a conversation with the bot when none is open. */
    async visitorSend(visitor: Visitor, input: { clientId: string; text: string }, locale: Locale) {
      const conversation = await conversations.findOrCreateOpen({ siteId: visitor.siteId, visitorId: visitor.id, visitorName: visitor.name, locale });
      const { message, created } = await messages.append({
        conversationId: conversation.id,
        clientId: input.clientId,
        author: { kind: 'visitor', id: visitor.id, name: visitor.name },
        text: input.text,
      });
      return { conversation, message, created };
    },

    /** After the visitor's ack: tell everyone, then let the bot answer if the bot still has the conversation. */
    async afterVisitorMessage(conversation: Conversation, message: Message) {
      notifier.messageCreated(conversation, message);
      if (conversation.lastSeq === 0) notifier.conversationUpdated(conversation);
      if (conversation.status === 'bot') await runBot(conversation, message.text);
    },

    async visitorHandoff(visitor: Visitor, locale: Locale): Promise<Conversation> {
      const conversation = await conversations.findOrCreateOpen({ siteId: visitor.siteId, visitorId: visitor.id, visitorName: visitor.name, locale });
      if (conversation.status !== 'bot') return conversation;
      const memory = await conversations.botMemory(conversation.id);
      if (await withinBusinessHours(conversation.siteId)) return handoff(conversation, 'visitor_request', memory);
      await postBot(conversation, botTexts[conversation.locale].takeMessage);
      return handoff(conversation, 'visitor_request', memory, 'offline');
    },

    /** "This solved it": the bot's answer was enough, which is what the containment rate counts. */
    async visitorSolved(visitor: Visitor): Promise<Conversation | null> {
      const conversation = await conversations.findOpenForVisitor(visitor.id);
      if (!conversation || conversation.status !== 'bot') return conversation;
      const closed = await conversations.close(conversation.id, null, 'bot');
      if (!closed) return conversation;
      notifier.conversationUpdated(closed);
      await postSystem(closed, closedText(closed.locale));
      return closed;
    },

    async visitorSync(visitor: Visitor, afterSeq: number) {
      const conversation = await conversations.findOpenForVisitor(visitor.id);
      return { conversation, messages: conversation ? await messages.listAfter(conversation.id, afterSeq) : [] };
    },

    listForAgent: (agent: AgentIdentity) => conversations.listForAgent(agent.siteId, agent.agentId),

    async agentOpen(agent: AgentIdentity, conversationId: string, afterSeq: number) {
      const conversation = await agentConversation(agent, conversationId);
      return { conversation, messages: await messages.listAfter(conversation.id, afterSeq) };
    },

    async agentSync(agent: AgentIdentity, conversationId: string, afterSeq: number) {
      const conversation = await agentConversation(agent, conversationId);
      return messages.listAfter(conversation.id, afterSeq);
    },

    async agentSend(agent: AgentIdentity, input: { conversationId: string; clientId: string; text: string }) {
      const conversation = await agentConversation(agent, input.conversationId);
      if (conversation.status === 'closed') throw new ParleyError('PARLEY_ERR_CONVERSATION_CLOSED', 'the conversation is closed');
      if (conversation.assignedAgentId !== agent.agentId) {
        throw new ParleyError('PARLEY_ERR_FORBIDDEN', 'take the conversation before replying');
      }
      const { message, created } = await messages.append({
        conversationId: conversation.id,
        clientId: input.clientId,
        author: { kind: 'agent', id: agent.agentId, name: agent.name },
        text: input.text,
      });
      return { conversation, message, created };
    },

    afterAgentMessage(conversation: Conversation, message: Message) {
      notifier.messageCreated(conversation, message);
    },

    /** An agent takes a queued conversation by hand; capacity still applies. */
    async agentTake(agent: AgentIdentity, conversationId: string) {
      const conversation = await agentConversation(agent, conversationId);
      if (conversation.status === 'assigned' && conversation.assignedAgentId === agent.agentId) return conversation;
      if (conversation.status === 'bot' || conversation.status === 'offline') {
        const memory = await conversations.botMemory(conversation.id);
        await conversations.enqueue(conversation.id, { reason: 'visitor_request', intents: memory.detected, botAnswers: memory.answers, at: now().toISOString() });
      } else if (conversation.status !== 'queued') throw new ParleyError('PARLEY_ERR_ALREADY_ASSIGNED', 'someone else already has this conversation');
      if (!(await deps.agents.reserveSlot(agent.agentId, conversation.id))) {
        throw new ParleyError('PARLEY_ERR_AGENT_AT_CAPACITY', 'you are at your capacity: close a conversation first');
      }
      const claimed = await conversations.claim(conversation.id, { id: agent.agentId, name: agent.name });
      if (!claimed) {
        await deps.agents.releaseSlot(agent.agentId, conversation.id);
        throw new ParleyError('PARLEY_ERR_ALREADY_ASSIGNED', 'someone else already has this conversation');
      }
      await announceAssignments([claimed]);
      return claimed;
    },

    async agentClose(agent: AgentIdentity, conversationId: string) {
      const conversation = await agentConversation(agent, conversationId);
      const closed = await conversations.close(conversation.id, agent.agentId, 'agent');
      if (!closed) return conversation;
      if (conversation.assignedAgentId) await deps.agents.releaseSlot(conversation.assignedAgentId, conversation.id);
      notifier.conversationUpdated(closed);
      await postSystem(closed, closedText(closed.locale));
      await drainQueue(closed.siteId);
      return closed;
    },

    drainQueue,
  };
}
