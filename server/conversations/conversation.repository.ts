/**
 * Conversation documents and their status transitions. Writes to one conversation are
 * serialised in this process (keyed lock); what must hold across processes — one open
 * conversation per visitor, one assignment per queueing round — is claimed by unique
 * insert, never by a read-modify-write update (see concurrency/).
 */
import { isValidObjectId, Types, type Connection } from 'mongoose';
import type { Conversation, HandoffContext, Locale, Resolution } from '../../shared/domain';
import { EMPTY_BOT_MEMORY, type BotMemory } from '../bot/bot-policy';
import { insertClaim } from '../concurrency/insert-claim';
import { createKeyedLock } from '../concurrency/keyed-lock';
import type { FieldCipher } from '../crypto/field-cipher';
import { createDayBuckets, dayOf } from '../database/day-buckets';
import { createActivityNotes } from './activity-notes';
import { closedPageKey, closedPageOf, createClosedSequence } from './closed-sequence';
import { type ActivityDoc, conversationModel, toConversation, type ConversationDoc } from './conversation.model';
import { listClosed, listLive, listOpen, mineFilter, viewKeeps, type InboxView } from './inbox-views';
import { searchConversations } from './conversation-search';
import { createSearchPostings } from './search-postings';

export type { InboxView } from './inbox-views';

/** A queued conversation with what routing needs beyond the wire shape. */
export type RoutableConversation = Conversation & { preferredAgentId: string | null };

type NewConversation = { siteId: string; visitorId: string; visitorName: string | null; locale: Locale };

export interface ConversationRepository {
  /** The visitor's open conversation, started with the bot when there is none. */
  findOrCreateOpen(input: NewConversation): Promise<Conversation>;
  findById(id: string): Promise<Conversation | null>;
  findOpenForVisitor(visitorId: string, options?: { withActivity?: boolean }): Promise<Conversation | null>;
  /** The id findOpenForVisitor will try first (this process saw it open last), without reading anything. */
  rememberedOpenId(visitorId: string): string | null;
  /** A page of one inbox view (see conversationListSchema), from `cursor` on. */
  listForAgent(siteId: string, agent: { id: string; teams: string[] }, view?: InboxView, page?: { cursor?: string; limit?: number }): Promise<{ conversations: Conversation[]; nextCursor: string | null }>;
  /** Every queued conversation of the site (unordered: see routing/queue-estimate.ts). */
  listQueued(siteId: string): Promise<RoutableConversation[]>;
  /** Seconds between queueing and assignment for the site's latest assignments. */
  recentWaitSeconds(siteId: string, limit?: number): Promise<number[]>;
  /** assigned → queued again (agent dropped, or transfer to a team), served before normal entries when priority is higher. */
  requeue(id: string, change: { event: 'reassigned' | 'transferred'; reason: string; priority: number; team?: string | null }): Promise<Conversation | null>;
  /** assigned to one agent → assigned to another. Null when it was not assigned to `fromAgentId`. */
  transfer(id: string, fromAgentId: string, to: { id: string; name: string }, note: string): Promise<Conversation | null>;
  /**
   * Reopens the visitor's conversation closed by an agent since `closedSince`, queued for
   * the same agent first. Null when there is none, or another tab opened one meanwhile.
   */
  reopenRecent(visitorId: string, closedSince: Date): Promise<Conversation | null>;
  /** Conversations still with the bot whose last change is older than `before` (a few hundred at most). */
  listIdleWithBot(before: Date): Promise<Conversation[]>;
  /** Every conversation currently assigned to the agent. */
  listAssignedTo(agentId: string): Promise<Conversation[]>;
  setTags(id: string, tags: string[]): Promise<Conversation | null>;
  /** Copies what the visitor told us (pre-chat form) onto their conversation, and the team they chose. */
  setVisitorDetails(id: string, details: { visitorName?: string; visitorEmail?: string; team?: string }): Promise<Conversation | null>;
  /** CSAT for a closed conversation; null when it is not closed. */
  rate(id: string, csat: { score: number; comment: string | null }): Promise<Conversation | null>;
  /** NPS for a closed conversation, once; null when it is not closed or was answered already. */
  recommend(id: string, score: number): Promise<Conversation | null>;
  /** Moves a side's read mark forward (never back). */
  markRead(id: string, reader: 'visitor' | 'agent', seq: number): Promise<void>;
  /** The visitor's conversations, newest first. */
  listForVisitor(visitorId: string, limit?: number): Promise<Conversation[]>;
  /** Conversations of a site matching all given filters, newest first, a page at a time. */
  search(siteId: string, filter: { q?: string; email?: string; tag?: string; status?: string }, page: { cursor?: string; pageSize: number }): Promise<{ conversations: Conversation[]; nextCursor: string | null }>;
  /**
   * bot or offline → queued (or bot → offline outside business hours), keeping the
   * handoff context for the agent. Null when the conversation was in neither state.
   */
  enqueue(id: string, handoff: HandoffContext, status?: 'queued' | 'offline', routing?: { team: string | null; preferredAgentId: string | null }): Promise<Conversation | null>;
  /** The agent who last had one of this visitor's conversations, for returning visitors. */
  lastAgentOf(visitorId: string): Promise<string | null>;
  /** The bot's memory of this conversation, or a fresh one. */
  botMemory(id: string): Promise<BotMemory>;
  saveBotMemory(id: string, memory: BotMemory): Promise<void>;
  /** queued → assigned to this agent. Null when someone else claimed it first. */
  claim(id: string, agent: { id: string; name: string }): Promise<Conversation | null>;
  /** any open status → closed. Null when it was already closed. */
  close(id: string, byAgentId: string | null, resolution: Resolution): Promise<Conversation | null>;
  /** The last seq the activity note knows of: a cheap lower bound for numbering (0 when none). */
  lastSeqHint(id: string): Promise<number>;
  /** recordActivity for many conversations, a few at a time. */
  recordActivities(notes: { conversationId: string; lastSeq: number; preview: string }[]): Promise<void>;
  /** Notes the newest message; an older one arriving late never overwrites a newer one. */
  recordActivity(id: string, lastSeq: number, preview: string): Promise<void>;
}

