/**
 * Token buckets per visitor, per IP and per site for each costly action (messages,
 * syncs, uploads, new connections, new visitors). A refused action costs one lookup
 * in memory (or one Redis round trip), never a database write, so one flooding client
 * slows nobody else down. With Redis the counts hold across Parley processes.
 */
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { LimitedAction, LimitSettings, RateLimit } from '../../shared/limits';
import { ParleyError } from '../errors';

export interface LimitSubject {
  siteId: string;
  visitorId?: string | null | undefined;
  ip?: string | null | undefined;
}

export interface RateLimits {
  /** Counts one `action` for each bucket of the subject; throws PARLEY_ERR_RATE_LIMITED when any is empty. */
  consume(action: LimitedAction, subject: LimitSubject): Promise<void>;
}

export interface RateLimitOptions {
  /** The site's limits (from its settings). */
  settings(siteId: string): Promise<LimitSettings>;
  /** Shares counts across processes; null keeps them in this process. */
  redis?: Redis | null;
  /** Addresses whose per-IP buckets are off, e.g. a trusted office NAT or a load test's client. */
  exemptIps?: readonly string[];
  keyPrefix?: string;
}

type Scope = 'perVisitor' | 'perIp' | 'perSite';

export function createRateLimits(options: RateLimitOptions): RateLimits {
  const exempt = new Set((options.exemptIps ?? []).map(normaliseIp));
  const prefix = options.keyPrefix ?? 'parley:limit';
  // One limiter per (action, scope, points, window): a site changing its limits gets a fresh bucket shape.
  const limiters = new Map<string, RateLimiterAbstract>();

  function limiter(action: LimitedAction, scope: Scope, limit: RateLimit): RateLimiterAbstract {
    const points = limit[scope];
    const name = `${action}:${scope}:${points}:${limit.windowSeconds}`;
    let found = limiters.get(name);
    if (!found) {
      const shape = { points, duration: limit.windowSeconds, keyPrefix: `${prefix}:${name}` };
      found = options.redis
        ? // If Redis is unreachable the process keeps limiting on its own rather than letting everything through.
          new RateLimiterRedis({ ...shape, storeClient: options.redis, insuranceLimiter: new RateLimiterMemory(shape) })
        : new RateLimiterMemory(shape);
      limiters.set(name, found);
    }
    return found;
  }

  return {
    async consume(action, subject) {
      const limit = (await options.settings(subject.siteId))[action];
      const ip = subject.ip ? normaliseIp(subject.ip) : null;
      const buckets: [Scope, string | null][] = [
        ['perVisitor', action === 'visitorCreate' ? null : (subject.visitorId ?? null)],
        ['perIp', ip && !exempt.has(ip) ? `${subject.siteId}:${ip}` : null],
        ['perSite', subject.siteId],
      ];
      // Narrowest first, and stop at the first refusal: a flooding visitor's refused attempts
      // must not also drain the buckets their address and their whole site share with others.
      for (const [scope, key] of buckets) {
        if (key === null || !(limit[scope] > 0)) continue;
        try {
          await limiter(action, scope, limit).consume(key);
        } catch (error) {
          if (!(error instanceof RateLimiterRes)) throw error;
          throw new ParleyError('PARLEY_ERR_RATE_LIMITED', `too many ${action} requests (${scope}); try again in ${Math.ceil(error.msBeforeNext / 1000)} s`, {
            retryAfterMs: Math.max(1, Math.ceil(error.msBeforeNext)),
          });
        }
      }
    },
  };
}

/** `::ffff:127.0.0.1` and `127.0.0.1` are the same client. */
export function normaliseIp(ip: string): string {
  return ip.startsWith('::ffff:') ? ip.slice(7) : ip;
}
