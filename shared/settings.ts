/** Per-site settings that admins change in the inbox, shared by the server and the inbox. */
import type { LimitSettings } from './limits';
import type { AbuseSensitivity } from './abuse';

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

/** How the widget looks on the website owner's pages. */
export interface WidgetTheme {
  /** Accent colour, `#rrggbb`; text on it is chosen for contrast. */
  color: string;
  position: 'left' | 'right';
  /** Greeting shown at the top of an empty conversation, per language. */
  greeting: { ko: string; en: string };
  /** Distance of the launcher from the page edges, in px. */
  launcherOffset: { x: number; y: number };
}

export type PreChatField = 'name' | 'email' | 'topic';

/** An admin-defined nudge: after some time on a page, on matching URLs, or on a first visit. */
export interface ProactiveTrigger {
  id: string;
  kind: 'time_on_page' | 'url_pattern' | 'first_visit';
  /** Seconds for time_on_page; a substring or `*` glob of the URL for url_pattern; unused for first_visit. */
  value: string;
  message: { ko: string; en: string };
  /** Open the panel, or only show a greeting bubble by the launcher. */
  action: 'open' | 'bubble';
}

export interface WidgetSettings {
  theme: WidgetTheme;
  preChat: { enabled: boolean; fields: PreChatField[] };
  attachments: { enabled: boolean; maxBytes: number; allowedTypes: string[] };
  triggers: ProactiveTrigger[];
  /** After the CSAT rating, ask the 0–10 "would you recommend us" question (NPS). Absent: off. */
  nps?: { enabled: boolean };
}

export interface SiteSettings {
  routing: RoutingSettings;
  businessHours: BusinessHours;
  /** Teams (departments) conversations can be routed to. */
  teams: string[];
  /** Curt phrases the inbox suggests softening before an agent sends them as a whole answer. */
  politeGuardPhrases: string[];
  widget: WidgetSettings;
  /** Abuse limits per visitor, IP and site (shared/limits.ts); the server always fills them in. */
  limits?: LimitSettings;
}

/** What the widget learns about a site before it renders anything (public, by site key). */
export interface WidgetConfig {
  siteName: string;
  defaultLocale: 'ko' | 'en';
  widget: WidgetSettings;
  /** Whether an agent is online and within business hours right now; else the widget offers the offline form. */
  agentsAvailable: boolean;
  /** Topics the pre-chat form offers (the site's teams). */
  teams: string[];
}

export const DEFAULT_WIDGET_SETTINGS: WidgetSettings = {
  theme: {
    color: '#1f5fbf',
    position: 'right',
    greeting: { ko: '안녕하세요! 무엇을 도와드릴까요?', en: 'Hi! How can we help?' },
    launcherOffset: { x: 20, y: 20 },
  },
  preChat: { enabled: false, fields: ['name', 'email'] },
  attachments: { enabled: true, maxBytes: 5 * 1024 * 1024, allowedTypes: ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf', 'text/plain'] },
  triggers: [],
  nps: { enabled: false },
};

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

/**
 * What Parley keeps and for how long (server/privacy/). Days count from when a
 * conversation was closed; null keeps it forever.
 */
export interface PrivacySettings {
  retention: {
    /** Closed conversations (messages, files, search postings) are deleted this many days after closing. */
    closedConversationsDays: number | null;
    /** Files of closed conversations are deleted this many days after closing (the messages stay). */
    attachmentsDays: number | null;
  };
  /** Visitor IP addresses: never stored, or stored cut to their network (/24 for IPv4, /48 for IPv6). */
  visitorIp: 'none' | 'truncated';
}

export const DEFAULT_PRIVACY_SETTINGS: PrivacySettings = {
  retention: { closedConversationsDays: null, attachmentsDays: null },
  visitorIp: 'none',
};

/** Agent protection (폭언 대응): the site's own words and when supervisors are told or a break is suggested. */
export interface AbuseSettings {
  /** Words or phrases that count as abusive on this site, besides the lists in shared/abuse.ts. */
  extraWords: string[];
  /** Words never counted as abusive here although a listed word is inside them (e.g. "시발점"). */
  allowedWords: string[];
  /** Abusive visitor messages in one conversation before the site's supervisors are told (a threat tells them at once). */
  escalateAfter: number;
  /** Abusive conversations in one day after which the supervisor board suggests the agent take a break. */
  breakAfter: number;
  /** Whether the abuse model (the bot's sentence model) also judges messages the lists let through. */
  model: boolean;
  /** How eager the abuse model is. */
  sensitivity: AbuseSensitivity;
}

export const DEFAULT_ABUSE_SETTINGS: AbuseSettings = { extraWords: [], allowedWords: [], escalateAfter: 3, breakAfter: 3, model: true, sensitivity: 'medium' };
