/**
 * Load balancing: the agent with the most free capacity relative to their capacity
 * goes first; among equals, the one who has waited longest since their last assignment.
 * Returns every candidate in order so the router can fall through when a slot is
 * taken by a concurrent assignment.
 */
export interface AssignmentCandidate {
  id: string;
  capacity: number;
  freeSlots: number;
  lastAssignedAt: Date | null;
}

export function rankAgentsForAssignment<T extends AssignmentCandidate>(candidates: readonly T[]): T[] {
  return candidates
    .filter((agent) => agent.capacity > 0 && agent.freeSlots > 0)
    .sort((a, b) => {
      const loadA = 1 - a.freeSlots / a.capacity;
      const loadB = 1 - b.freeSlots / b.capacity;
      if (loadA !== loadB) return loadA - loadB;
      return idleSince(a) - idleSince(b);
    });
}

const idleSince = (agent: AssignmentCandidate) => agent.lastAssignedAt?.getTime() ?? 0;
