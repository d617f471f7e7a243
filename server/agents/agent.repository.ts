/** Agent accounts and presence. Capacity is enforced by agent-slots.ts. */
import { Schema, type Connection, type InferSchemaType, type Types, isValidObjectId } from 'mongoose';
import type { Agent, AgentPresence, AgentRole } from '../../shared/domain';
import { createKeyedLock } from '../concurrency/keyed-lock';
import { createAdminChangeLease } from './admin-change-lease';
import { createAgentSlots, type HeldSlot, type SlotReservation } from './agent-slots';

const agentSchema = new Schema(
  {
    siteId: { type: String, required: true, index: true },
    email: { type: String, required: true, unique: true, lowercase: true, trim: true },
    name: { type: String, required: true },
    passwordHash: { type: String, required: true },
    role: { type: String, enum: ['agent', 'supervisor', 'admin'], default: 'agent' },
    presence: { type: String, enum: ['online', 'away', 'offline'], default: 'offline' },
    capacity: { type: Number, required: true, min: 0 },
    teams: { type: [String], default: [] },
    /** A deactivated agent cannot sign in and takes no chats; their history stays. */
    active: { type: Boolean, default: true },
    /** Sign-in tokens name the version they were issued for; bumping it signs the agent out everywhere. */
    sessionVersion: { type: Number, default: 0 },
  },
  { timestamps: true },
);

export type AgentDoc = InferSchemaType<typeof agentSchema> & { _id: Types.ObjectId };

export function toAgent(doc: AgentDoc): Agent {
  return {
    id: doc._id.toHexString(),
    email: doc.email,
    name: doc.name,
    role: doc.role as AgentRole,
    presence: doc.presence as AgentPresence,
    capacity: doc.capacity,
    teams: [...(doc.teams ?? [])],
    active: doc.active !== false,
  };
}

/** What routing needs to know about an agent who could take a conversation. */
export interface AgentLoad {
  id: string;
  name: string;
  capacity: number;
  freeSlots: number;
  lastAssignedAt: Date | null;
  teams: string[];
}

export interface AgentRepository {
  count(): Promise<number>;
  create(input: { siteId: string; email: string; name: string; passwordHash: string; role: AgentRole; capacity: number; teams?: string[] }): Promise<Agent>;
  /** Online agents of a site who still have an inbox open somewhere are kept; used for reassignment. */
  listBySite(siteId: string): Promise<Agent[]>;
  update(id: string, change: { capacity?: number; teams?: string[]; role?: AgentRole; name?: string }): Promise<Agent | null>;
  findById(id: string): Promise<(Agent & { siteId: string; sessionVersion: number }) | null>;
  findCredentials(email: string): Promise<{ agent: Agent; siteId: string; passwordHash: string; sessionVersion: number } | null>;
  /** The password hash of one agent, to check their current password. */
  passwordHash(id: string): Promise<string | null>;
  /** Sets a new password hash and signs the agent out everywhere; returns the new session version. */
  setPassword(id: string, passwordHash: string): Promise<number | null>;
  /** Signs the agent out everywhere (server-side sign-out); returns the new session version. */
  endSessions(id: string): Promise<number | null>;
  /** Deactivates (offline, signed out) or reactivates an agent. */
  setActive(id: string, active: boolean): Promise<Agent | null>;
  remove(id: string): Promise<boolean>;
  /** Active admins of a site, optionally leaving one agent out. */
  countActiveAdmins(siteId: string, except?: string): Promise<number>;
  /** Runs a check-then-change of the site's admins as the only one, across processes (see admin-change-lease.ts). */
  holdAdminChange<T>(siteId: string, work: () => Promise<T>): Promise<T>;
  setPresence(id: string, presence: AgentPresence): Promise<Agent | null>;
  /**
   * Online agents of a site who have at least one free slot. Slot usage may be a few
   * seconds old (other processes' releases unseen) unless `fresh` asks for a new read.
   */
  listAvailable(siteId: string, options?: { fresh?: boolean }): Promise<AgentLoad[]>;
  /** Takes a capacity slot for an assignment attempt; null when the agent is at capacity. */
  reserveSlot(agentId: string, conversationId: string, hint?: { capacity: number; used: number }): Promise<SlotReservation | null>;
  /** Gives back a reservation whose assignment attempt lost. */
  cancelReservation(reservation: SlotReservation): Promise<void>;
  /** Frees the agent's slot for a conversation that ended or moved on. */
  releaseSlot(agentId: string, conversationId: string): Promise<void>;
  /** Every slot the agents hold (the reconciler checks them against their conversations). */
  heldSlots(agentIds: string[]): Promise<HeldSlot[]>;
  /** Sites that have agents: the ones routing has to look after. */
  siteIds(): Promise<string[]>;
}

