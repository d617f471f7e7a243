/** Pure decisions of the visitor connection, kept apart so they are tested without a socket. */
import type { Locale } from '../../../shared/domain';
import { ERROR_CODES, type ErrorCode } from '../../../shared/errors';
import type { VisitorIdentity, VisitorPage } from '../../../shared/schemas';

/** Connection refusals that trying again cannot fix (a block lasts hours: the next page load asks again). */
const PERMANENT: readonly ErrorCode[] = ['PARLEY_ERR_SITE_NOT_FOUND', 'PARLEY_ERR_INVALID_PAYLOAD', 'PARLEY_ERR_FORBIDDEN', 'PARLEY_ERR_VISITOR_BLOCKED'];

/** The catalog code the server attached to a refused connection (`err.data.code`), if any. */
export function refusalCode(error: unknown): ErrorCode | null {
  const code = (error as { data?: { code?: unknown } } | null)?.data?.code;
  return typeof code === 'string' && code in ERROR_CODES ? (code as ErrorCode) : null;
}

/** How long a rate-limited refusal asked us to wait (`err.data.retryAfterMs`), if it said. */
export function retryAfterMs(error: unknown): number | null {
  const wait = (error as { data?: { retryAfterMs?: unknown } } | null)?.data?.retryAfterMs;
  return typeof wait === 'number' && Number.isFinite(wait) && wait > 0 ? wait : null;
}

/** Network trouble and server hiccups are worth another try; an unknown site key is not. */
export function shouldRetryRefusal(code: ErrorCode | null): boolean {
  return code === null || !PERMANENT.includes(code);
}

/**
 * The handshake `auth`, matching `visitorAuthSchema`: a new visitor sends no token, a
 * signed-in user of the site (`Parley('identify')`) also sends their verified identity.
 */
export function visitorAuth(siteKey: string, locale: Locale, token: string | null, identity: VisitorIdentity | null = null) {
  return { siteKey, locale, ...(token ? { token } : {}), ...(identity ? { identity } : {}) };
}

/**
 * The `visitor:page` payload for the page the visitor is on, or null when there is
 * nothing an agent could open (file:, about:blank…). Long values are cut to the schema's limits.
 */
export function pageReport(url: string, title: string): VisitorPage | null {
  if (!/^https?:\/\//i.test(url) || url.length > 2048) return null;
  return { url, title: title.trim().slice(0, 300) };
}
