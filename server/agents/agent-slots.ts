/**
 * Capacity as documents: an agent with capacity 3 can hold slot documents
 * `<agentId>:0`, `:1` and `:2`, each naming the conversation it holds. Taking a slot
 * is a unique insert, so no number of racing assignments — in one process or many —
 * can put an agent over capacity, and releasing one is deleting it.
 */
import type { Connection } from 'mongoose';
import { insertClaim } from '../concurrency/insert-claim';

interface SlotDoc {
  _id: string;
  agentId: string;
  conversationId: string;
  takenAt: Date;
}

export interface AgentSlots {
  /** Takes a free slot for the conversation; false when the agent is at capacity. */
  take(agentId: string, capacity: number, conversationId: string): Promise<boolean>;
  release(agentId: string, conversationId: string): Promise<void>;
  /** Slots in use and the latest assignment time, per agent. */
  usage(agentIds: string[]): Promise<Map<string, { used: number; lastTakenAt: Date | null }>>;
}

export function createAgentSlots(connection: Connection): AgentSlots {
  const slots = connection.collection<SlotDoc>('agentslots');
  return {
    async take(agentId, capacity, conversationId) {
      const held = await slots.find({ agentId }).toArray();
      if (held.some((slot) => slot.conversationId === conversationId)) return true;
      const used = new Set(held.map((slot) => slot._id));
      for (let index = 0; index < capacity; index++) {
        const _id = `${agentId}:${index}`;
        if (used.has(_id)) continue;
        if (await insertClaim(slots, { _id, agentId, conversationId, takenAt: new Date() })) return true;
      }
      return false;
    },
    async release(agentId, conversationId) {
      await slots.deleteMany({ agentId, conversationId });
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
