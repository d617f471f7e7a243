/**
 * Who hears that the abuse model flagged a message: the same agents who received the
 * message (its agent and whoever has it open) and the site's agents, whose conversation
 * lists show its preview. The flag holds ids only, never the visitor's words.
 */
import type { Conversation } from '../../shared/domain';
import { rooms } from '../realtime/rooms';

export function abuseFlagRooms(conversation: Pick<Conversation, 'id' | 'siteId' | 'assignedAgentId'>): string[] {
  return [rooms.conversation(conversation.id), rooms.siteAgents(conversation.siteId), ...(conversation.assignedAgentId ? [rooms.agent(conversation.assignedAgentId)] : [])];
}