const USAGE_REFRESH_MS = 1000;
const USAGE_STALE_MS = 5000;

export function createAgentRepository(connection: Connection): AgentRepository {
  const Agents = connection.model('Agent', agentSchema);
  const slots = createAgentSlots(connection);
  const adminLease = createAdminChangeLease(connection);
  // Slot usage for ranking comes from one scan of the slots collection (FerretDB scans
  // whole collections), kept current in between by this process's own takes and releases.
  // Up to USAGE_STALE_MS old it is used at once while a fresh scan runs in the background,
  // keeping the scan (tens of ms with hundreds of chats) off the handoff's path; older than
  // that (a quiet spell, other processes' releases unseen) the caller waits for the scan.
  // Capacity itself is enforced by the slots whatever the ranking believed.
  type Usage = Map<string, { used: number; lastTakenAt: Date | null }>;
  let usage: { at: number; byAgent: Promise<Usage> } | null = null;
  // Takes and releases made while a scan runs, replayed onto its answer.
  let duringScan: { agentId: string; delta: number }[] | null = null;
  let scanning: Promise<Usage> | null = null;
  const scan = (agentIds: string[]) => {
    const startedAt = Date.now();
    const deltas: { agentId: string; delta: number }[] = [];
    duringScan = deltas;
    const byAgent = slots.usage(agentIds).then((fresh) => {
      // Only releases are replayed. A take made while the scan ran may already be in its
      // answer, and counting it twice would hide a free slot (a visitor left waiting); a
      // take left uncounted only makes routing try a slot that turns out taken.
      for (const { agentId, delta } of deltas) if (delta < 0) applyDelta(fresh, agentId, delta);
      return fresh;
    });
    scanning = byAgent;
    void byAgent
      .finally(() => {
        if (scanning === byAgent) [scanning, duringScan] = [null, null];
      })
      .catch(() => undefined);
    return { at: startedAt, byAgent };
  };
  let refreshing = false;
  const usageOf = async (agentIds: string[], fresh: boolean) => {
    const age = usage ? Date.now() - usage.at : Infinity;
    if (!usage || age > USAGE_STALE_MS || fresh) {
      const next = scan(agentIds);
      usage = next;
      next.byAgent.catch(() => usage === next && (usage = null));
    } else if (age > USAGE_REFRESH_MS && !refreshing) {
      refreshing = true;
      const next = scan(agentIds);
      void next.byAgent.then(
        // A fresh read asked for meanwhile is newer: keep it.
        () => void (usage = usage && usage.at > next.at ? usage : next),
        () => undefined,
      ).finally(() => (refreshing = false));
    }
    const known = await usage.byAgent;
    const missing = agentIds.filter((id) => !known.has(id));
    if (missing.length > 0) for (const [id, entry] of await slots.usage(missing)) known.set(id, entry);
    return known;
  };
  const applyDelta = (map: Usage, agentId: string, delta: number) => {
    const entry = map.get(agentId);
    if (!entry) return;
    entry.used = Math.max(0, entry.used + delta);
    if (delta > 0) entry.lastTakenAt = new Date();
  };
  const adjust = async (agentId: string, delta: number) => {
    duringScan?.push({ agentId, delta });
    // The map in use, unless it is the scan itself (which gets the delta replayed).
    if (!usage || usage.byAgent === scanning) return;
    const current = await usage.byAgent.catch(() => null);
    if (current) applyDelta(current, agentId, delta);
  };
  // Presence flips and admin edits of one agent would otherwise overwrite each other (see keyed-lock.ts).
  const lock = createKeyedLock();
  const write = (id: string, set: Record<string, unknown>) =>
    lock.run(id, () => Agents.findByIdAndUpdate(id, { $set: set }, { returnDocument: 'after' }).lean<AgentDoc>().exec());
  return {
    count: () => Agents.countDocuments(),
    async create(input) {
      const doc = await Agents.create(input);
      return toAgent(doc.toObject() as AgentDoc);
    },
    async findById(id) {
      if (!isValidObjectId(id)) return null;
      const doc = await Agents.findById(id).lean<AgentDoc>();
      return doc ? { ...toAgent(doc), siteId: doc.siteId, sessionVersion: doc.sessionVersion ?? 0 } : null;
    },
    async findCredentials(email) {
      const doc = await Agents.findOne({ email: email.toLowerCase().trim() }).lean<AgentDoc>();
      return doc ? { agent: toAgent(doc), siteId: doc.siteId, passwordHash: doc.passwordHash, sessionVersion: doc.sessionVersion ?? 0 } : null;
    },
    async passwordHash(id) {
      if (!isValidObjectId(id)) return null;
      return (await Agents.findById(id).select('passwordHash').lean<AgentDoc>())?.passwordHash ?? null;
    },
    async setPassword(id, passwordHash) {
      const doc = await lock.run(id, () => Agents.findByIdAndUpdate(id, { $set: { passwordHash }, $inc: { sessionVersion: 1 } }, { returnDocument: 'after' }).lean<AgentDoc>().exec());
      return doc ? doc.sessionVersion : null;
    },
    async endSessions(id) {
      const doc = await lock.run(id, () => Agents.findByIdAndUpdate(id, { $inc: { sessionVersion: 1 } }, { returnDocument: 'after' }).lean<AgentDoc>().exec());
      return doc ? doc.sessionVersion : null;
    },
    async setActive(id, active) {
      const change = active ? { $set: { active } } : { $set: { active, presence: 'offline' }, $inc: { sessionVersion: 1 } };
      const doc = await lock.run(id, () => Agents.findByIdAndUpdate(id, change, { returnDocument: 'after' }).lean<AgentDoc>().exec());
      return doc ? toAgent(doc) : null;
    },
    async remove(id) {
      return (await lock.run(id, () => Agents.deleteOne({ _id: id }).exec())).deletedCount === 1;
    },
    countActiveAdmins: (siteId, except) => Agents.countDocuments({ siteId, role: 'admin', active: { $ne: false }, ...(except ? { _id: { $ne: except } } : {}) }).exec(),
    holdAdminChange: (siteId, work) => adminLease.hold(siteId, work),
    async listBySite(siteId) {
      return (await Agents.find({ siteId }).sort({ name: 1 }).lean<AgentDoc[]>()).map(toAgent);
    },
    async update(id, change) {
      const doc = await write(id, change);
      return doc ? toAgent(doc) : null;
    },
    async setPresence(id, presence) {
      const doc = await write(id, { presence });
      return doc ? toAgent(doc) : null;
    },
    async listAvailable(siteId, options) {
      const docs = await Agents.find({ siteId, presence: 'online', capacity: { $gt: 0 }, active: { $ne: false } }).lean<AgentDoc[]>();
      const known = await usageOf(docs.map((doc) => doc._id.toHexString()), options?.fresh === true);
      return docs
        .map((doc) => {
          const use = known.get(doc._id.toHexString()) ?? { used: 0, lastTakenAt: null };
          return {
            id: doc._id.toHexString(),
            name: doc.name,
            capacity: doc.capacity,
            freeSlots: doc.capacity - use.used,
            lastAssignedAt: use.lastTakenAt,
            teams: [...(doc.teams ?? [])],
          };
        })
        .filter((agent) => agent.freeSlots > 0);
    },
    async reserveSlot(agentId, conversationId, hint) {
      const doc = hint ? null : await Agents.findById(agentId).select('capacity').lean<AgentDoc>();
      const reservation = hint ? await slots.take(agentId, hint.capacity, conversationId, hint.used) : doc ? await slots.take(agentId, doc.capacity, conversationId) : null;
      if (reservation) await adjust(agentId, 1);
      return reservation;
    },
    async cancelReservation(reservation) {
      await slots.cancel(reservation);
      await adjust(reservation.slotId.split(':')[0]!, -1);
    },
    async releaseSlot(agentId, conversationId) {
      await slots.release(agentId, conversationId);
      await adjust(agentId, -1);
    },
    heldSlots: (agentIds) => slots.held(agentIds),
    siteIds: async () => (await Agents.distinct('siteId').exec()).map(String),
  };
}
