/**
 * What a visitor may see of their conversation. Agents' payloads carry tags, the
 * handoff context (detected intents with confidences, the bot's answers), routing
 * fields and internal ids; none of that is the visitor's business, so every payload
 * to a visitor socket or visitor REST response goes through these projections.
 *
 * @example
 * visitors.to(room).emit(EV.conversationUpdated, toVisitorConversation(conversation));
 */
import type { Conversation, Message } from './domain';

export interface VisitorConversation {
  id: string;
  status: Conversation['status'];
  locale: Conversation['locale'];
  /** The name the visitor gave (theirs to see). */
  visitorName: string | null;
  /** The display name of the agent on the conversation, if any. */
  assignedAgentName: string | null;
  lastSeq: number;
  queuedAt: string | null;
  /** The visitor's own rating, once given. */
  csat: Conversation['csat'];
  /** The visitor's own NPS answer, once given. */
  nps?: number | null;
  readSeq: Conversation['readSeq'];
  resolution: Conversation['resolution'];
  createdAt: string;
  updatedAt: string;
}

/** A message as a visitor sees it: never an internal note, and no agent's internal id. */
export type VisitorMessage = Omit<Message, 'internal'>;

export function toVisitorConversation(conversation: Conversation): VisitorConversation {
  return {
    id: conversation.id,
    status: conversation.status,
    locale: conversation.locale,
    visitorName: conversation.visitorName,
    assignedAgentName: conversation.assignedAgentName,
    lastSeq: conversation.lastSeq,
    queuedAt: conversation.queuedAt,
    csat: conversation.csat ? { score: conversation.csat.score, comment: conversation.csat.comment } : null,
    nps: conversation.nps ?? null,
    readSeq: { visitor: conversation.readSeq.visitor, agent: conversation.readSeq.agent },
    resolution: conversation.resolution,
    createdAt: conversation.createdAt,
    updatedAt: conversation.updatedAt,
  };
}

export function toVisitorMessage(message: Message): VisitorMessage {
  const { internal: _internal, author, ...rest } = message;
  // The visitor's own id is theirs to know; an agent's or the bot's is not.
  return { ...rest, author: { kind: author.kind, id: author.kind === 'visitor' ? author.id : null, name: author.name } };
}

/** Internal notes are dropped, not just stripped: a visitor never learns one exists. */
export const toVisitorMessages = (messages: readonly Message[]): VisitorMessage[] => messages.filter((message) => !message.internal).map(toVisitorMessage);
