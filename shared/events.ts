/**
 * The wire protocol: every Socket.IO event name and its payload, for both sides.
 * Server namespaces and clients are typed with these maps, so a renamed field
 * breaks the build instead of production.
 *
 * @example
 * const socket: Socket<VisitorServerEvents, VisitorClientEvents> = io(`${url}${NAMESPACES.visitor}`);
 * socket.emit(EV.messageSend, { clientId, text }, (ack) => { ... });
 */
import type { AbuseEscalation, AbuseFlag } from './abuse';
import type { AckCallback } from './errors';
import type { Agent, AgentRole, Conversation, Locale, Message, QueuePosition, Visitor } from './domain';
import type { VisitorConversation, VisitorMessage } from './visitor-view';
import type { ConversationRecommend } from './reports/nps-schemas';
import type {
  AgentMessageSend,
  AgentMessageSync,
  MessageList,
  AgentPresenceChange,
  ConversationList,
  ConversationOpen,
  AgentTyping,
  ConversationReassign,
  ConversationRef,
  ConversationTags,
  ConversationTransfer,
  ConversationRate,
  MessageRead,
  OfflineMessage,
  VisitorAttributes,
  VisitorPage,
  VisitorProfile,
  VisitorTyping,
  HandoffRequest,
  VisitorMessageSend,
  VisitorMessageSync,
} from './schemas';

export const NAMESPACES = { visitor: '/visitor', agent: '/agent' } as const;

/** Event names, declared once. */
export const EV = {
  sessionReady: 'session:ready',
  messageSend: 'message:send',
  messageSync: 'message:sync',
  messageList: 'message:list',
  messageCreated: 'message:created',
  handoffRequest: 'handoff:request',
  conversationSolve: 'conversation:solve',
  conversationList: 'conversation:list',
  conversationOpen: 'conversation:open',
  conversationTake: 'conversation:take',
  conversationClose: 'conversation:close',
  conversationUpdated: 'conversation:updated',
  conversationTransfer: 'conversation:transfer',
  queuePosition: 'queue:position',
  conversationTag: 'conversation:tag',
  conversationReassign: 'conversation:reassign',
  typingUpdate: 'typing:update',
  typingUpdated: 'typing:updated',
  visitorPage: 'visitor:page',
  visitorUpdated: 'visitor:updated',
  visitorAttributes: 'visitor:attributes',
  visitorProfile: 'visitor:profile',
  offlineMessage: 'offline:message',
  conversationRate: 'conversation:rate',
  messageRead: 'message:read',
  conversationRead: 'conversation:read',
  agentPresence: 'agent:presence',
  /** To a site's supervisors and admins: a conversation's abuse needs them (shared/abuse.ts). */
  abuseEscalated: 'abuse:escalated',
  /** To agents who may see the conversation: the abuse model flagged a visitor message (shared/abuse.ts AbuseFlag). */
  abuseFlagged: 'abuse:flagged',
  /** The visitor's 0–10 "would you recommend us" answer after rating (NPS). */
  conversationRecommend: 'conversation:recommend',
} as const;

/** A page of a conversation's messages, oldest first. */
export interface MessagePage {
  messages: Message[];
  /** Whether older messages exist (ask `message:list` with the first one's seq). */
  hasOlder: boolean;
}

