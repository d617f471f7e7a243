/**
 * Reads what reports need from raw conversations and messages, as the plain shapes the
 * KPI functions in shared/reports take. Read-only: reports never write to these collections.
 */
import type { Connection } from 'mongoose';
import type { HandoffReason, Locale, MessageAuthorKind, Resolution } from '../../shared/domain';
import type { ReportConversation, ReportEventType } from '../../shared/reports/conversation-facts';
import { primaryIntent } from '../../shared/reports/conversation-facts';
import type { ContactSummary } from '../../shared/reports/first-contact';
import { conversationModel, type ConversationDoc } from '../conversations/conversation.model';
import { messageModel, type MessageDoc } from '../conversations/message.model';
import { createDayBuckets, dayOf } from '../database/day-buckets';

const CONVERSATION_FIELDS = 'siteId visitorId locale team createdAt updatedAt closedAt resolution handoff botMemory.detected csat nps events';

/** Ratings may carry their scale (10) once the widget offers one; until then they are 1–5. */
type StoredCsat = { score?: number | null; scale?: number | null } | null | undefined;
type ExtraFields = { csat?: StoredCsat; nps?: { score?: number | null } | number | null };

function intentsOf(doc: ConversationDoc) {
  const handoffIntents = doc.handoff?.intents ?? [];
  const detected = handoffIntents.length > 0 ? handoffIntents : (doc.botMemory?.detected ?? []);
  return detected.map((intent) => ({ name: intent.name ?? '', confidence: intent.confidence ?? 0 }));
}

function npsOf(doc: ExtraFields): number | null {
  const value = typeof doc.nps === 'number' ? doc.nps : (doc.nps?.score ?? null);
  return typeof value === 'number' && value >= 0 && value <= 10 ? Math.round(value) : null;
}

function csatOf(doc: ExtraFields): ReportConversation['csat'] {
  const score = doc.csat?.score;
  if (typeof score !== 'number') return null;
  const scale = doc.csat?.scale === 10 ? 10 : 5;
  return score >= 1 && score <= scale ? { score: Math.round(score), scale } : null;
}

function contactOf(doc: ConversationDoc): ContactSummary {
  return {
    id: doc._id.toHexString(),
    createdAt: doc.createdAt.getTime(),
    closedAt: doc.closedAt ? doc.closedAt.getTime() : null,
    resolution: (doc.resolution as Resolution | null) ?? null,
    reopened: doc.events.filter((event) => event.type === 'reopened').length,
    intent: primaryIntent(intentsOf(doc)),
    handled: doc.events.some((event) => event.type === 'assigned'),
  };
}

export function toReportConversation(doc: ConversationDoc, messages: Pick<MessageDoc, 'author' | 'createdAt' | 'internal'>[]): ReportConversation {
  const extra = doc as unknown as ExtraFields;
  return {
    id: doc._id.toHexString(),
    siteId: doc.siteId,
    visitorId: doc.visitorId,
    locale: doc.locale as Locale,
    team: doc.team ?? null,
    createdAt: doc.createdAt.getTime(),
    closedAt: doc.closedAt ? doc.closedAt.getTime() : null,
    resolution: (doc.resolution as Resolution | null) ?? null,
    handoff: doc.handoff ? { reason: doc.handoff.reason as HandoffReason, at: doc.handoff.at.getTime() } : null,
    intents: intentsOf(doc),
    csat: csatOf(extra),
    nps: npsOf(extra),
    events: doc.events.map((event) => ({ type: event.type as ReportEventType, at: event.at.getTime(), agentId: event.agentId ?? null, reason: event.reason ?? null })),
    messages: messages.map((message) => ({
      kind: message.author!.kind as MessageAuthorKind,
      at: message.createdAt.getTime(),
      authorId: message.author!.id ?? null,
      ...(message.internal ? { internal: true } : {}),
    })),
  };
}

const OPEN_STATUSES = ['bot', 'queued', 'offline', 'assigned'] as const;

