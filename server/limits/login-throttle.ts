/**
 * Sign-in throttling. Wrong passwords are counted per account and per address; past a
 * few free tries each further failure locks the key for twice as long as the last
 * (exponential back-off), and a long run of failures locks it for a while. A locked
 * attempt is refused before any password is hashed, so guessing costs the server nothing.
 * A correct password clears the account's count (the address keeps its own).
 */
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { ParleyError } from '../errors';

export interface LockPolicy {
  /** Failures allowed before back-off starts. */
  free: number;
  /** Failures after which the key is locked for `lockoutSeconds`. */
  lockoutAfter: number;
  lockoutSeconds: number;
  /** How long a run of failures is remembered. */
  windowSeconds: number;
}

export const ACCOUNT_POLICY: LockPolicy = { free: 5, lockoutAfter: 10, lockoutSeconds: 15 * 60, windowSeconds: 60 * 60 };
export const ADDRESS_POLICY: LockPolicy = { free: 20, lockoutAfter: 50, lockoutSeconds: 60 * 60, windowSeconds: 60 * 60 };

/** Seconds a key stays locked after its `failures`-th consecutive failure: 0, then 1, 2, 4, 8 …, then the lockout. */
export function lockSeconds(policy: LockPolicy, failures: number): number {
  if (failures <= policy.free) return 0;
  if (failures >= policy.lockoutAfter) return policy.lockoutSeconds;
  return Math.min(2 ** (failures - policy.free - 1), policy.lockoutSeconds);
}

export interface LoginThrottle {
  /** Throws PARLEY_ERR_RATE_LIMITED (with retryAfterMs) while the account or address is locked. */
  check(email: string, ip: string | null): Promise<void>;
  failed(email: string, ip: string | null): Promise<void>;
  succeeded(email: string): Promise<void>;
}

export function createLoginThrottle(options: { redis?: Redis | null; account?: LockPolicy; address?: LockPolicy } = {}): LoginThrottle {
  const make = (name: string, points: number, duration: number): RateLimiterAbstract => {
    const shape = { points, duration, keyPrefix: `parley:login:${name}` };
    return options.redis ? new RateLimiterRedis({ ...shape, storeClient: options.redis, insuranceLimiter: new RateLimiterMemory(shape) }) : new RateLimiterMemory(shape);
  };
  const scopes = [
    { name: 'account', policy: options.account ?? ACCOUNT_POLICY },
    { name: 'address', policy: options.address ?? ADDRESS_POLICY },
  ].map(({ name, policy }) => ({
    policy,
    failures: make(`${name}:failures`, 1_000_000, policy.windowSeconds),
    // One point: `block()` marks the key as spent until the lock runs out.
    lock: make(`${name}:lock`, 1, 1),
  }));
  const keys = (email: string, ip: string | null) => [email.trim().toLowerCase(), ip];

  return {
    async check(email, ip) {
      const waits = await Promise.all(
        keys(email, ip).map(async (key, i) => {
          if (key === null) return 0;
          const state = await scopes[i]!.lock.get(key);
          return state && state.consumedPoints > 1 ? state.msBeforeNext : 0;
        }),
      );
      const wait = Math.max(...waits);
      if (wait > 0) {
        throw new ParleyError('PARLEY_ERR_RATE_LIMITED', `too many failed sign-ins; try again in ${Math.ceil(wait / 1000)} s`, { retryAfterMs: Math.ceil(wait) });
      }
    },
    async failed(email, ip) {
      await Promise.all(
        keys(email, ip).map(async (key, i) => {
          if (key === null) return;
          const scope = scopes[i]!;
          const { consumedPoints } = await scope.failures.penalty(key, 1);
          const seconds = lockSeconds(scope.policy, consumedPoints);
          if (seconds > 0) await scope.lock.block(key, seconds);
        }),
      );
    },
    async succeeded(email) {
      const [account] = keys(email, null);
      await scopes[0]!.failures.delete(account!);
    },
  };
}
