/** Where the "Seen" mark goes: under the last reply to the visitor that they have read. */
import type { Message } from '../../../shared/domain';

export function lastSeenReplySeq(entries: readonly Pick<Message, 'seq' | 'author' | 'internal'>[], visitorReadSeq: number): number | null {
  let seen: number | null = null;
  for (const entry of entries) {
    const reply = entry.author.kind === 'agent' && !entry.internal && entry.seq > 0;
    if (reply && entry.seq <= visitorReadSeq) seen = entry.seq;
  }
  return seen;
}
