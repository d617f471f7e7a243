/**
 * What agent protection keeps in the store, so it holds across restarts and processes: each
 * site's lists and thresholds, visitor blocks, a tally of abusive messages per conversation,
 * which agents met abuse on which day, and the escalations supervisors were sent.
 */
import { Schema, isValidObjectId, type Connection, type Types } from 'mongoose';
import type { AbuseEscalation, AbuseFlag, EscalationReason, VisitorBlock } from '../../shared/abuse';
import { DEFAULT_ABUSE_SETTINGS, type AbuseSettings } from '../../shared/settings';

const settingsSchema = new Schema({
  _id: { type: String, required: true },
  extraWords: { type: [String], default: [] },
  allowedWords: { type: [String], default: [] },
  escalateAfter: { type: Number },
  breakAfter: { type: Number },
  model: { type: Boolean },
  sensitivity: { type: String, enum: ['low', 'medium', 'high'] },
});

// One per message the abuse model flagged (_id is the message's id); no visitor words in it.
const flagSchema = new Schema({
  _id: { type: String, required: true },
  siteId: { type: String, required: true },
  conversationId: { type: String, required: true },
  seq: { type: Number, required: true },
  threat: { type: Boolean, required: true },
  at: { type: Date, required: true },
});
// The inbox asks for one conversation's flags when an agent opens it.
flagSchema.index({ conversationId: 1 });

const blockSchema = new Schema({
  siteId: { type: String, required: true },
  visitorId: { type: String, required: true },
  visitorName: { type: String, default: null },
  conversationId: { type: String, required: true },
  blockedById: { type: String, required: true },
  blockedByName: { type: String, required: true },
  until: { type: Date, required: true },
  createdAt: { type: Date, required: true },
  // Kept after lifting, so who lifted what stays on record.
  liftedAt: { type: Date, default: null },
  liftedById: { type: String, default: null },
});
// The connection check asks "is this visitor blocked now?" on every widget connection.
blockSchema.index({ visitorId: 1, until: -1 });
blockSchema.index({ siteId: 1, until: -1 });

// One per conversation: _id is the conversation's id.
const tallySchema = new Schema({
  _id: { type: String, required: true },
  siteId: { type: String, required: true },
  abusive: { type: Number, default: 0 },
  threatEscalated: { type: Boolean, default: false },
  repeatedEscalated: { type: Boolean, default: false },
});

// One per agent and conversation: the day the agent first met abuse in it.
const agentDaySchema = new Schema({
  siteId: { type: String, required: true },
  agentId: { type: String, required: true },
  conversationId: { type: String, required: true },
  day: { type: String, required: true },
});
agentDaySchema.index({ agentId: 1, conversationId: 1 }, { unique: true });
agentDaySchema.index({ siteId: 1, day: 1 });

const escalationSchema = new Schema({
  siteId: { type: String, required: true },
  day: { type: String, required: true },
  conversationId: { type: String, required: true },
  visitorId: { type: String, required: true },
  visitorName: { type: String, default: null },
  agentId: { type: String, default: null },
  reason: { type: String, enum: ['threat', 'repeated'], required: true },
  abusiveMessages: { type: Number, required: true },
  at: { type: Date, required: true },
});
escalationSchema.index({ siteId: 1, day: 1 });

interface BlockDoc {
  _id: Types.ObjectId;
  siteId: string;
  visitorId: string;
  visitorName: string | null;
  conversationId: string;
  blockedById: string;
  blockedByName: string;
  until: Date;
  createdAt: Date;
}

const toBlock = (doc: BlockDoc): VisitorBlock & { siteId: string } => ({
  id: doc._id.toHexString(),
  siteId: doc.siteId,
  visitorId: doc.visitorId,
  visitorName: doc.visitorName ?? null,
  conversationId: doc.conversationId,
  blockedBy: { id: doc.blockedById, name: doc.blockedByName },
  until: doc.until.toISOString(),
  createdAt: doc.createdAt.toISOString(),
});

export type AbuseRepository = ReturnType<typeof createAbuseRepository>;