/** A page of an inbox view, in the view's order. */
export interface ConversationPage {
  conversations: Conversation[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

export interface MessageSync {
  conversation: Conversation | null;
  messages: Message[];
}

// --- visitor namespace ----------------------------------------------------

/** A visitor's sync: only the visitor-facing projections (shared/visitor-view.ts). */
export interface VisitorMessageSyncResult {
  conversation: VisitorConversation | null;
  messages: VisitorMessage[];
}

export interface VisitorSession {
  /** Signed visitor token; the widget keeps it in localStorage and sends it on reconnect. */
  token: string;
  visitor: Visitor;
  conversation: VisitorConversation | null;
}

export interface VisitorClientEvents {
  [EV.messageSend]: (payload: VisitorMessageSend, ack: AckCallback<{ message: VisitorMessage }>) => void;
  [EV.messageSync]: (payload: VisitorMessageSync, ack: AckCallback<VisitorMessageSyncResult>) => void;
  [EV.handoffRequest]: (payload: HandoffRequest, ack: AckCallback<{ conversation: VisitorConversation }>) => void;
  /** The visitor started or stopped typing; forwarded to the agents with the conversation open. */
  [EV.typingUpdate]: (payload: VisitorTyping) => void;
  /** The page the visitor is on now (also after single-page-app navigations). */
  [EV.visitorPage]: (payload: VisitorPage, ack: AckCallback<{ visitor: Visitor }>) => void;
  /** Custom attributes from `Parley('setAttributes')`, shown to agents. */
  [EV.visitorAttributes]: (payload: VisitorAttributes, ack: AckCallback<{ visitor: Visitor }>) => void;
  /** The pre-chat form: name, email and topic (a team to route to). */
  [EV.visitorProfile]: (payload: VisitorProfile, ack: AckCallback<{ visitor: Visitor }>) => void;
  /** The offline form: kept as a conversation for follow-up by email. */
  [EV.offlineMessage]: (payload: OfflineMessage, ack: AckCallback<{ conversation: VisitorConversation; message: VisitorMessage }>) => void;
  /** CSAT after the conversation closed: 1–5 and an optional comment. */
  [EV.conversationRate]: (payload: ConversationRate, ack: AckCallback<{ conversation: VisitorConversation }>) => void;
  /** The visitor has seen everything up to `seq` (agents' unread counts and read receipts). */
  [EV.messageRead]: (payload: MessageRead, ack: AckCallback<{ conversationId: string; seq: number }>) => void;
  /** "This solved it": closes the bot conversation as solved by the bot. */
  [EV.conversationSolve]: (payload: HandoffRequest, ack: AckCallback<{ conversation: VisitorConversation | null }>) => void;
  /** NPS after rating a closed conversation: 0–10, once; only when the site asks it. */
  [EV.conversationRecommend]: (payload: ConversationRecommend, ack: AckCallback<{ conversation: VisitorConversation }>) => void;
}

export interface VisitorServerEvents {
  [EV.sessionReady]: (session: VisitorSession) => void;
  [EV.messageCreated]: (message: VisitorMessage) => void;
  [EV.conversationUpdated]: (conversation: VisitorConversation) => void;
  /** While queued: place in the queue and estimated wait, whenever the queue moves. */
  [EV.queuePosition]: (position: QueuePosition) => void;
  /** The agent started or stopped typing. */
  [EV.typingUpdated]: (typing: TypingState) => void;
  /** Read receipt: the other side has read up to `seq`. */
  [EV.conversationRead]: (receipt: ReadReceipt) => void;
}

export interface ReadReceipt {
  conversationId: string;
  reader: 'visitor' | 'agent';
  seq: number;
}

/** Who is typing in a conversation. */
export interface TypingState {
  conversationId: string;
  who: 'visitor' | 'agent';
  name: string | null;
  typing: boolean;
}

export interface VisitorSocketData {
  visitorId: string;
  siteId: string;
  locale: Locale;
}

// --- agent namespace ------------------------------------------------------

export interface AgentClientEvents {
  [EV.conversationList]: (payload: ConversationList, ack: AckCallback<ConversationPage>) => void;
  /** With `afterSeq` 0: the newest page; otherwise what came after `afterSeq`. */
  [EV.conversationOpen]: (payload: ConversationOpen, ack: AckCallback<{ conversation: Conversation } & MessagePage>) => void;
  [EV.conversationTake]: (payload: ConversationRef, ack: AckCallback<{ conversation: Conversation }>) => void;
  [EV.conversationClose]: (payload: ConversationRef, ack: AckCallback<{ conversation: Conversation }>) => void;
  [EV.conversationTag]: (payload: ConversationTags, ack: AckCallback<{ conversation: Conversation }>) => void;
  /** Supervisors and admins move any assigned conversation to another agent. */
  [EV.conversationReassign]: (payload: ConversationReassign, ack: AckCallback<{ conversation: Conversation }>) => void;
  [EV.typingUpdate]: (payload: AgentTyping) => void;
  /** The agent has read the conversation up to `seq`; the visitor sees a read receipt. */
  [EV.messageRead]: (payload: MessageRead, ack: AckCallback<{ conversationId: string; seq: number }>) => void;
  /** Hands an assigned conversation to another agent or team, with an internal note. */
  [EV.conversationTransfer]: (payload: ConversationTransfer, ack: AckCallback<{ conversation: Conversation }>) => void;
  [EV.messageSend]: (payload: AgentMessageSend, ack: AckCallback<{ message: Message }>) => void;
  [EV.messageSync]: (payload: AgentMessageSync, ack: AckCallback<{ messages: Message[] }>) => void;
  /** Pages back through a long conversation. */
  [EV.messageList]: (payload: MessageList, ack: AckCallback<MessagePage>) => void;
  [EV.agentPresence]: (payload: AgentPresenceChange, ack: AckCallback<{ agent: Agent }>) => void;
}

export interface AgentServerEvents {
  [EV.sessionReady]: (session: { agent: Agent }) => void;
  [EV.messageCreated]: (message: Message) => void;
  [EV.conversationUpdated]: (conversation: Conversation) => void;
  [EV.typingUpdated]: (typing: TypingState) => void;
  /** A visitor's details changed (page, name, email). */
  [EV.visitorUpdated]: (visitor: Visitor) => void;
  [EV.conversationRead]: (receipt: ReadReceipt) => void;
  /** Supervisors and admins only: repeated abuse or a threat in one of the site's conversations. */
  [EV.abuseEscalated]: (escalation: AbuseEscalation) => void;
  /** The abuse model found a visitor message abusive; the inbox blurs it like a listed word. */
  [EV.abuseFlagged]: (flag: AbuseFlag) => void;
}

export interface AgentSocketData {
  agentId: string;
  siteId: string;
  role: AgentRole;
  name: string;
  /** The status this tab connected with. */
  presence: 'online' | 'away';
}

// Events that pass between server processes (through the Redis adapter) are not used yet.
export type InterServerEvents = Record<string, never>;
