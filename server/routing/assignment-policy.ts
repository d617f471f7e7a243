/**
 * Who gets the next conversation, as a pure function over the candidates. Returns
 * every eligible agent in order so the router can fall through when a concurrent
 * assignment takes a slot first.
 */
import type { RoutingAlgorithm } from './routing-settings';

export interface AssignmentCandidate {
  id: string;
  capacity: number;
  freeSlots: number;
  lastAssignedAt: Date | null;
  teams?: readonly string[];
}

export interface AssignmentRequest {
  algorithm: RoutingAlgorithm;
  /** Only this team's agents may take it (null: anyone). */
  team?: string | null;
  /** The visitor's previous agent, who goes first when eligible. */
  preferredAgentId?: string | null;
}

export function rankAgentsForAssignment<T extends AssignmentCandidate>(
  candidates: readonly T[],
  request: AssignmentRequest = { algorithm: 'load_balancing' },
): T[] {
  if (request.algorithm === 'manual') return [];
  const eligible = candidates.filter(
    (agent) => agent.capacity > 0 && agent.freeSlots > 0 && (!request.team || (agent.teams ?? []).includes(request.team)),
  );
  const ranked = eligible.sort(request.algorithm === 'round_robin' ? byLongestIdle : byLoadThenIdle);
  const preferred = ranked.findIndex((agent) => agent.id === request.preferredAgentId);
  if (preferred > 0) ranked.unshift(...ranked.splice(preferred, 1));
  return ranked;
}

const idleSince = (agent: AssignmentCandidate) => agent.lastAssignedAt?.getTime() ?? 0;
const byLongestIdle = (a: AssignmentCandidate, b: AssignmentCandidate) => idleSince(a) - idleSince(b);
const load = (agent: AssignmentCandidate) => 1 - agent.freeSlots / agent.capacity;
const byLoadThenIdle = (a: AssignmentCandidate, b: AssignmentCandidate) => load(a) - load(b) || byLongestIdle(a, b);
