/**
 * The life of a conversation: visitor messages, bot answers, handoff, assignment,
 * agent replies and closing. Storage goes through the repositories; everything the
 * clients must hear goes through the notifier, after the write it announces.
 */
import { randomUUID } from 'node:crypto';
import type { Conversation, Locale, Message, Visitor } from '../../shared/domain';
import type { AgentRepository } from '../agents/agent.repository';
import { decideBotReply } from '../bot/bot-reply';
import type { IntentClassifier } from '../bot/intent-classifier';
import type { IntentRepository } from '../bot/intent.repository';
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
  classifier: IntentClassifier;
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

  async function handoff(conversation: Conversation, reason: string): Promise<Conversation> {
    const queued = await conversations.enqueue(conversation.id, reason);
    if (!queued) return (await conversations.findById(conversation.id)) ?? conversation;
    logger.info({ conversationId: queued.id, reason }, 'conversation queued for a human');
    notifier.conversationUpdated(queued);
    await postSystem(queued, queuedText(queued.locale));
    await drainQueue(queued.siteId);
    return (await conversations.findById(queued.id)) ?? queued;
  }

  async function runBot(conversation: Conversation, text: string) {
    const intents = await deps.intents.listForSite(conversation.siteId);
    const classification = await deps.classifier.classify(text, intents);
    const reply = decideBotReply(classification, intents, conversation.locale);
    if (reply.kind === 'handoff') {
      await handoff(conversation, reply.reason);
      return;
    }
    await post(conversation, {
      clientId: `bot-${randomUUID()}`,
      author: { kind: 'bot', id: null, name: 'Parley Bot' },
      text: reply.text,
      quickReplies: reply.quickReplies,
    });
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
      return handoff(conversation, 'visitor pressed "Talk to a human"');
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
      if (conversation.status === 'bot') await conversations.enqueue(conversation.id, 'taken by an agent from the bot');
      else if (conversation.status !== 'queued') throw new ParleyError('PARLEY_ERR_ALREADY_ASSIGNED', 'someone else already has this conversation');
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
      const closed = await conversations.close(conversation.id, agent.agentId);
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
