/**
 * The inbox's knowledge of conversations, as plain data: every conversation the server
 * told us about, keyed by id. Updates can arrive out of order (an ack and a broadcast
 * race), so a snapshot never replaces a newer one.
 */
import type { Conversation, Message } from '../../../shared/domain';
import type { ReadReceipt } from '../../../shared/events';
import { names, type Names } from '../i18n';

export type ConversationMap = Readonly<Record<string, Conversation>>;

export interface ListSections {
  /** Assigned to the signed-in agent, most recent activity first. */
  mine: Conversation[];
  /** Waiting for an agent (queued, or left after hours), in the order they will be served. */
  queue: Conversation[];
  /** Still with the bot, most recent activity first. */
  bot: Conversation[];
}

/**
 * "Mina", or "Visitor #4821" ("방문자 #4821" in Korean) for a visitor who never gave a name,
 * or "Erased visitor" ("삭제된 방문자") once an admin erased them.
 */
export function visitorLabel(
  conversation: Pick<Conversation, 'visitorName' | 'visitorId' | 'visitorErased'>,
  words: Pick<Names, 'visitor' | 'erasedVisitor'> = names,
): string {
  if (conversation.visitorErased) return words.erasedVisitor;
  return conversation.visitorName?.trim() || words.visitor(conversation.visitorId);
}

/** An admin erased the visitor: their conversations lose the name and read as erased at once. */
export function markVisitorErased(map: ConversationMap, visitorId: string): ConversationMap {
  const erased = Object.values(map).filter((conversation) => conversation.visitorId === visitorId && !conversation.visitorErased);
  if (erased.length === 0) return map;
  return { ...map, ...Object.fromEntries(erased.map((conversation) => [conversation.id, { ...conversation, visitorName: null, visitorErased: true }])) };
}

const time = (iso: string | null) => (iso ? Date.parse(iso) || 0 : 0);

function isNewer(incoming: Conversation, existing: Conversation): boolean {
  const [a, b] = [time(incoming.updatedAt), time(existing.updatedAt)];
  // Same timestamp: the one that has seen more messages wins, else the latest arrival.
  return a > b || (a === b && incoming.lastSeq >= existing.lastSeq);
}

export function upsertConversation(map: ConversationMap, incoming: Conversation): ConversationMap {
  const existing = map[incoming.id];
  if (existing && !isNewer(incoming, existing)) return map;
  // The list's preview and seq may already be ahead of this snapshot (see applyMessage),
  // and so may the read marks (snapshots made on the message path carry none).
  let merged = existing && existing.lastSeq > incoming.lastSeq ? { ...incoming, lastSeq: existing.lastSeq, lastMessagePreview: existing.lastMessagePreview } : incoming;
  if (existing && (existing.readSeq.visitor > merged.readSeq.visitor || existing.readSeq.agent > merged.readSeq.agent)) {
    merged = {
      ...merged,
      readSeq: { visitor: Math.max(existing.readSeq.visitor, merged.readSeq.visitor), agent: Math.max(existing.readSeq.agent, merged.readSeq.agent) },
    };
  }
  return { ...map, [incoming.id]: merged };
}

/**
 * A fresh `conversation:list` answer: conversations missing from it left the agent's view
 * (taken by someone else, closed) while we were not listening, so they are dropped unless
 * one of `keepIds` (open tabs, which refresh themselves) still shows them.
 */
export function replaceList(map: ConversationMap, fresh: readonly Conversation[], keepIds: readonly string[]): ConversationMap {
  const kept: Record<string, Conversation> = {};
  for (const id of keepIds) if (map[id]) kept[id] = map[id];
  let next: ConversationMap = kept;
  for (const conversation of fresh) {
    const previous = map[conversation.id];
    next = upsertConversation(previous ? { ...next, [conversation.id]: previous } : next, conversation);
  }
  return next;
}

/**
 * The server does not send `conversation:updated` for every message, so the list's
 * preview and lastSeq follow `message:created` too. Internal notes never become the preview.
 */
export function applyMessage(map: ConversationMap, message: Message): ConversationMap {
  const conversation = map[message.conversationId];
  if (!conversation || message.seq <= conversation.lastSeq) return map;
  const preview = message.internal ? conversation.lastMessagePreview : message.text;
  return { ...map, [conversation.id]: { ...conversation, lastSeq: message.seq, lastMessagePreview: preview } };
}

/** A read receipt moves the reader's mark forward, never back (receipts may arrive out of order). */
export function applyReceipt(map: ConversationMap, receipt: ReadReceipt): ConversationMap {
  const conversation = map[receipt.conversationId];
  if (!conversation || receipt.seq <= conversation.readSeq[receipt.reader]) return map;
  return { ...map, [conversation.id]: { ...conversation, readSeq: { ...conversation.readSeq, [receipt.reader]: receipt.seq } } };
}

const byRecentActivity = (a: Conversation, b: Conversation) => time(b.updatedAt) - time(a.updatedAt);
const byServiceOrder = (a: Conversation, b: Conversation) => b.priority - a.priority || time(a.queuedAt) - time(b.queuedAt);

/** Splits what the agent may see into the list's sections; conversations of other agents and closed ones are left out. */
export function listSections(map: ConversationMap, selfAgentId: string): ListSections {
  const all = Object.values(map);
  return {
    mine: all.filter((c) => c.status === 'assigned' && c.assignedAgentId === selfAgentId).sort(byRecentActivity),
    queue: all.filter((c) => c.status === 'queued' || c.status === 'offline').sort(byServiceOrder),
    bot: all.filter((c) => c.status === 'bot').sort(byRecentActivity),
  };
}
