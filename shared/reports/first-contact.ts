/**
 * First contact resolution (FCR): an agent closed the conversation, it was never reopened,
 * and the same visitor did not come back about the same intent within N days.
 *
 * @example firstContactResolved(closedOnce, laterConversationsOfVisitor, 7) // → true
 */
export const DEFAULT_FCR_DAYS = 7;

export interface ContactSummary {
  id: string;
  createdAt: number;
  closedAt: number | null;
  resolution: 'bot' | 'agent' | null;
  reopened: number;
  intent: string | null;
  /** Whether an agent was ever assigned: a visitor who left the queue was not served at all. */
  handled: boolean;
}

/** Unknown intents match anything: without a topic we cannot tell a new question from the old one. */
const sameTopic = (a: string | null, b: string | null) => a === null || b === null || a === b;

/** Null when FCR does not apply (not served and closed by an agent); otherwise whether it was resolved at first contact. */
export function firstContactResolved(conversation: ContactSummary, sameVisitor: ContactSummary[], days = DEFAULT_FCR_DAYS): boolean | null {
  if (conversation.closedAt === null || conversation.resolution !== 'agent' || !conversation.handled) return null;
  if (conversation.reopened > 0) return false;
  const until = conversation.closedAt + days * 86_400_000;
  return !sameVisitor.some(
    (other) => other.id !== conversation.id && other.createdAt > conversation.closedAt! && other.createdAt <= until && sameTopic(other.intent, conversation.intent),
  );
}
