/** How a site routes conversations; admins change these in the inbox. */
export type RoutingAlgorithm = 'load_balancing' | 'round_robin' | 'manual';

export interface RoutingSettings {
  /** load_balancing: fewest open chats relative to capacity; round_robin: longest since last assignment; manual: agents take from the queue. */
  algorithm: RoutingAlgorithm;
  /** Send a returning visitor to the agent they last talked to, when online with capacity. */
  preferLastAgent: boolean;
  /** Seconds a team-routed conversation waits for its team before anyone may take it. */
  teamFallbackSeconds: number;
  /** Minutes after closing during which a visitor's new message reopens the conversation. */
  reopenWindowMinutes: number;
  /** Seconds an agent may be without any inbox tab before their chats are reassigned. */
  agentGraceSeconds: number;
}

export const DEFAULT_ROUTING_SETTINGS: RoutingSettings = {
  algorithm: 'load_balancing',
  preferLastAgent: true,
  teamFallbackSeconds: 120,
  reopenWindowMinutes: 60,
  agentGraceSeconds: 30,
};
