/**
 * How many messages of a conversation the agent has not seen.
 *
 * The agent has seen everything up to `readSeq` (the highest seq shown while the
 * conversation's tab was in front). Of the messages held, those by the agent themself and
 * Parley's own notices do not count: nobody needs to read their own reply or "Mina joined".
 * Messages known only through `conversation.lastSeq` (the transcript is not loaded) count
 * whoever wrote them, because the inbox cannot know.
 */
import type { Conversation, Message } from '../../../shared/domain';

export function unreadCount(
  conversation: Pick<Conversation, 'lastSeq'>,
  readSeq: number,
  held: readonly Pick<Message, 'seq' | 'author'>[] | undefined,
  selfAgentId: string,
): number {
  const newer = (held ?? []).filter((message) => message.seq > readSeq);
  const top = Math.max(conversation.lastSeq, ...newer.map((message) => message.seq));
  const notHeld = Math.max(0, top - readSeq - newer.length);
  const worthReading = newer.filter((message) => message.author.kind !== 'system' && !(message.author.kind === 'agent' && message.author.id === selfAgentId));
  return notHeld + worthReading.length;
}
