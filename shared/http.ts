/** Shapes of Parley's REST answers, shared by the server and the inbox. */
import type { Agent, Conversation, Message } from './domain';

export const API = {
  health: '/api/health',
  login: '/api/auth/login',
  setup: '/api/setup',
  setupStatus: '/api/setup/status',
  transcript: (conversationId: string) => `/api/conversations/${conversationId}/transcript`,
} as const;

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