export function createReportSource(connection: Connection) {
  const Conversations = conversationModel(connection);
  const Messages = messageModel(connection);
  const closedDays = createDayBuckets(connection, 'closedconversations');
  const Sites = connection.collection<{ _id: unknown }>('sites');

  /**
   * The conversations that can have changed since `since`, oldest change first, about
   * `limit` of them: the open ones, and those closed on a day since then (through the
   * closing-day directory, oldest day first). Equalities only, so a read is bounded by what
   * is live and a few days' closings, not by the site's whole history (a range on
   * updatedAt is answered by scanning on the embedded store). A conversation closed on a
   * day changes no earlier than that day, so stopping after a day that filled the batch
   * loses nothing: what it returns ends before the next day starts.
   */
  async function changedCandidates(since: Date, limit: number, siteIds?: string[]): Promise<ConversationDoc[]> {
    const sites = siteIds ?? (await Sites.find({}, { projection: { _id: 1 } }).toArray()).map((site) => String(site._id));
    const fromDay = dayOf(since);
    const open = (
      await Promise.all(sites.flatMap((siteId) => OPEN_STATUSES.map((status) => Conversations.find({ status, siteId }).select(CONVERSATION_FIELDS).lean<ConversationDoc[]>().exec())))
    ).flat();
    const days: { siteId: string; day: string }[] = [];
    for (const siteId of sites) {
      for await (const day of closedDays.newestFirst(siteId)) {
        if (day < fromDay) break;
        days.push({ siteId, day });
      }
    }
    days.sort((a, b) => a.day.localeCompare(b.day));
    const closed: ConversationDoc[] = [];
    let before = Number.POSITIVE_INFINITY;
    for (let i = 0; i < days.length; i++) {
      const { siteId, day } = days[i]!;
      closed.push(...(await Conversations.find({ closedDay: day, siteId, status: 'closed' }).select(CONVERSATION_FIELDS).lean<ConversationDoc[]>().exec()));
      const next = days[i + 1]?.day;
      if (next && next !== day && closed.filter((doc) => doc.updatedAt >= since).length >= limit) {
        before = Date.parse(`${next}T00:00:00.000Z`);
        break;
      }
    }
    return [...open, ...closed]
      .filter((doc) => doc.updatedAt >= since && doc.updatedAt.getTime() < before)
      .sort((a, b) => a.updatedAt.getTime() - b.updatedAt.getTime())
      .slice(0, limit);
  }

  async function withMessages(docs: ConversationDoc[]): Promise<ReportConversation[]> {
    if (docs.length === 0) return [];
    // One equality query per conversation: the embedded FerretDB serves those from an
    // index, but answers $in by scanning every message.
    const messages = (
      await Promise.all(docs.map((doc) => Messages.find({ conversationId: doc._id.toHexString() }).select('conversationId author createdAt internal').lean<MessageDoc[]>()))
    ).flat();
    const byConversation = new Map<string, MessageDoc[]>();
    for (const message of messages) {
      const list = byConversation.get(message.conversationId) ?? [];
      list.push(message);
      byConversation.set(message.conversationId, list);
    }
    return docs.map((doc) => toReportConversation(doc, byConversation.get(doc._id.toHexString()) ?? []));
  }

  return {
    /** Conversations changed at or after `since`, oldest change first. */
    async changedSince(since: Date, limit: number): Promise<{ conversations: ReportConversation[]; lastUpdatedAt: Date | null }> {
      const docs = await changedCandidates(since, limit);
      return { conversations: await withMessages(docs), lastUpdatedAt: docs.at(-1)?.updatedAt ?? null };
    },

    /** The site's conversations started since `since`, with their messages. */
    async createdSince(siteId: string, since: Date): Promise<ReportConversation[]> {
      // Started since then: still open, or closed since then.
      const docs = (await changedCandidates(since, 5000, [siteId])).filter((doc) => doc.createdAt >= since);
      return withMessages(docs);
    },

    async byIds(ids: string[]): Promise<ReportConversation[]> {
      if (ids.length === 0) return [];
      const docs = await Promise.all(ids.map((id) => Conversations.findById(id).select(CONVERSATION_FIELDS).lean<ConversationDoc>()));
      return withMessages(docs.filter((doc): doc is ConversationDoc => doc !== null));
    },

    /** What FCR needs about each of the visitor's conversations. */
    async contactsOf(visitorId: string): Promise<ContactSummary[]> {
      const docs = await Conversations.find({ visitorId }).select('createdAt closedAt resolution handoff.intents botMemory.detected events.type').lean<ConversationDoc[]>();
      return docs.map(contactOf);
    },

    /** What FCR needs about every conversation, a page at a time (no messages: cheap). */
    async *allContacts(pageSize = 2000): AsyncGenerator<(ContactSummary & { visitorId: string })[]> {
      let after: unknown = null;
      for (;;) {
        const docs = await Conversations.find(after ? { _id: { $gt: after } } : {})
          .sort({ _id: 1 })
          .limit(pageSize)
          .select('visitorId createdAt closedAt resolution handoff.intents botMemory.detected events.type')
          .lean<ConversationDoc[]>();
        if (docs.length === 0) return;
        yield docs.map((doc) => ({ ...contactOf(doc), visitorId: doc.visitorId }));
        after = docs.at(-1)!._id;
      }
    },

    /** Every conversation in creation order, a page at a time, for rebuilding. */
    async *all(pageSize = 500): AsyncGenerator<ReportConversation[]> {
      let after: unknown = null;
      for (;;) {
        const docs = await Conversations.find(after ? { _id: { $gt: after } } : {}).sort({ _id: 1 }).limit(pageSize).select(CONVERSATION_FIELDS).lean<ConversationDoc[]>();
        if (docs.length === 0) return;
        yield withMessages(docs);
        after = docs.at(-1)!._id;
      }
    },
  };
}

export type ReportSource = ReturnType<typeof createReportSource>;
