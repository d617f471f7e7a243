/** Per-site settings that admins change in the inbox, shared by the server and the inbox. */

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

export interface BusinessHours {
  /** Off means "always open": the bot hands off at any hour. */
  enabled: boolean;
  /** IANA zone, e.g. Asia/Seoul. */
  timezone: string;
  /** Opening hours per weekday, 0 = Sunday … 6 = Saturday; a missing day is closed. */
  weekly: { day: number; open: string; close: string }[];
}

export interface SiteSettings {
  routing: RoutingSettings;
  businessHours: BusinessHours;
  /** Teams (departments) conversations can be routed to. */
  teams: string[];
  /** Curt phrases the inbox suggests softening before an agent sends them as a whole answer. */
  politeGuardPhrases: string[];
}

export const DEFAULT_ROUTING_SETTINGS: RoutingSettings = {
  algorithm: 'load_balancing',
  preferLastAgent: true,
  teamFallbackSeconds: 120,
  reopenWindowMinutes: 60,
  agentGraceSeconds: 30,
};

export const DEFAULT_BUSINESS_HOURS: BusinessHours = {
  enabled: false,
  timezone: 'Asia/Seoul',
  weekly: [1, 2, 3, 4, 5].map((day) => ({ day, open: '09:00', close: '18:00' })),
};

export const DEFAULT_POLITE_GUARD_PHRASES = ['안 돼요', '안돼요', '없어요', '몰라요', '뭐라고요?', '뭐라고요', '그건 안 됩니다'];