export function createConversationRepository(connection: Connection, cipher: FieldCipher): ConversationRepository {
  const Conversations = conversationModel(connection);
  const openByVisitor = connection.collection<{ _id: string; conversationId: Types.ObjectId }>('openconversations');
  const assignments = connection.collection<{ _id: string; agentId: string; at: Date }>('assignmentclaims');
  const activity = createActivityNotes(connection);
  /** The visitor's latest conversations, newest change first (an indexed equality on visitorId). */
  const latestOf = (visitorId: string, limit = 10) => Conversations.find({ visitorId }).sort({ updatedAt: -1 }).limit(limit).lean<ConversationDoc[]>().exec();
  const lock = createKeyedLock();
  const closedDays = createDayBuckets(connection, 'closedconversations');
  const closedSequence = createClosedSequence(connection);
  const postings = createSearchPostings(connection, cipher);
  // Visitor → their open conversation, as last seen by this process: saves the pointer
  // read on every visitor message (see findOpenForVisitor for why staleness is harmless).
  const openPointers = new Map<string, Types.ObjectId>();
  const rememberPointer = (visitorId: string, conversationId: Types.ObjectId) => {
    openPointers.delete(visitorId);
    openPointers.set(visitorId, conversationId);
    if (openPointers.size > 50_000) openPointers.delete(openPointers.keys().next().value!);
  };

  async function withActivity(docs: ConversationDoc[]): Promise<Conversation[]> {
    if (docs.length === 0) return [];
    const settled = (doc: ConversationDoc) => (doc.status === 'closed' && doc.closedActivity ? doc.closedActivity : null);
    const byId = await activity.read(docs.filter((doc) => !settled(doc)).map((doc) => doc._id.toHexString()));
    // Previews are stored sealed, like the messages they come from.
    const opened = (note: ActivityDoc | null | undefined) => (note ? { ...note, preview: cipher.openMaybe(note.preview) } : note);
    return docs.map((doc) => toConversation(doc, opened((settled(doc) as ActivityDoc | null) ?? byId.get(doc._id.toHexString()))));
  }
  const one = async (doc: ConversationDoc | null) => (doc ? (await withActivity([doc]))[0]! : null);
  const read = (id: string | Types.ObjectId) => Conversations.findById(id).lean<ConversationDoc>().exec();
  /**
   * Set by every write that leaves a conversation open: processes lock per process only, so
   * a close elsewhere may land first, and each write must leave the views' keys consistent
   * with the status it writes (else the conversation drops out of every view).
   */
  const openKeys = (siteId: string) => ({ openSite: siteId, closedSeq: null, closedPage: null });
  const update = (id: string, change: object) =>
    Conversations.findByIdAndUpdate(id, change, { returnDocument: 'after' }).lean<ConversationDoc>().exec();

  return {
    async findOrCreateOpen(input) {
      for (;;) {
        let pointer = await openByVisitor.findOne({ _id: input.visitorId });
        let fresh = false;
        if (!pointer) {
          const claimed = { _id: input.visitorId, conversationId: new Types.ObjectId() };
          // Lost to another tab or process: read theirs.
          if (!(await insertClaim(openByVisitor, claimed))) continue;
          pointer = claimed;
          fresh = true;
        }
        // A pointer this call just made names an id nobody has used yet: nothing to read.
        let doc = fresh ? null : await read(pointer.conversationId);
        if (!doc) {
          // First time through, or a pointer left by a crash before its conversation was written.
          const created = {
            _id: pointer.conversationId,
            ...input,
            status: 'bot' as const,
            openSite: input.siteId,
            round: 0,
            events: [{ type: 'created' as const, at: new Date(), agentId: null, reason: null }],
            createdAt: new Date(),
            updatedAt: new Date(),
          };
          // What was inserted is what a read would return; only the loser of a race reads.
          doc = (await insertClaim(Conversations.collection, created)) ? (created as unknown as ConversationDoc) : await read(pointer.conversationId);
        }
        if (doc && doc.status !== 'closed') {
          rememberPointer(input.visitorId, doc._id);
          return (await one(doc))!;
        }
        await openByVisitor.deleteOne({ _id: input.visitorId, conversationId: pointer.conversationId });
      }
    },

    rememberedOpenId: (visitorId) => openPointers.get(visitorId)?.toHexString() ?? null,

    findById: async (id) => (isValidObjectId(id) ? one(await read(id)) : null),

    async findOpenForVisitor(visitorId, options) {
      // A remembered pointer is safe to trust this far: it can only go stale by its
      // conversation closing, which the read below sees, and then the pointer is read afresh.
      const remembered = openPointers.get(visitorId);
      const cachedDoc = remembered ? await read(remembered) : null;
      if (cachedDoc && cachedDoc.status !== 'closed') return options?.withActivity === false ? toConversation(cachedDoc) : one(cachedDoc);
      openPointers.delete(visitorId);
      const pointer = await openByVisitor.findOne({ _id: visitorId });
      const doc = pointer ? await read(pointer.conversationId) : null;
      if (!doc || doc.status === 'closed') return null;
      rememberPointer(visitorId, doc._id);
      // The hot path of every visitor message needs the status, not the list preview.
      return options?.withActivity === false ? toConversation(doc) : one(doc);
    },

    async listForAgent(siteId, agent, view = 'default', page = {}) {
      const limit = page.limit ?? 50;
      const { docs, nextCursor } =
        view === 'closed'
          ? await listClosed(Conversations as never, closedSequence, siteId, page.cursor, limit)
          : view === 'mine'
            ? await listLive(Conversations as never, [mineFilter(siteId, agent.id)], page.cursor, limit)
            : await listOpen(Conversations as never, siteId, viewKeeps(agent, view), page.cursor, limit);
      return { conversations: await withActivity(docs), nextCursor };
    },


    rate: (id, csat) =>
      lock.run(id, async () => {
        const current = await read(id);
        if (!current || current.status !== 'closed') return null;
        return one(await update(id, { $set: { csat } }));
      }),

    recommend: (id, score) =>
      lock.run(id, async () => {
        const current = await read(id);
        if (!current || current.status !== 'closed' || typeof current.nps === 'number') return null;
        return one(await update(id, { $set: { nps: score } }));
      }),

    markRead: activity.markRead,

    setVisitorDetails: (id, details) =>
      lock.run(id, async () => one(await update(id, { $set: { ...details, ...(details.visitorEmail ? { visitorEmail: details.visitorEmail.toLowerCase() } : {}) } }))),

    setTags: (id, tags) => lock.run(id, async () => one(await update(id, { $set: { tags: [...new Set(tags)] } }))),

    async listForVisitor(visitorId, limit = 20) {
      return withActivity(await Conversations.find({ visitorId }).sort({ createdAt: -1 }).limit(limit).lean<ConversationDoc[]>());
    },

    async search(siteId, filter, page) {
      const { docs, nextCursor } = await searchConversations({ Conversations: Conversations as never, closedSequence, postings, read }, siteId, filter, page);
      return { conversations: await withActivity(docs), nextCursor };
    },

    async listQueued(siteId) {
      const docs = await Conversations.find({ siteId, status: 'queued' }).limit(1000).lean<ConversationDoc[]>();
      const conversations = await withActivity(docs);
      return conversations.map((conversation, i) => ({ ...conversation, preferredAgentId: docs[i]!.preferredAgentId ?? null }));
    },

    async listIdleWithBot(before) {
      const docs = await Conversations.find({ status: 'bot', updatedAt: { $lt: before } }).limit(300).lean<ConversationDoc[]>();
      return docs.map((doc) => toConversation(doc));
    },

    async listAssignedTo(agentId) {
      return withActivity(await Conversations.find({ assignedAgentId: agentId, status: 'assigned' }).lean<ConversationDoc[]>());
    },

    async recentWaitSeconds(siteId, limit = 20) {
      // The conversations assigned right now: a bounded set, and the latest assignments.
      const docs = await Conversations.find({ siteId, status: 'assigned' })
        .sort({ updatedAt: -1 })
        .limit(limit)
        .select('events')
        .lean<ConversationDoc[]>();
      return docs.flatMap((doc) => {
        const queued = doc.events.findLast((event) => event.type === 'queued' || event.type === 'reassigned');
        const assigned = queued && doc.events.find((event) => event.type === 'assigned' && event.at >= queued.at);
        return queued && assigned ? [(assigned.at.getTime() - queued.at.getTime()) / 1000] : [];
      });
    },

    requeue: (id, change) =>
      lock.run(id, async () => {
        const current = await read(id);
        if (!current || current.status !== 'assigned') return null;
        const now = new Date();
        return one(
          await update(id, {
            $set: {
              ...openKeys(current.siteId),
              status: 'queued',
              queuedAt: now,
              round: current.round + 1,
              priority: change.priority,
              team: change.team === undefined ? current.team : change.team,
              preferredAgentId: null,
              assignedAgentId: null,
              assignedAgentName: null,
            },
            $push: { events: { type: change.event, at: now, agentId: current.assignedAgentId, reason: change.reason } },
          }),
        );
      }),

    transfer: (id, fromAgentId, to, note) =>
      lock.run(id, async () => {
        const current = await read(id);
        if (!current || current.status !== 'assigned' || current.assignedAgentId !== fromAgentId) return null;
        const moved = await update(id, {
          $set: { assignedAgentId: to.id, assignedAgentName: to.name },
          $push: { events: { type: 'transferred', at: new Date(), agentId: to.id, reason: note || null } },
        });
        return one(moved);
      }),

    async reopenRecent(visitorId, closedSince) {
      const last = (await latestOf(visitorId)).find((doc) => doc.status === 'closed');
      if (!last?.closedAt || last.closedAt < closedSince) return null;
      const id = last._id.toHexString();
      return lock.run(id, async () => {
        const current = await read(id);
        if (!current || current.status !== 'closed' || current.resolution !== 'agent') return null;
        if (!(await insertClaim(openByVisitor, { _id: visitorId, conversationId: current._id }))) return null;
        const now = new Date();
        return one(
          await update(id, {
            $set: {
              status: 'queued',
              queuedAt: now,
              round: current.round + 1,
              priority: 0,
              preferredAgentId: current.assignedAgentId,
              assignedAgentId: null,
              assignedAgentName: null,
              resolution: null,
              closedAt: null,
              closedDay: null,
              ...openKeys(current.siteId),
              closedActivity: null,
            },
            $push: { events: { type: 'reopened', at: now, agentId: current.assignedAgentId } },
          }),
        );
      });
    },

    async lastAgentOf(visitorId) {
      return (await latestOf(visitorId)).find((doc) => doc.assignedAgentId)?.assignedAgentId ?? null;
    },

    enqueue: (id, handoff, status = 'queued', routing) =>
      lock.run(id, async () => {
        const current = await read(id);
        if (!current || !(current.status === 'bot' || (current.status === 'offline' && status === 'queued'))) return null;
        const now = new Date();
        const keepContext = current.handoff ?? { ...handoff, at: new Date(handoff.at) };
        return one(
          await update(id, {
            $set: {
              ...openKeys(current.siteId),
              status,
              queuedAt: now,
              handoff: keepContext,
              round: current.round + 1,
              ...(routing ? { team: routing.team ?? current.team ?? null, preferredAgentId: routing.preferredAgentId } : {}),
            },
            $push: { events: { type: status, at: now, reason: handoff.reason } },
          }),
        );
      }),

    async botMemory(id) {
      const doc = await Conversations.findById(id).select('botMemory').lean<ConversationDoc>();
      const memory = doc?.botMemory;
      return memory
        ? {
            lowConfidenceStreak: memory.lowConfidenceStreak ?? 0,
            detected: memory.detected.map((d) => ({ name: d.name ?? '', confidence: d.confidence ?? 0 })),
            answers: [...memory.answers],
          }
        : EMPTY_BOT_MEMORY;
    },

    saveBotMemory: (id, memory) =>
      lock.run(id, async () => {
        await Conversations.updateOne({ _id: id }, { $set: { botMemory: memory } });
      }),

    claim: (id, agent) =>
      lock.run(id, async () => {
        const current = await read(id);
        if (!current || current.status !== 'queued') return null;
        if (!(await insertClaim(assignments, { _id: `${id}:${current.round}`, agentId: agent.id, at: new Date() }))) return null;
        const claimed = await update(id, {
          $set: { ...openKeys(current.siteId), status: 'assigned', assignedAgentId: agent.id, assignedAgentName: agent.name },
          $push: { events: { type: 'assigned', at: new Date(), agentId: agent.id } },
        });
        return one(claimed);
      }),

    close: (id, byAgentId, resolution) =>
      lock.run(id, async () => {
        const current = await read(id);
        if (!current || current.status === 'closed') return null;
        const closedAt = new Date();
        // The hour is marked before the conversation says closed, so no list can miss it.
        const [note, closedSeq] = await Promise.all([activity.read([id]).then((notes) => notes.get(id)), closedSequence.next(current.siteId), closedDays.mark(current.siteId, closedAt)]);
        const closedActivity = { lastSeq: note?.lastSeq ?? 0, preview: note?.preview ?? null, visitorReadSeq: note?.visitorReadSeq ?? 0, agentReadSeq: note?.agentReadSeq ?? 0 };
        const closed = await update(id, {
          $set: { status: 'closed', resolution, closedAt, closedDay: dayOf(closedAt), closedSeq, closedPage: closedPageKey(current.siteId, closedPageOf(closedSeq)), openSite: null, closedActivity },
          $push: { events: { type: 'closed', at: new Date(), agentId: byAgentId, reason: resolution } },
        });
        await openByVisitor.deleteOne({ _id: current.visitorId, conversationId: current._id });
        return one(closed);
      }),

    recordActivities: activity.recordMany,

    lastSeqHint: activity.lastSeqHint,

    recordActivity: activity.record,

  };
}
