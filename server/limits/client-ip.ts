/**
 * The address a limit counts against. Behind N reverse proxies (PARLEY_TRUST_PROXY=N)
 * it is the Nth address from the right of X-Forwarded-For, the one the outermost
 * trusted proxy saw; entries further left are whatever the client chose to send.
 */
import { normaliseIp } from './rate-limits';

export function clientIp(remoteAddress: string | undefined, forwardedFor: string | string[] | undefined, trustedHops: number): string {
  const remote = normaliseIp(remoteAddress ?? 'unknown');
  if (trustedHops <= 0 || !forwardedFor) return remote;
  const chain = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor)
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const picked = chain[chain.length - trustedHops] ?? chain[0];
  return picked ? normaliseIp(picked) : remote;
}
