/**
 * What a visitor tells us about themselves and does around the conversation: custom
 * attributes, the pre-chat form, the offline form, read receipts and the CSAT rating.
 */
import type { Conversation, Locale, Visitor } from '../../shared/domain';
import type { ConversationRepository } from '../conversations/conversation.repository';
import type { MessageStore } from '../conversations/message-store';
import type { ConversationNotifier } from '../conversations/transcript-writer';
import { ParleyError } from '../errors';
import type { SiteRepository } from '../sites/site.repository';
import type { VisitorRepository } from './visitor.repository';

export function createVisitorService(deps: {
  visitors: VisitorRepository;
  conversations: ConversationRepository;
  messages: MessageStore;
  sites: SiteRepository;
  notifier: ConversationNotifier;
  now: () => Date;
}) {
  const { visitors, conversations, notifier } = deps;

  async function ownConversation(visitor: Visitor, conversationId: string) {
    const conversation = await conversations.findById(conversationId);
    if (!conversation || conversation.visitorId !== visitor.id) throw new ParleyError('PARLEY_ERR_CONVERSATION_NOT_FOUND', 'no such conversation');
    return conversation;
  }

  const openConversation = (visitor: Visitor, locale: Locale) =>
    conversations.findOrCreateOpen({ siteId: visitor.siteId, visitorId: visitor.id, visitorName: visitor.name, locale });

  return {
    async setAttributes(visitor: Visitor, attributes: Record<string, string | number | boolean>) {
      const updated = (await visitors.setProfile(visitor.id, { attributes })) ?? visitor;
      notifier.visitorUpdated(updated);
      return updated;
    },

    async setProfile(visitor: Visitor, profile: { name?: string | undefined; email?: string | undefined; topic?: string | undefined }, locale: Locale) {
      const { teams } = await deps.sites.settings(visitor.siteId);
      if (profile.topic && !teams.includes(profile.topic)) throw new ParleyError('PARLEY_ERR_INVALID_PAYLOAD', `unknown topic "${profile.topic}"`);
      const updated = (await visitors.setProfile(visitor.id, { ...(profile.name ? { name: profile.name } : {}), ...(profile.email ? { email: profile.email } : {}) })) ?? visitor;
      const conversation = await openConversation(updated, locale);
      const changed = await conversations.setVisitorDetails(conversation.id, {
        ...(profile.name ? { visitorName: profile.name } : {}),
        ...(profile.email ? { visitorEmail: profile.email } : {}),
        ...(profile.topic ? { team: profile.topic } : {}),
      });
      notifier.visitorUpdated(updated);
      if (changed) notifier.conversationUpdated(changed);
      return updated;
    },

    /** Nobody can answer now: the message is kept as an offline conversation for follow-up by email. */
    async leaveOfflineMessage(visitor: Visitor, input: { clientId: string; email: string; name?: string | undefined; text: string }, locale: Locale) {
      const updated = (await visitors.setProfile(visitor.id, { email: input.email, ...(input.name ? { name: input.name } : {}) })) ?? visitor;
      const conversation = await openConversation(updated, locale);
      await conversations.setVisitorDetails(conversation.id, { visitorEmail: input.email, ...(input.name ? { visitorName: input.name } : {}) });
      const { message, created } = await deps.messages.append({
        conversationId: conversation.id,
        siteId: conversation.siteId,
        clientId: input.clientId,
        author: { kind: 'visitor', id: visitor.id, name: input.name ?? visitor.name },
        text: input.text,
      });
      const offline =
        (await conversations.enqueue(conversation.id, { reason: 'visitor_request', intents: [], botAnswers: [], at: deps.now().toISOString() }, 'offline')) ??
        (await conversations.findById(conversation.id))!;
      if (created) notifier.messageCreated(offline, message);
      notifier.conversationUpdated(offline);
      return { conversation: offline, message };
    },

    async rate(visitor: Visitor, input: { conversationId: string; score: number; comment?: string | undefined }): Promise<Conversation> {
      await ownConversation(visitor, input.conversationId);
      const rated = await conversations.rate(input.conversationId, { score: input.score, comment: input.comment ?? null });
      if (!rated) throw new ParleyError('PARLEY_ERR_INVALID_PAYLOAD', 'a conversation can be rated once it is closed');
      notifier.conversationUpdated(rated);
      return rated;
    },

    /** NPS: only the conversation's own visitor, once, after it closed, and only where the site asks it. */
    async recommend(visitor: Visitor, input: { conversationId: string; score: number }): Promise<Conversation> {
      await ownConversation(visitor, input.conversationId);
      const { widget } = await deps.sites.settings(visitor.siteId);
      if (!widget.nps?.enabled) throw new ParleyError('PARLEY_ERR_FORBIDDEN', 'this site does not ask the recommend question');
      const answered = await conversations.recommend(input.conversationId, input.score);
      if (!answered) throw new ParleyError('PARLEY_ERR_INVALID_PAYLOAD', 'the recommend question is answered once, after the conversation closed');
      notifier.conversationUpdated(answered);
      return answered;
    },

    async markRead(visitor: Visitor, conversationId: string, seq: number) {
      const conversation = await ownConversation(visitor, conversationId);
      await conversations.markRead(conversationId, 'visitor', seq);
      notifier.conversationRead(conversation, { conversationId, reader: 'visitor', seq });
      return { conversationId, seq };
    },
  };
}

export type VisitorService = ReturnType<typeof createVisitorService>;
