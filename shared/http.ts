/** Shapes of Parley's REST answers, shared by the server and the inbox. */
import type { Agent, Conversation, Message } from './domain';

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
} as const;

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
