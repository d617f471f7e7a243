/**
 * Messages in and out of a conversation, for visitors and agents, and who may see
 * which conversation. Bot turns and routing are delegated to their own services.
 */
import type { AgentRole, Conversation, Locale, Message, Visitor } from '../../shared/domain';
import type { AttachmentStore } from '../attachments/attachment-store';
import type { BotService } from '../bot/bot-service';
import { createKeyedLock } from '../concurrency/keyed-lock';
import { ParleyError } from '../errors';
import type { QueueService } from '../routing/queue-service';
import type { SiteRepository } from '../sites/site.repository';
import type { ConversationRepository, InboxView } from './conversation.repository';
import { MessageNotAdmitted, type MessageStore } from './message-store';
import { closedText, reopenedText } from './system-messages';
import type { ConversationNotifier, TranscriptWriter } from './transcript-writer';

export interface AgentIdentity {
  agentId: string;
  siteId: string;
  name: string;
  /** Absent means the least privileged role. */
  role?: AgentRole;
}

export interface ConversationServiceDeps {
  conversations: ConversationRepository;
  messages: MessageStore;
  agents: { releaseSlot(agentId: string, conversationId: string): Promise<void> };
  sites: SiteRepository;
  bot: BotService;
  queue: QueueService;
  transcript: TranscriptWriter;
  notifier: ConversationNotifier;
  attachments: AttachmentStore;
  now: () => Date;
}

export type ConversationService = ReturnType<typeof createConversationService>;

