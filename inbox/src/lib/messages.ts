/**
 * A conversation's transcript as the inbox holds it: stored messages in seq order, then
 * the agent's own replies still on their way (shown at once, replaced when stored).
 *
 * The same message can arrive three ways — the `message:send` ack, the `message:created`
 * broadcast and a catch-up `conversation:open` — in any order, so merging is by id, and
 * a pending reply is matched to its stored copy by the clientId it was sent with.
 */
import type { Attachment, Message } from '../../../shared/domain';

export type DeliveryState = 'sent' | 'pending' | 'failed';

export interface TranscriptEntry extends Message {
  delivery: DeliveryState;
}

/**
 * A fresh clientId. Not `crypto.randomUUID()`: browsers offer it only on HTTPS and
 * localhost, and a self-hosted Parley may well be reached over plain HTTP on a LAN.
 */
export function randomClientId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** A reply shown before the server stored it; it has no id or seq yet. */
export function pendingEntry(input: { conversationId: string; clientId: string; text: string; author: Message['author']; internal?: boolean; attachment?: Attachment; now?: Date }): TranscriptEntry {
  return {
    ...(input.internal ? { internal: true } : {}),
    ...(input.attachment ? { attachment: input.attachment } : {}),
    id: `pending:${input.clientId}`,
    conversationId: input.conversationId,
    clientId: input.clientId,
    seq: 0,
    author: input.author,
    text: input.text,
    createdAt: (input.now ?? new Date()).toISOString(),
    delivery: 'pending',
  };
}

/**
 * Merges `incoming` stored messages into `current`: one entry per id, pending replies
 * replaced by their stored copy, stored messages by seq, unsent ones after them.
 *
 * @example
 * mergeMessages([pendingEntry({ clientId: 'c1', … })], [{ id: 'm9', clientId: 'c1', seq: 9, … }])
 * // → [{ id: 'm9', seq: 9, delivery: 'sent', … }]
 */
export function mergeMessages(current: readonly TranscriptEntry[], incoming: readonly Message[]): TranscriptEntry[] {
  if (incoming.length === 0) return current as TranscriptEntry[];
  const stored = new Map<string, TranscriptEntry>();
  const unsent: TranscriptEntry[] = [];
  for (const entry of current) {
    if (entry.delivery === 'sent') stored.set(entry.id, entry);
    else unsent.push(entry);
  }
  const arrivedClientIds = new Set<string>();
  for (const message of incoming) {
    stored.set(message.id, { ...message, delivery: 'sent' });
    arrivedClientIds.add(message.clientId);
  }
  const sorted = [...stored.values()].sort((a, b) => a.seq - b.seq);
  return [...sorted, ...unsent.filter((entry) => !arrivedClientIds.has(entry.clientId))];
}

/** Adds a reply on its way, or puts a failed one back on its way (a retry keeps its clientId). */
export function addPending(current: readonly TranscriptEntry[], entry: TranscriptEntry): TranscriptEntry[] {
  const others = current.filter((existing) => existing.delivery === 'sent' || existing.clientId !== entry.clientId);
  return [...others, { ...entry, delivery: 'pending' }];
}

/** Marks the unsent reply with `clientId` as failed, so the agent can retry it. */
export function markFailed(current: readonly TranscriptEntry[], clientId: string): TranscriptEntry[] {
  return current.map((entry) => (entry.delivery === 'pending' && entry.clientId === clientId ? { ...entry, delivery: 'failed' } : entry));
}

/** Highest stored seq held: what to ask the server "after" when catching up. */
export function highestSeq(entries: readonly TranscriptEntry[]): number {
  let highest = 0;
  for (const entry of entries) if (entry.delivery === 'sent' && entry.seq > highest) highest = entry.seq;
  return highest;
}
