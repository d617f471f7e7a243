/**
 * The audit log's shapes, shared by the server and the inbox's audit screen: who did what
 * to what, when, and from where. Entries are only ever appended. No zod here, so the inbox
 * bundles none: the inbound schemas are in schemas.ts.
 */
export const AUDIT_API = {
  /** Admins: a page of the site's audit log, newest first (filters: action, agentId, from, to). */
  entries: '/api/audit/entries',
  /** The same filters, every matching entry as CSV (UTF-8 with BOM). */
  csv: '/api/audit/entries.csv',
  /** Agents of the conversation's site: the visitor's message as typed, sensitive numbers unmasked. */
  reveal: (conversationId: string, seq: number) => `/api/conversations/${conversationId}/messages/${seq}/reveal`,
  revealRoute: '/api/conversations/:conversationId/messages/:seq/reveal',
} as const;

export const AUDIT_ACTIONS = [
  'sign-in',
  'sign-in-failed',
  'message-revealed',
  'agent-created',
  'agent-changed',
  'agent-activated',
  'agent-deactivated',
  'agent-password-reset',
  'agent-removed',
  'settings-changed',
  // Written by server/privacy/.
  'visitor-exported',
  'visitor-erased',
  'retention-run',
  'privacy-settings-changed',
  // Written by server/bot/learning/.
  'intent-suggestion-accepted',
  'intent-suggestion-rejected',
  'unanswered-to-intent',
  'unanswered-dismissed',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  id: string;
  at: string;
  action: AuditAction;
  /** Who acted: the agent, or for a failed sign-in the email typed (id null when it matched nobody). */
  actor: { id: string | null; name: string | null; email: string | null };
  /** What it was done to, e.g. `conversation:<id>#<seq>`, `agent:<id>`, `settings`. */
  target: string | null;
  /** What changed or why it failed, in a few words (never a secret). */
  detail: string | null;
  ip: string | null;
  userAgent: string | null;
}

export interface AuditPage {
  entries: AuditEntry[];
  /** Pass back as `cursor` for the next page; null once there is nothing older. */
  nextCursor: string | null;
}

/** The revealed text of one masked message. */
export interface RevealedMessage {
  conversationId: string;
  seq: number;
  text: string;
}
