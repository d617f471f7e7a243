/** Delivers conversation news to exactly the rooms allowed to hear it. */
import type { Conversation } from '../../shared/domain';
import { EV } from '../../shared/events';
import { toVisitorConversation, toVisitorMessage } from '../../shared/visitor-view';
import type { ConversationNotifier } from '../conversations/transcript-writer';
import { maskConversation, maskForAgents } from '../masking/agent-masking';
import type { AgentNamespace } from './agent-namespace';
import { rooms } from './rooms';
import type { VisitorNamespace } from './visitor-namespace';

export function createSocketNotifier(visitors: VisitorNamespace, agents: AgentNamespace): ConversationNotifier & { close(): void } {
  // An assigned conversation's preview matters to its agent (and whoever has it open);
  // the queue's and the bot's to every agent, who may take them.
  const previews = createPreviewThrottle((conversation) => {
    const audience =
      conversation.status === 'assigned' && conversation.assignedAgentId
        ? [rooms.agent(conversation.assignedAgentId), rooms.conversation(conversation.id)]
        : [rooms.siteAgents(conversation.siteId)];
    agents.to(audience).emit(EV.conversationUpdated, maskConversation(conversation));
  });
  return {
    close: previews.close,
    messageCreated(conversation, message) {
      // Internal notes are for agents only.
      if (!message.internal) visitors.to(rooms.visitor(conversation.visitorId)).emit(EV.messageCreated, toVisitorMessage(message));
      const agentRooms = [rooms.conversation(conversation.id)];
      if (conversation.assignedAgentId) agentRooms.push(rooms.agent(conversation.assignedAgentId));
      // Agents get a visitor's sensitive numbers masked; the visitor above gets their own words.
      agents.to(agentRooms).emit(EV.messageCreated, maskForAgents(message));
      // Every agent's list shows the latest preview, also for conversations they have not
      // opened — at most once a second per conversation, so a busy site does not send
      // every message to every agent twice.
      if (!message.internal) previews.note({ ...conversation, lastSeq: Math.max(conversation.lastSeq, message.seq), lastMessagePreview: message.text.slice(0, 140) });
    },
    conversationUpdated(conversation) {
      previews.merge(conversation);
      visitors.to(rooms.visitor(conversation.visitorId)).emit(EV.conversationUpdated, toVisitorConversation(conversation));
      agents.to(rooms.siteAgents(conversation.siteId)).emit(EV.conversationUpdated, maskConversation(conversation));
    },
    queuePosition(conversation, position) {
      visitors.to(rooms.visitor(conversation.visitorId)).emit(EV.queuePosition, position);
    },
    typing(conversation, state) {
      if (state.who === 'agent') {
        visitors.to(rooms.visitor(conversation.visitorId)).emit(EV.typingUpdated, state);
        return;
      }
      const agentRooms = [rooms.conversation(conversation.id)];
      if (conversation.assignedAgentId) agentRooms.push(rooms.agent(conversation.assignedAgentId));
      agents.to(agentRooms).emit(EV.typingUpdated, state);
    },
    conversationRead(conversation, receipt) {
      if (receipt.reader === 'agent') visitors.to(rooms.visitor(conversation.visitorId)).emit(EV.conversationRead, receipt);
      else agents.to([rooms.conversation(conversation.id), ...(conversation.assignedAgentId ? [rooms.agent(conversation.assignedAgentId)] : [])]).emit(EV.conversationRead, receipt);
    },
    visitorUpdated(visitor) {
      agents.to(rooms.siteAgents(visitor.siteId)).emit(EV.visitorUpdated, visitor);
    },
  };
}

const PREVIEW_INTERVAL_MS = 1000;

/** Sends the first preview of a conversation at once, then the latest one at most every PREVIEW_INTERVAL_MS. */
function createPreviewThrottle(send: (conversation: Conversation) => void) {
  const waiting = new Map<string, { latest: Conversation | null; timer: NodeJS.Timeout }>();
  return {
    note(conversation: Conversation) {
      const entry = waiting.get(conversation.id);
      if (entry) {
        entry.latest = conversation;
        return;
      }
      send(conversation);
      const timer = setTimeout(function flush() {
        const current = waiting.get(conversation.id);
        waiting.delete(conversation.id);
        if (current?.latest) send(current.latest);
      }, PREVIEW_INTERVAL_MS);
      timer.unref();
      waiting.set(conversation.id, { latest: null, timer });
    },
    /** A status change sent meanwhile must not be undone by a preview sent after it. */
    merge(conversation: Conversation) {
      const entry = waiting.get(conversation.id);
      if (entry?.latest) {
        entry.latest = { ...conversation, lastSeq: Math.max(conversation.lastSeq, entry.latest.lastSeq), lastMessagePreview: entry.latest.lastMessagePreview };
      }
    },
    close() {
      waiting.forEach((entry) => clearTimeout(entry.timer));
      waiting.clear();
    },
  };
}
