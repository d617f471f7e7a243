/** Shapes of Parley's REST answers, shared by the server and the inbox. */
import type { Agent, Conversation, IntentDefinition, Message, Visitor } from './domain';

/**
 * The routes the widget calls with the visitor's token. Kept apart from `API` (which
 * includes them) because a bundler cannot drop unused properties of one object: the
 * widget imports only these and does not ship the inbox's and admins' routes.
 *
 * @example fetch(`${origin}${VISITOR_API.attachment(id)}`, { headers: { Authorization: `Bearer ${token}` } })
 */
export const VISITOR_API = {
  widgetConfig: (siteKey: string) => `/api/widget/config?siteKey=${encodeURIComponent(siteKey)}`,
  visitorTranscript: (conversationId: string) => `/api/visitor/conversations/${conversationId}/transcript`,
  attachments: '/api/attachments',
  attachment: (id: string) => `/api/attachments/${id}`,
  /** A visitor (with their token) asks to have their conversations erased. */
  visitorErasureRequest: '/api/visitor/erasure-request',
} as const;

export const API = {
  ...VISITOR_API,
  health: '/api/health',
  login: '/api/auth/login',
  /** Ends every session of the signed-in agent (server-side sign-out). */
  logout: '/api/auth/logout',
  /** The signed-in agent changes their own password. */
  password: '/api/auth/password',
  /** Admins: the latest sign-in attempts (append-only audit). */
  signInAudit: '/api/audit/sign-ins',
  setup: '/api/setup',
  setupStatus: '/api/setup/status',
  transcript: (conversationId: string) => `/api/conversations/${conversationId}/transcript`,
  intents: '/api/intents',
  intent: (name: string) => `/api/intents/${encodeURIComponent(name)}`,
  /** Express route pattern of `intent(name)`. */
  intentRoute: '/api/intents/:name',
  intentsTest: '/api/intents/test',
  intentsExport: '/api/intents/export',
  intentsImport: '/api/intents/import',
  /** The site's confidence threshold override (PUT `{ threshold: number | null }`). */
  intentsThreshold: '/api/intents/threshold',
  settings: '/api/settings',
  agents: '/api/agents',
  agent: (id: string) => `/api/agents/${id}`,
  agentRoute: '/api/agents/:id',
  agentActive: (id: string) => `/api/agents/${id}/active`,
  agentActiveRoute: '/api/agents/:id/active',
  agentPasswordReset: (id: string) => `/api/agents/${id}/password-reset`,
  agentPasswordResetRoute: '/api/agents/:id/password-reset',
  cannedResponses: '/api/canned-responses',
  cannedResponse: (id: string) => `/api/canned-responses/${id}`,
  cannedResponseRoute: '/api/canned-responses/:id',
  conversationSearch: '/api/conversations/search',
  visitor: (id: string) => `/api/visitors/${id}`,
  visitorRoute: '/api/visitors/:id',
  supervisorBoard: '/api/supervisor/board',
  identitySecret: '/api/settings/identity-secret',
  widgetConfigRoute: '/api/widget/config',
  visitorTranscriptRoute: '/api/visitor/conversations/:conversationId/transcript',
  attachmentRoute: '/api/attachments/:id',
  /** Admins: everything about a visitor as a zip (server/privacy/). */
  visitorExport: (id: string) => `/api/privacy/visitors/${id}/export`,
  visitorExportRoute: '/api/privacy/visitors/:id/export',
  /** Admins: POST `{ confirm: true }` erases the visitor; answers a VisitorErasure. */
  visitorErase: (id: string) => `/api/privacy/visitors/${id}/erase`,
  visitorEraseRoute: '/api/privacy/visitors/:id/erase',
  /** Admins: visitors' pending requests to be erased. */
  erasureRequests: '/api/privacy/erasure-requests',
  privacySettings: '/api/privacy/settings',
  /** Admins: what a retention setting would delete now (`?closedConversationsDays=&attachmentsDays=`). */
  retentionPreview: '/api/privacy/retention/preview',
  /** Agent protection: the site's lists and thresholds (every agent reads, admins change). */
  abuseSettings: '/api/abuse/settings',
  /** Active visitor blocks (supervisors and admins); POST blocks a conversation's visitor. */
  abuseBlocks: '/api/abuse/blocks',
  abuseBlock: (id: string) => `/api/abuse/blocks/${id}`,
  abuseBlockRoute: '/api/abuse/blocks/:id',
  /** Today's abusive conversations per agent and escalations (supervisors and admins). */
  abuseBoard: '/api/abuse/board',
  /** The abuse model's flags in one conversation (shared/abuse.ts AbuseFlag). */
  abuseFlags: (conversationId: string) => `/api/abuse/flags/${conversationId}`,
  abuseFlagsRoute: '/api/abuse/flags/:conversationId',
} as const;

/** What an erasure removed (zeros when the visitor was already erased). */
export interface VisitorErasure {
  visitorId: string;
  conversations: number;
  messages: number;
  attachments: number;
  erasedAt: string;
}

/** A visitor's request, from the widget, to have their conversations erased. */
export interface ErasureRequest {
  visitorId: string;
  visitorName: string | null;
  requestedAt: string;
}

export interface RetentionPreview {
  /** Closed conversations that would be deleted now. */
  conversations: number;
  /** Files of closed conversations that would be deleted now. */
  attachments: number;
}

/** One page of search results, newest first. */
export interface ConversationSearchResult {
  /** Newest first. */
  conversations: Conversation[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

/** What an agent sees about a visitor beside the transcript. */
export interface VisitorDetails {
  visitor: Visitor;
  /** Earlier conversations of this visitor, newest first. */
  previousConversations: Conversation[];
}

/** The supervisor's live board: the queue and every agent's status and load. */
export interface SupervisorBoard {
  queue: Conversation[];
  agents: { agent: Agent; openConversations: number }[];
}

/** Answer of the intent tester: the top intents for a sentence, best first. */
export interface IntentTestResult {
  ranked: { name: string; score: number }[];
  best: { name: string; score: number } | null;
  /** `lexical` when the embedding model is not loaded (or the site's head is still training). */
  mode: 'semantic+lexical' | 'lexical';
  /** The confidence the best intent had to reach. */
  threshold?: number;
}

/**
 * The intents screen: the intents, whether the model is in use (and why not), the
 * threshold calibrated for this site's intents (null while training) and the admin's
 * override.
 */
export interface IntentOverview {
  intents: IntentDefinition[];
  model: { modelId: string | null; state: 'ready' | 'loading' | 'absent' | 'failed'; problem: string | null };
  calibration: { mode: 'semantic+lexical' | 'lexical'; threshold: number; wrongAnswerRate: number; inScopeAnswered: number; outOfDomainDeclined: number; examples: number } | null;
  thresholdOverride: number | null;
}

export interface LoginResult {
  token: string;
  agent: Agent;
}

export interface Transcript {
  conversation: Conversation;
  /** Oldest first: the newest page, or the page before `beforeSeq`. */
  messages: Message[];
  /** Whether older messages exist: ask again with `beforeSeq` = the first message's seq. */
  hasOlder: boolean;
}

export interface Health {
  status: 'ok';
  database: 'up' | 'down';
  uptimeSeconds: number;
}
