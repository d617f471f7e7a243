import { Schema, type Connection, type InferSchemaType, type Types } from 'mongoose';
import type { Conversation, ConversationStatus, HandoffReason, Locale, Resolution } from '../../shared/domain';

/** Routing decisions recorded on the conversation; analytics derive wait and handle times from them. */
const routingEventSchema = new Schema(
  {
    type: { type: String, required: true, enum: ['created', 'queued', 'offline', 'assigned', 'transferred', 'reassigned', 'reopened', 'closed'] },
    at: { type: Date, required: true },
    agentId: { type: String, default: null },
    reason: { type: String, default: null },
  },
  { _id: false },
);

const conversationSchema = new Schema(
  {
    siteId: { type: String, required: true },
    visitorId: { type: String, required: true },
    visitorName: { type: String, default: null },
    /** Set when the visitor was erased (server/privacy/visitor-erasure.ts). */
    visitorErased: { type: Boolean, default: false },
    locale: { type: String, enum: ['ko', 'en'], default: 'en' },
    status: { type: String, required: true, enum: ['bot', 'queued', 'offline', 'assigned', 'closed'] },
    assignedAgentId: { type: String, default: null },
    assignedAgentName: { type: String, default: null },
    queuedAt: { type: Date, default: null },
    /** How many times the conversation was queued; names the assignment claim of each round. */
    round: { type: Number, required: true, default: 0 },
    team: { type: String, default: null },
    priority: { type: Number, default: 0 },
    tags: { type: [String], default: [] },
    csat: { type: new Schema({ score: Number, comment: { type: String, default: null } }, { _id: false }), default: null },
    /** The visitor's 0–10 "would you recommend us" answer (NPS), given once after rating. */
    nps: { type: Number, default: null },
    /** Copied from the visitor so transcript search by email is one query. */
    visitorEmail: { type: String, default: null },
    /** The agent a returning visitor talked to last; routing tries them first. */
    preferredAgentId: { type: String, default: null },
    closedAt: { type: Date, default: null },
    /** dayOf(closedAt): reports read closed conversations a day at a time. */
    closedDay: { type: String, default: null },
    /** The site's closing number, and its page (`siteId|n`): the closed view's order and key (closed-sequence.ts). */
    closedSeq: { type: Number, default: null },
    /** The site while the conversation is open, null once closed: the live views' one equality (inbox-views.ts). */
    openSite: { type: String, default: null },
    closedPage: { type: String, default: null },
    /**
     * The list preview as it stood when the conversation closed, kept on the conversation so
     * the closed view (always a full page of them) reads no activity notes. The closing
     * system line itself comes after it and is not its preview.
     */
    closedActivity: {
      type: new Schema({ lastSeq: Number, preview: { type: String, default: null }, visitorReadSeq: Number, agentReadSeq: Number }, { _id: false }),
      default: null,
    },
    handoff: {
      type: new Schema(
        {
          reason: { type: String, required: true },
          intents: { type: [{ name: String, confidence: Number, displayName: { type: { ko: String, en: String, _id: false }, default: undefined }, _id: false }], default: [] },
          botAnswers: { type: [String], default: [] },
          at: { type: Date, required: true },
        },
        { _id: false },
      ),
      default: null,
    },
    resolution: { type: String, enum: ['bot', 'agent', null], default: null },
    /** The bot's memory between turns (see bot/bot-policy.ts). */
    botMemory: {
      type: new Schema(
        {
          lowConfidenceStreak: { type: Number, default: 0 },
          detected: { type: [{ name: String, confidence: Number, _id: false }], default: [] },
          answers: { type: [String], default: [] },
        },
        { _id: false },
      ),
      default: null,
    },
    events: { type: [routingEventSchema], default: [] },
  },
  { timestamps: true },
);
// Every list is a union of equality filters on these (see inbox-views.ts), newest first.
// The field filtered by equality leads each index: the embedded store keeps a GIN index on
// leading fields only (tools/ferretdb/pg_index.go), and MongoDB serves them either way.
conversationSchema.index({ status: 1, siteId: 1, updatedAt: -1 });
conversationSchema.index({ team: 1, status: 1, siteId: 1, updatedAt: -1 });
conversationSchema.index({ closedDay: 1, siteId: 1, status: 1 });
conversationSchema.index({ closedPage: 1 });
conversationSchema.index({ openSite: 1, updatedAt: -1 });
conversationSchema.index({ visitorId: 1, createdAt: -1 });
conversationSchema.index({ assignedAgentId: 1, status: 1, updatedAt: -1 });
conversationSchema.index({ visitorEmail: 1, siteId: 1 });
conversationSchema.index({ tags: 1, siteId: 1, updatedAt: -1 });

export type ConversationDoc = InferSchemaType<typeof conversationSchema> & { _id: Types.ObjectId; createdAt: Date; updatedAt: Date };

export const conversationModel = (connection: Connection) => connection.model('Conversation', conversationSchema);

/** Written on every message, so it lives apart from the conversation document (see keyed-lock.ts). */
export interface ActivityDoc {
  _id: string;
  lastSeq: number;
  preview: string | null;
  visitorReadSeq?: number;
  agentReadSeq?: number;
}

export function toConversation(doc: ConversationDoc, activity?: ActivityDoc | null): Conversation {
  return {
    id: doc._id.toHexString(),
    siteId: doc.siteId,
    visitorId: doc.visitorId,
    visitorName: doc.visitorName ?? null,
    ...(doc.visitorErased ? { visitorErased: true } : {}),
    locale: doc.locale as Locale,
    status: doc.status as ConversationStatus,
    assignedAgentId: doc.assignedAgentId ?? null,
    assignedAgentName: doc.assignedAgentName ?? null,
    lastSeq: activity?.lastSeq ?? 0,
    lastMessagePreview: activity?.preview ?? null,
    queuedAt: doc.queuedAt ? doc.queuedAt.toISOString() : null,
    handoff: doc.handoff
      ? {
          reason: doc.handoff.reason as HandoffReason,
          intents: doc.handoff.intents.map((intent) => ({
            name: intent.name ?? '',
            confidence: intent.confidence ?? 0,
            ...(intent.displayName ? { displayName: { ko: intent.displayName.ko ?? '', en: intent.displayName.en ?? '' } } : {}),
          })),
          botAnswers: [...doc.handoff.botAnswers],
          at: doc.handoff.at.toISOString(),
        }
      : null,
    resolution: (doc.resolution as Resolution | null) ?? null,
    team: doc.team ?? null,
    priority: doc.priority ?? 0,
    tags: [...(doc.tags ?? [])],
    csat: doc.csat ? { score: doc.csat.score ?? 0, comment: doc.csat.comment ?? null } : null,
    nps: doc.nps ?? null,
    readSeq: { visitor: activity?.visitorReadSeq ?? 0, agent: activity?.agentReadSeq ?? 0 },
    createdAt: doc.createdAt.toISOString(),
    updatedAt: doc.updatedAt.toISOString(),
  };
}
