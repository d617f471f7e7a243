/** Shapes of Parley's REST answers, shared by the server and the inbox. */
import type { Agent, Conversation, Message, Visitor } from './domain';

export const API = {
  health: '/api/health',
  login: '/api/auth/login',
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
  settings: '/api/settings',
  agents: '/api/agents',
  agent: (id: string) => `/api/agents/${id}`,
  agentRoute: '/api/agents/:id',
  cannedResponses: '/api/canned-responses',
  cannedResponse: (id: string) => `/api/canned-responses/${id}`,
  cannedResponseRoute: '/api/canned-responses/:id',
  conversationSearch: '/api/conversations/search',
  visitor: (id: string) => `/api/visitors/${id}`,
  visitorRoute: '/api/visitors/:id',
  supervisorBoard: '/api/supervisor/board',
  identitySecret: '/api/settings/identity-secret',
  widgetConfig: (siteKey: string) => `/api/widget/config?siteKey=${encodeURIComponent(siteKey)}`,
  widgetConfigRoute: '/api/widget/config',
  visitorTranscript: (conversationId: string) => `/api/visitor/conversations/${conversationId}/transcript`,
  visitorTranscriptRoute: '/api/visitor/conversations/:conversationId/transcript',
  attachments: '/api/attachments',
  attachment: (id: string) => `/api/attachments/${id}`,
  attachmentRoute: '/api/attachments/:id',
} as const;

/** One page of search results, newest first. */
export interface ConversationSearchResult {
  conversations: Conversation[];
  page: number;
  pageSize: number;
  total: number;
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
  /** `lexical` when the embedding model is not loaded. */
  mode: 'semantic+lexical' | 'lexical';
}

export interface LoginResult {
  token: string;
  agent: Agent;
}

export interface Transcript {
  conversation: Conversation;
  messages: Message[];
}

export interface Health {
  status: 'ok';
  database: 'up' | 'down';
  uptimeSeconds: number;
}
