/**
 * The visitor's transcript as pure functions over plain data: what the server stored,
 * merged from live events, syncs and acks that may arrive twice or out of order, plus
 * what the visitor typed or attached that the server has not confirmed yet.
 */
import type { Attachment, Message } from '../../../shared/domain';
import type { ErrorBody } from '../../../shared/errors';

/** A message the visitor sent that the server has not stored (yet). */
export interface OutgoingMessage {
  clientId: string;
  text: string;
  /** An uploaded file the message carries. */
  attachment?: Attachment;
  createdAt: string;
  state: 'pending' | 'failed';
  /** Why the server refused it, when `state` is `failed`. */
  error?: ErrorBody;
}

/** A file on its way to the server, before it becomes an outgoing message. */
export interface Upload {
  id: string;
  name: string;
  type: string;
  /** 0 to 1. */
  progress: number;
  state: 'uploading' | 'failed';
  /** A local object URL showing an image before it is uploaded. */
  preview: string | null;
}

export type ThreadItem =
  | { kind: 'stored'; key: string; message: Message }
  | { kind: 'outgoing'; key: string; message: OutgoingMessage }
  | { kind: 'upload'; key: string; upload: Upload };

/**
 * Merges `incoming` into `held`: one entry per clientId (the newer copy wins), internal
 * agent notes dropped, ordered by seq within a conversation. When a closed conversation
 * is followed by a new one, seq starts again, so conversations are ordered by their
 * first message's time and seq only orders messages of the same conversation.
 */
export function mergeMessages(held: readonly Message[], incoming: readonly Message[]): Message[] {
  if (incoming.length === 0) return held as Message[];
  const byClientId = new Map<string, Message>();
  for (const message of [...held, ...incoming]) {
    if (message.internal) continue;
    byClientId.set(message.clientId, message);
  }
  const merged = [...byClientId.values()];
  const startedAt = new Map<string, string>();
  for (const message of merged) {
    const start = startedAt.get(message.conversationId);
    if (start === undefined || message.createdAt < start) startedAt.set(message.conversationId, message.createdAt);
  }
  return merged.sort((a, b) => {
    if (a.conversationId === b.conversationId) return a.seq - b.seq;
    const byStart = (startedAt.get(a.conversationId) ?? '').localeCompare(startedAt.get(b.conversationId) ?? '');
    return byStart !== 0 ? byStart : a.conversationId.localeCompare(b.conversationId);
  });
}

/** The `afterSeq` to sync from: the highest seq held for `conversationId`, or 0. */
export function highestSeq(messages: readonly Message[], conversationId: string | null): number {
  let highest = 0;
  for (const message of messages) {
    if (message.conversationId === conversationId && message.seq > highest) highest = message.seq;
  }
  return highest;
}

/** Bot and agent messages of `conversationId` after `readSeq`: what the launcher's badge counts. */
export function countUnread(messages: readonly Message[], conversationId: string | null, readSeq: number): number {
  return messages.filter((message) => message.conversationId === conversationId && message.seq > readSeq && (message.author.kind === 'agent' || message.author.kind === 'bot')).length;
}

/**
 * What the message list shows: stored messages in order, then the visitor's unconfirmed
 * ones in the order they were typed, then files still uploading. An outgoing message
 * disappears as soon as its stored copy (same clientId) is held, so none shows twice.
 */
export function buildThread(messages: readonly Message[], outgoing: readonly OutgoingMessage[], uploads: readonly Upload[] = []): ThreadItem[] {
  const stored = new Set(messages.map((message) => message.clientId));
  return [
    ...messages.map((message): ThreadItem => ({ kind: 'stored', key: message.clientId, message })),
    ...outgoing.filter((message) => !stored.has(message.clientId)).map((message): ThreadItem => ({ kind: 'outgoing', key: message.clientId, message })),
    ...uploads.map((upload): ThreadItem => ({ kind: 'upload', key: upload.id, upload })),
  ];
}
