/**
 * Abuse limits: how many times a visitor, an IP address and a whole site may do each
 * costly thing per window. Admins tune them per site; `0` switches one bucket off.
 *
 * @example
 * // 30 messages per 10 s per visitor, 1,000 per IP (offices share one), 5,000 per site:
 * const message: RateLimit = { perVisitor: 30, perIp: 1_000, perSite: 5_000, windowSeconds: 10 };
 */

export const LIMITED_ACTIONS = ['message', 'sync', 'upload', 'connection', 'visitorCreate'] as const;

export type LimitedAction = (typeof LIMITED_ACTIONS)[number];

export interface RateLimit {
  /** Per visitor (ignored for visitorCreate: the visitor does not exist yet). */
  perVisitor: number;
  perIp: number;
  perSite: number;
  windowSeconds: number;
}

export type LimitSettings = Record<LimitedAction, RateLimit>;

/**
 * Generous for people (a human types far fewer than 2 messages a second; the widget
 * sends one at a time), tight enough that one client cannot slow everyone else down.
 */
export const DEFAULT_LIMIT_SETTINGS: LimitSettings = {
  // Short windows keep bursts small: what one visitor may fire at once is what the others feel.
  message: { perVisitor: 30, perIp: 1_000, perSite: 5_000, windowSeconds: 10 },
  sync: { perVisitor: 60, perIp: 600, perSite: 30_000, windowSeconds: 60 },
  upload: { perVisitor: 10, perIp: 60, perSite: 1_000, windowSeconds: 60 },
  connection: { perVisitor: 30, perIp: 200, perSite: 20_000, windowSeconds: 60 },
  visitorCreate: { perVisitor: 0, perIp: 100, perSite: 10_000, windowSeconds: 60 },
};
