/**
 * Capacity as documents: an agent with capacity 3 can hold slot documents
 * `<agentId>:0`, `:1` and `:2`, each naming the conversation it holds. Taking a slot
 * is a unique insert, so no number of racing assignments — in one process or many —
 * can put an agent over capacity, and releasing one is deleting it.
 */
import { randomUUID } from 'node:crypto';
import type { Connection } from 'mongoose';
import { insertClaim } from '../concurrency/insert-claim';

interface SlotDoc {
  _id: string;
  agentId: string;
  conversationId: string;
  /** Names this reservation, so a process that lost the conversation frees only its own slot. */
  reservation: string;
  takenAt: Date;
}

/** A slot as stored: which agent holds it, for which conversation, since when. */
export interface HeldSlot extends SlotReservation {
  agentId: string;
  conversationId: string;
  takenAt: Date;
}

/** A slot taken for one assignment attempt. */
export interface SlotReservation {
  slotId: string;
  reservation: string;
}

export interface AgentSlots {
  /** Takes a free slot for the conversation; null when the agent is at capacity. */
  /** `usedHint`: how many slots the caller believes are taken, where the search starts. */
  take(agentId: string, capacity: number, conversationId: string, usedHint?: number): Promise<SlotReservation | null>;
  /** Gives back a slot whose assignment attempt lost its race. */
  cancel(reservation: SlotReservation): Promise<void>;
  /** Frees the agent's slot for a conversation that ended or moved on. */
  release(agentId: string, conversationId: string): Promise<void>;
  /** Every slot the agents hold, for the reconciler to check against their conversations. */
  held(agentIds: string[]): Promise<HeldSlot[]>;
  /** Slots in use and the latest assignment time, per agent. */
  usage(agentIds: string[]): Promise<Map<string, { used: number; lastTakenAt: Date | null }>>;
}

export function createAgentSlots(connection: Connection): AgentSlots {
  const slots = connection.collection<SlotDoc>('agentslots');
  return {
    async take(agentId, capacity, conversationId, usedHint) {
      // With a hint, try the likely-free slots first by insert alone; a wrong guess costs
      // one failed insert. Without one, read which slots are taken.
      const used =
        usedHint === undefined ? new Set((await slots.find({ agentId }).project<{ _id: string }>({ _id: 1 }).toArray()).map((slot) => slot._id)) : new Set<string>();
      const start = Math.min(usedHint ?? 0, Math.max(0, capacity - 1));
      const reservation = randomUUID();
      for (let step = 0; step < capacity; step++) {
        const slotId = `${agentId}:${(start + step) % capacity}`;
        if (used.has(slotId)) continue;
        if (await insertClaim(slots, { _id: slotId, agentId, conversationId, reservation, takenAt: new Date() })) return { slotId, reservation };
      }
      return null;
    },
    async cancel({ slotId, reservation }) {
      await slots.deleteOne({ _id: slotId, reservation });
    },
    async release(agentId, conversationId) {
      await slots.deleteMany({ agentId, conversationId });
    },
    async held(agentIds) {
      if (agentIds.length === 0) return [];
      const docs = await slots.find({ agentId: { $in: agentIds } }).toArray();
      return docs.map((doc) => ({ slotId: doc._id, reservation: doc.reservation, agentId: doc.agentId, conversationId: doc.conversationId, takenAt: doc.takenAt }));
    },
    async usage(agentIds) {
      const result = new Map(agentIds.map((id) => [id, { used: 0, lastTakenAt: null as Date | null }]));
      if (agentIds.length === 0) return result;
      for (const slot of await slots.find({ agentId: { $in: agentIds } }).toArray()) {
        const entry = result.get(slot.agentId);
        if (!entry) continue;
        entry.used += 1;
        if (!entry.lastTakenAt || slot.takenAt > entry.lastTakenAt) entry.lastTakenAt = slot.takenAt;
      }
      return result;
    },
  };
}
