/**
 * What one conversation contributes to the service KPIs, read from its recorded routing
 * events and its messages. Pure: no clock, no storage; times are epoch milliseconds.
 *
 * @example
 * const facts = conversationFacts(conversation, { businessHours: DEFAULT_BUSINESS_HOURS });
 * facts.handoffResponse?.ms // handoff → first agent reply
 */
import type { BusinessHours } from '../settings';
import type { HandoffReason, Locale, MessageAuthorKind, Resolution } from '../domain';
import { businessMsBetween } from './local-time';

export type ReportEventType = 'created' | 'queued' | 'offline' | 'assigned' | 'transferred' | 'reassigned' | 'reopened' | 'closed';

export interface ReportEvent {
  type: ReportEventType;
  at: number;
  agentId: string | null;
  reason?: string | null;
}

export interface ReportMessage {
  kind: MessageAuthorKind;
  at: number;
  authorId: string | null;
  internal?: boolean;
}

/** The plain data a report needs from a conversation (see server/reports/report-source.ts). */
export interface ReportConversation {
  id: string;
  siteId: string;
  visitorId: string;
  locale: Locale;
  team: string | null;
  createdAt: number;
  closedAt: number | null;
  resolution: Resolution | null;
  handoff: { reason: HandoffReason; at: number } | null;
  /** Intents the bot detected, with the classifier's confidence. */
  intents: { name: string; confidence: number }[];
  /** `scale` is the top of the rating scale the visitor was shown: 5 or 10. */
  csat: { score: number; scale: 5 | 10 } | null;
  /** The 0–10 "would you recommend us" answer, when the site asks it. */
  nps: number | null;
  events: ReportEvent[];
  messages: ReportMessage[];
}

export interface HandleSegment {
  agentId: string;
  start: number;
  end: number;
  /** The segment with gaps between messages capped at the idle limit. */
  activeMs: number;
  /** Whether this agent sent the visitor anything while holding it; false = missed. */
  replied: boolean;
}

export interface QueueWait {
  start: number;
  end: number;
  /** `abandoned`: closed before any agent took it (the visitor left the queue). */
  outcome: 'assigned' | 'abandoned';
}

export interface ConversationFacts {
  /** Visitor's first message → first agent reply. */
  firstResponse: { ms: number; agentId: string } | null;
  /** Handoff → first agent reply (the bot's time excluded), also counted in business hours only. */
  handoffResponse: { ms: number; businessMs: number; agentId: string } | null;
  /** Each unanswered visitor message (or the handoff) → the next agent reply. */
  responses: { ms: number; agentId: string }[];
  segments: HandleSegment[];
  waits: QueueWait[];
  handoffReason: HandoffReason | null;
  /** The intent the bot was most confident of, or null. */
  intent: string | null;
  /** Solved by the bot: "This solved it", or closed without ever reaching a person. */
  contained: boolean;
  closed: boolean;
  reopened: number;
  transfers: number;
  /** The agent who held it last: ratings and the conversation itself are theirs. */
  lastAgentId: string | null;
}

export interface FactOptions {
  businessHours: BusinessHours;
  /** Silences between messages longer than this count only this long in handle time. */
  idleMs?: number;
}

export const DEFAULT_IDLE_MS = 5 * 60_000;

export function primaryIntent(intents: { name: string; confidence: number }[]): string | null {
  let best: { name: string; confidence: number } | null = null;
  for (const intent of intents) if (intent.name && (!best || intent.confidence > best.confidence)) best = intent;
  return best?.name ?? null;
}

const isReply = (message: ReportMessage) => message.kind === 'agent' && !message.internal && message.authorId !== null;

function activeTime(start: number, end: number, messages: ReportMessage[], idleMs: number): number {
  let previous = start;
  let total = 0;
  for (const message of messages) {
    if (message.at < start || message.at > end) continue;
    total += Math.min(message.at - previous, idleMs);
    previous = message.at;
  }
  return total + Math.min(end - previous, idleMs);
}

