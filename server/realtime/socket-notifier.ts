/** Delivers conversation news to exactly the rooms allowed to hear it. */
import { EV } from '../../shared/events';
import type { ConversationNotifier } from '../conversations/transcript-writer';
import type { AgentNamespace } from './agent-namespace';
import { rooms } from './rooms';
import type { VisitorNamespace } from './visitor-namespace';

export function createSocketNotifier(visitors: VisitorNamespace, agents: AgentNamespace): ConversationNotifier {
  return {
    messageCreated(conversation, message) {
      // Internal notes are for agents only.
      if (!message.internal) visitors.to(rooms.visitor(conversation.visitorId)).emit(EV.messageCreated, message);
      const agentRooms = [rooms.conversation(conversation.id)];
      if (conversation.assignedAgentId) agentRooms.push(rooms.agent(conversation.assignedAgentId));
      agents.to(agentRooms).emit(EV.messageCreated, message);
      // Every agent's list shows the latest preview, also for conversations they have not opened.
      if (!message.internal) {
        agents
          .to(rooms.siteAgents(conversation.siteId))
          .emit(EV.conversationUpdated, { ...conversation, lastSeq: Math.max(conversation.lastSeq, message.seq), lastMessagePreview: message.text.slice(0, 140) });
      }
    },
    conversationUpdated(conversation) {
      visitors.to(rooms.visitor(conversation.visitorId)).emit(EV.conversationUpdated, conversation);
      agents.to(rooms.siteAgents(conversation.siteId)).emit(EV.conversationUpdated, conversation);
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