export function createConversationService(deps: ConversationServiceDeps) {
  const { conversations, messages, notifier, transcript } = deps;
  // One sender's messages enter the store in the order they arrived (see visitorSend).
  const senderOrder = createKeyedLock();

  async function agentConversation(agent: AgentIdentity, conversationId: string) {
    const conversation = await conversations.findById(conversationId);
    if (!conversation || conversation.siteId !== agent.siteId) {
      throw new ParleyError('PARLEY_ERR_CONVERSATION_NOT_FOUND', 'no such conversation on your site');
    }
    return conversation;
  }

  /** The attachment a message refers to, which must have been uploaded into the same conversation. */
  async function attachmentFor(conversationId: string, attachmentId: string | undefined) {
    if (!attachmentId) return {};
    const stored = await deps.attachments.find(attachmentId);
    if (!stored || stored.conversationId !== conversationId) throw new ParleyError('PARLEY_ERR_INVALID_PAYLOAD', 'upload the file into this conversation first');
    return { attachment: { id: stored.id, name: stored.name, type: stored.type, size: stored.size } };
  }

  /** The visitor's open conversation; a recent one an agent closed is reopened, otherwise the bot starts a new one. */
  async function openFor(visitor: Visitor, locale: Locale) {
    const open = await conversations.findOpenForVisitor(visitor.id, { withActivity: false });
    if (open) return { conversation: open, reopened: false };
    const { reopenWindowMinutes } = await deps.sites.routingSettings(visitor.siteId);
    const since = new Date(deps.now().getTime() - reopenWindowMinutes * 60_000);
    const reopened = reopenWindowMinutes > 0 ? await conversations.reopenRecent(visitor.id, since) : null;
    if (reopened) return { conversation: reopened, reopened: true };
    const conversation = await conversations.findOrCreateOpen({ siteId: visitor.siteId, visitorId: visitor.id, visitorName: visitor.name, locale });
    return { conversation, reopened: false };
  }

  /**
   * The common case of a visitor's message: their conversation is the one this process saw
   * open last, and the message is written while that is checked, so the ack waits for one
   * round trip instead of two. Null when there is nothing remembered, or the conversation
   * has moved on meanwhile (closed): the message was then taken back out, and the caller
   * goes the long way. Runs under the visitor's senderOrder lock, so a message retried the
   * long way is still numbered before the visitor's next one.
   */
  async function appendToRemembered(visitor: Visitor, input: { clientId: string; text: string }) {
    const rememberedId = conversations.rememberedOpenId(visitor.id);
    if (!rememberedId) return null;
    const current = conversations.findOpenForVisitor(visitor.id, { withActivity: false });
    const append = messages.append(
      { conversationId: rememberedId, siteId: visitor.siteId, clientId: input.clientId, author: { kind: 'visitor', id: visitor.id, name: visitor.name }, text: input.text },
      { admit: current.then((conversation) => conversation?.id === rememberedId, () => false) },
    );
    // Awaited only after the read below (or by visitorSend): a write failing first must not
    // count as an unhandled rejection meanwhile.
    append.catch(() => {});
    let readFailure: unknown = null;
    const conversation = await current.catch((error: unknown) => ((readFailure = error), null));
    if (conversation?.id === rememberedId) return { conversation, reopened: false, stored: { append } };
    // Taken back out (or a resend of a message the conversation already holds: answered as stored).
    const resent = await append.catch((error: unknown) => {
      if (error instanceof MessageNotAdmitted) return null;
      // When the store is away, the read's error says so plainly (the client retries); the
      // write's may be a batch error wrapping the same outage.
      throw readFailure ?? error;
    });
    const holder = resent ? await conversations.findById(rememberedId) : null;
    return holder ? { conversation: holder, reopened: false, stored: { append } } : null;
  }

  return {
    /** Stores a visitor's message in their open conversation (reopening or starting one as needed). */
    async visitorSend(visitor: Visitor, input: { clientId: string; text: string; attachmentId?: string | undefined }, locale: Locale) {
      // Queued for numbering in the order the visitor sent them, however many are in flight;
      // the writes themselves still go together (see message-store.ts).
      const { conversation, reopened, stored } = await senderOrder.run(`visitor:${visitor.id}`, async () => {
        const quick = input.attachmentId ? null : await appendToRemembered(visitor, input);
        if (quick) return quick;
        const opened = await openFor(visitor, locale);
        const attachment = await attachmentFor(opened.conversation.id, input.attachmentId);
        const append = messages.append({
          conversationId: opened.conversation.id,
          siteId: opened.conversation.siteId,
          clientId: input.clientId,
          author: { kind: 'visitor', id: visitor.id, name: visitor.name },
          text: input.text,
          ...attachment,
        });
        append.catch(() => {}); // awaited once the sender's lock lets go
        return { ...opened, stored: { append } };
      });
      const { message, created } = await stored.append;
      return { conversation, message, created, reopened };
    },

    /** After the visitor's ack: tell everyone, then let the bot or the queue take it from there. */
    async afterVisitorMessage(conversation: Conversation, message: Message, reopened: boolean) {
      notifier.messageCreated(conversation, message);
      if (conversation.lastSeq === 0 || reopened) notifier.conversationUpdated(conversation);
      if (reopened) {
        await transcript.system(conversation, reopenedText(conversation.locale));
        await deps.queue.drainQueue(conversation.siteId);
      } else if (conversation.status === 'bot') await deps.bot.respond(conversation, message.text);
    },

    async visitorHandoff(visitor: Visitor, locale: Locale): Promise<Conversation> {
      const { conversation } = await openFor(visitor, locale);
      return deps.bot.handoffRequested(conversation);
    },

    /** Tells every waiting visitor of the site their place in line again. */
    queuePositions: (siteId: string) => deps.queue.broadcastQueuePositions(siteId),

    visitorSolved: async (visitor: Visitor) => deps.bot.solved(await conversations.findOpenForVisitor(visitor.id)),

    async visitorSync(visitor: Visitor, afterSeq: number) {
      const conversation = await conversations.findOpenForVisitor(visitor.id);
      if (!conversation) return { conversation, messages: [] };
      // A widget with nothing yet gets the latest 100 (a years-long conversation would be
      // thousands); one catching up gets what came after the last message it holds.
      const page =
        afterSeq === 0
          ? (await messages.listBefore(conversation.id, null, { limit: 100, includeInternal: false })).messages
          : await messages.listAfter(conversation.id, afterSeq, { includeInternal: false });
      return { conversation, messages: page };
    },

    listForAgent: (agent: AgentIdentity & { teams?: string[] }, view?: InboxView, page?: { cursor?: string | undefined; limit?: number }) =>
      conversations.listForAgent(agent.siteId, { id: agent.agentId, teams: agent.teams ?? [] }, view, { ...(page?.cursor ? { cursor: page.cursor } : {}), ...(page?.limit ? { limit: page.limit } : {}) }),

    /** The conversation, if this agent's site has it (throws otherwise). */
    agentAccess: agentConversation,

    /** With afterSeq 0 the newest page (older ones through agentPage); else what came after it. */
    async agentOpen(agent: AgentIdentity, conversationId: string, afterSeq: number, limit = 50) {
      const conversation = await agentConversation(agent, conversationId);
      if (afterSeq === 0) return { conversation, ...(await messages.listBefore(conversation.id, null, { limit })) };
      const after = await messages.listAfter(conversation.id, afterSeq, { limit: 500 });
      return { conversation, messages: after, hasOlder: afterSeq > 0 };
    },

    /** The page of messages before `beforeSeq`. */
    async agentPage(agent: AgentIdentity, conversationId: string, beforeSeq: number | null, limit: number) {
      const conversation = await agentConversation(agent, conversationId);
      return { conversation, ...(await messages.listBefore(conversation.id, beforeSeq, { limit })) };
    },

    async agentSync(agent: AgentIdentity, conversationId: string, afterSeq: number) {
      const conversation = await agentConversation(agent, conversationId);
      return messages.listAfter(conversation.id, afterSeq);
    },

    /** A reply to the visitor (assigned agent only) or an internal note (any agent of the site). */
    async agentSend(agent: AgentIdentity, input: { conversationId: string; clientId: string; text: string; internal?: boolean | undefined; attachmentId?: string | undefined }) {
      // As for visitors: queued in arrival order, written together.
      const { conversation, stored } = await senderOrder.run(`agent:${agent.agentId}`, async () => {
        const conversation = await agentConversation(agent, input.conversationId);
        if (!input.internal) {
          if (conversation.status === 'closed') throw new ParleyError('PARLEY_ERR_CONVERSATION_CLOSED', 'the conversation is closed');
          if (conversation.assignedAgentId !== agent.agentId) throw new ParleyError('PARLEY_ERR_FORBIDDEN', 'take the conversation before replying');
        }
        const attachment = await attachmentFor(conversation.id, input.attachmentId);
        const append = messages.append({
          conversationId: conversation.id,
          siteId: conversation.siteId,
          clientId: input.clientId,
          author: { kind: 'agent', id: agent.agentId, name: agent.name },
          text: input.text,
          ...(input.internal ? { internal: true } : {}),
          ...attachment,
        });
        append.catch(() => {}); // awaited once the sender's lock lets go
        return { conversation, stored: { append } };
      });
      const { message, created } = await stored.append;
      return { conversation, message, created };
    },

    afterAgentMessage(conversation: Conversation, message: Message) {
      notifier.messageCreated(conversation, message);
    },

    async agentTake(agent: AgentIdentity, conversationId: string) {
      const conversation = await agentConversation(agent, conversationId);
      return deps.queue.take(agent, conversation, await deps.bot.contextFor(conversation));
    },

    async agentTransfer(agent: AgentIdentity, input: { conversationId: string; toAgentId?: string | undefined; toTeam?: string | undefined; note: string }) {
      const conversation = await agentConversation(agent, input.conversationId);
      return deps.queue.transfer(agent, conversation, {
        note: input.note,
        ...(input.toAgentId ? { toAgentId: input.toAgentId } : {}),
        ...(input.toTeam ? { toTeam: input.toTeam } : {}),
      });
    },

    async agentTag(agent: AgentIdentity, conversationId: string, tags: string[]) {
      const conversation = await agentConversation(agent, conversationId);
      const tagged = (await conversations.setTags(conversation.id, tags)) ?? conversation;
      notifier.conversationUpdated(tagged);
      return tagged;
    },

    /** Supervisors move an assigned conversation to another agent, or give a queued one to a chosen agent. */
    async supervisorReassign(supervisor: AgentIdentity, conversationId: string, to: { id: string; name: string; siteId: string }) {
      const conversation = await agentConversation(supervisor, conversationId);
      if (to.siteId !== supervisor.siteId) throw new ParleyError('PARLEY_ERR_NOT_FOUND', 'no such agent on your site');
      if (conversation.status === 'assigned' && conversation.assignedAgentId) {
        if (conversation.assignedAgentId === to.id) return conversation;
        return deps.queue.transfer({ agentId: conversation.assignedAgentId, name: supervisor.name }, conversation, {
          toAgentId: to.id,
          note: `reassigned by ${supervisor.name}`,
        });
      }
      return deps.queue.take({ agentId: to.id, name: to.name }, conversation, await deps.bot.contextFor(conversation));
    },

    async visitorTyping(visitor: Visitor, typing: boolean) {
      const conversation = await conversations.findOpenForVisitor(visitor.id);
      if (conversation) notifier.typing(conversation, { conversationId: conversation.id, who: 'visitor', name: visitor.name, typing });
    },

    async agentRead(agent: AgentIdentity, conversationId: string, seq: number) {
      const conversation = await agentConversation(agent, conversationId);
      await conversations.markRead(conversationId, 'agent', seq);
      notifier.conversationRead(conversation, { conversationId, reader: 'agent', seq });
      return { conversationId, seq };
    },

    async agentTyping(agent: AgentIdentity, conversationId: string, typing: boolean) {
      const conversation = await agentConversation(agent, conversationId);
      if (conversation.assignedAgentId === agent.agentId) notifier.typing(conversation, { conversationId, who: 'agent', name: agent.name, typing });
    },

    async agentClose(agent: AgentIdentity, conversationId: string) {
      const conversation = await agentConversation(agent, conversationId);
      const someoneElses = conversation.status === 'assigned' && conversation.assignedAgentId !== agent.agentId;
      if (someoneElses && (agent.role ?? 'agent') === 'agent') {
        throw new ParleyError('PARLEY_ERR_FORBIDDEN', 'only the assigned agent or a supervisor can close this conversation');
      }
      const closed = await conversations.close(conversation.id, agent.agentId, 'agent');
      if (!closed) return conversation;
      if (conversation.assignedAgentId) await deps.agents.releaseSlot(conversation.assignedAgentId, conversation.id);
      notifier.conversationUpdated(closed);
      await transcript.system(closed, closedText(closed.locale));
      await deps.queue.drainQueue(closed.siteId);
      return closed;
    },
  };
}