/** Who held the conversation when, and how long it waited in the queue, from the routing events. */
function walkEvents(events: ReportEvent[], messages: ReportMessage[], idleMs: number) {
  const segments: HandleSegment[] = [];
  const waits: QueueWait[] = [];
  let holder: { agentId: string; start: number } | null = null;
  let queuedSince: number | null = null;
  let reopened = 0;
  let transfers = 0;
  const release = (at: number) => {
    if (!holder) return;
    const { agentId, start } = holder;
    const replied = messages.some((message) => isReply(message) && message.authorId === agentId && message.at >= start && message.at <= at);
    segments.push({ agentId, start, end: at, activeMs: activeTime(start, at, messages, idleMs), replied });
    holder = null;
  };
  const enterQueue = (at: number) => {
    release(at);
    queuedSince ??= at;
  };
  for (const event of [...events].sort((a, b) => a.at - b.at)) {
    switch (event.type) {
      case 'queued':
      case 'reassigned':
        enterQueue(event.at);
        break;
      case 'reopened':
        reopened++;
        enterQueue(event.at);
        break;
      case 'transferred':
        transfers++;
        // A direct transfer names the new agent; a transfer to a team names the one leaving and requeues.
        if (holder && event.agentId && event.agentId !== (holder as { agentId: string }).agentId) {
          release(event.at);
          holder = { agentId: event.agentId, start: event.at };
        } else enterQueue(event.at);
        break;
      case 'assigned':
        if (queuedSince !== null) waits.push({ start: queuedSince, end: event.at, outcome: 'assigned' });
        queuedSince = null;
        release(event.at);
        if (event.agentId) holder = { agentId: event.agentId, start: event.at };
        break;
      case 'closed':
        if (queuedSince !== null) waits.push({ start: queuedSince, end: event.at, outcome: 'abandoned' });
        queuedSince = null;
        release(event.at);
        break;
      default:
        break;
    }
  }
  return { segments, waits, reopened, transfers };
}

export function conversationFacts(conversation: ReportConversation, options: FactOptions): ConversationFacts {
  const idleMs = options.idleMs ?? DEFAULT_IDLE_MS;
  const messages = [...conversation.messages].filter((message) => message.kind !== 'system').sort((a, b) => a.at - b.at);
  const events = [...conversation.events].sort((a, b) => a.at - b.at);
  const { segments, waits, reopened, transfers } = walkEvents(events, messages, idleMs);
  const replies = messages.filter(isReply);

  const firstVisitor = messages.find((message) => message.kind === 'visitor');
  const firstReply = firstVisitor && replies.find((reply) => reply.at >= firstVisitor.at);
  const firstResponse = firstVisitor && firstReply ? { ms: firstReply.at - firstVisitor.at, agentId: firstReply.authorId! } : null;

  // People become responsible at the handoff, or when an agent took it straight from the bot.
  const humanStart =
    conversation.handoff?.at ?? events.find((event) => event.type === 'queued' || event.type === 'offline' || event.type === 'assigned')?.at ?? null;
  const afterHandoff = humanStart === null ? undefined : replies.find((reply) => reply.at >= humanStart);
  const handoffResponse =
    humanStart !== null && afterHandoff
      ? { ms: afterHandoff.at - humanStart, businessMs: businessMsBetween(humanStart, afterHandoff.at, options.businessHours), agentId: afterHandoff.authorId! }
      : null;

  const responses: ConversationFacts['responses'] = [];
  if (humanStart !== null) {
    let waitingSince: number | null = humanStart;
    for (const message of messages) {
      if (message.at < humanStart) continue;
      if (message.kind === 'visitor') waitingSince ??= message.at;
      else if (isReply(message) && waitingSince !== null) {
        responses.push({ ms: message.at - waitingSince, agentId: message.authorId! });
        waitingSince = null;
      }
    }
  }

  const closed = conversation.closedAt !== null;
  const reachedPerson = conversation.handoff !== null || events.some((event) => event.type === 'assigned' || event.type === 'queued' || event.type === 'offline');
  return {
    firstResponse,
    handoffResponse,
    responses,
    segments,
    waits,
    handoffReason: conversation.handoff?.reason ?? null,
    intent: primaryIntent(conversation.intents),
    contained: conversation.resolution === 'bot' || (closed && !reachedPerson),
    closed,
    reopened,
    transfers,
    lastAgentId: segments.at(-1)?.agentId ?? null,
  };
}