export function createAbuseRepository(connection: Connection) {
  const Settings = connection.model('AbuseSettings', settingsSchema, 'abuse_settings');
  const Blocks = connection.model('VisitorBlock', blockSchema, 'visitor_blocks');
  const Tallies = connection.model('AbuseTally', tallySchema, 'abuse_tallies');
  const AgentDays = connection.model('AbuseAgentDay', agentDaySchema, 'abuse_agent_days');
  const Escalations = connection.model('AbuseEscalation', escalationSchema, 'abuse_escalations');
  const Flags = connection.model('AbuseFlag', flagSchema, 'abuse_flags');
  const active = (now: Date) => ({ until: { $gt: now }, liftedAt: null });

  return {
    async settings(siteId: string): Promise<AbuseSettings> {
      const doc = await Settings.findById(siteId).lean<Partial<AbuseSettings>>();
      return {
        extraWords: doc?.extraWords ?? DEFAULT_ABUSE_SETTINGS.extraWords,
        allowedWords: doc?.allowedWords ?? DEFAULT_ABUSE_SETTINGS.allowedWords,
        escalateAfter: doc?.escalateAfter ?? DEFAULT_ABUSE_SETTINGS.escalateAfter,
        breakAfter: doc?.breakAfter ?? DEFAULT_ABUSE_SETTINGS.breakAfter,
        model: doc?.model ?? DEFAULT_ABUSE_SETTINGS.model,
        sensitivity: doc?.sensitivity ?? DEFAULT_ABUSE_SETTINGS.sensitivity,
      };
    },
    async updateSettings(siteId: string, change: Partial<AbuseSettings>) {
      await Settings.updateOne({ _id: siteId }, { $set: change }, { upsert: true });
    },

    async block(input: Omit<VisitorBlock, 'id' | 'until' | 'createdAt'> & { siteId: string; until: Date; createdAt: Date }) {
      const { blockedBy, ...rest } = input;
      const doc = await Blocks.create({ ...rest, blockedById: blockedBy.id, blockedByName: blockedBy.name });
      return toBlock(doc.toObject() as BlockDoc);
    },
    /** The block in force on this visitor now, if any (the longest, when several overlap). */
    async activeBlock(visitorId: string, now: Date) {
      const doc = await Blocks.findOne({ visitorId, ...active(now) }).sort({ until: -1 }).lean<BlockDoc>();
      return doc ? toBlock(doc) : null;
    },
    async activeBlocks(siteId: string, now: Date) {
      const docs = await Blocks.find({ siteId, ...active(now) }).sort({ until: 1 }).limit(500).lean<BlockDoc[]>();
      return docs.map(toBlock);
    },
    /** Lifts a block of this site; false when there is none in force by that id. */
    async lift(siteId: string, blockId: string, byAgentId: string, now: Date) {
      if (!isValidObjectId(blockId)) return null;
      const doc = await Blocks.findOneAndUpdate({ _id: blockId, siteId, ...active(now) }, { $set: { liftedAt: now, liftedById: byAgentId } }, { returnDocument: 'after' }).lean<BlockDoc>();
      return doc ? toBlock(doc) : null;
    },

    /** Counts one more abusive message in the conversation; answers the new count. */
    async countAbusive(siteId: string, conversationId: string): Promise<number> {
      const doc = await Tallies.findOneAndUpdate({ _id: conversationId }, { $inc: { abusive: 1 }, $setOnInsert: { siteId } }, { upsert: true, returnDocument: 'after' }).lean<{ abusive: number }>();
      return doc?.abusive ?? 1;
    },
    async abusiveCount(conversationId: string): Promise<number> {
      return (await Tallies.findById(conversationId).lean<{ abusive: number }>())?.abusive ?? 0;
    },
    /**
     * Marks the conversation escalated for this reason; true only for the one caller (of any
     * process) that marked it, so supervisors hear about it once.
     */
    async claimEscalation(conversationId: string, reason: EscalationReason): Promise<boolean> {
      const field = reason === 'threat' ? 'threatEscalated' : 'repeatedEscalated';
      const result = await Tallies.updateOne({ _id: conversationId, [field]: { $ne: true } }, { $set: { [field]: true } });
      return result.modifiedCount === 1;
    },
    async recordEscalation(escalation: AbuseEscalation, day: string) {
      await Escalations.create({ ...escalation, day, at: new Date(escalation.at) });
    },
    async escalationsOn(siteId: string, day: string): Promise<AbuseEscalation[]> {
      const docs = await Escalations.find({ siteId, day }).sort({ at: -1 }).limit(200).lean<(Omit<AbuseEscalation, 'at'> & { at: Date })[]>();
      return docs.map((doc) => ({
        conversationId: doc.conversationId,
        siteId: doc.siteId,
        visitorId: doc.visitorId,
        visitorName: doc.visitorName ?? null,
        agentId: doc.agentId ?? null,
        reason: doc.reason,
        abusiveMessages: doc.abusiveMessages,
        at: doc.at.toISOString(),
      }));
    },

    async recordFlag(siteId: string, flag: AbuseFlag, at: Date) {
      await Flags.updateOne({ _id: flag.messageId }, { $setOnInsert: { siteId, conversationId: flag.conversationId, seq: flag.seq, threat: flag.threat, at } }, { upsert: true });
    },
    async flagsIn(conversationId: string): Promise<AbuseFlag[]> {
      const docs = await Flags.find({ conversationId }).sort({ at: 1 }).limit(1000).lean<{ _id: string; conversationId: string; seq: number; threat: boolean }[]>();
      return docs.map((doc) => ({ conversationId: doc.conversationId, messageId: doc._id, seq: doc.seq, threat: doc.threat }));
    },

    /** The agent met abuse in this conversation; counted once per conversation, on the first day. */
    async noteAgentMetAbuse(siteId: string, agentId: string, conversationId: string, day: string) {
      await AgentDays.updateOne({ agentId, conversationId }, { $setOnInsert: { siteId, day } }, { upsert: true }).catch((error: { code?: number }) => {
        // Two processes inserting the same pair at once: the other one counted it.
        if (error.code !== 11000) throw error;
      });
    },
    /** Abusive conversations per agent on the site's day. */
    async agentCountsOn(siteId: string, day: string): Promise<Map<string, number>> {
      const docs = await AgentDays.find({ siteId, day }).select('agentId').lean<{ agentId: string }[]>();
      const counts = new Map<string, number>();
      for (const { agentId } of docs) counts.set(agentId, (counts.get(agentId) ?? 0) + 1);
      return counts;
    },
  };
}
