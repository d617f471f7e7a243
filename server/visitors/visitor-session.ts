/**
 * Who is this visitor? A valid signed token for the same site brings back the same
 * visitor (and so the same conversation); anything else starts a new visitor.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Locale, Site, Visitor } from '../../shared/domain';
import type { VisitorAuth, VisitorIdentity } from '../../shared/schemas';
import { VISITOR_TOKEN_RENEW_AFTER_MS, type TokenService } from '../auth/tokens';
import { ParleyError } from '../errors';
import type { SiteRepository } from '../sites/site.repository';
import type { VisitorRepository } from './visitor.repository';

type BeforeCreate = (site: Site) => Promise<void>;

export interface ResolvedVisitor {
  site: Site;
  visitor: Visitor;
  token: string;
}

export function createVisitorSessions(deps: { sites: SiteRepository; visitors: VisitorRepository; tokens: TokenService }) {
  /**
   * A signed-in website user: the hash proves the website vouches for the user id, so
   * nobody can read another user's conversations by guessing an id.
   */
  async function identified(site: Site, identity: VisitorIdentity, current: Visitor | null, locale: Locale | undefined, beforeCreate: BeforeCreate): Promise<ResolvedVisitor> {
    const secret = await deps.sites.identitySecret(site.id);
    if (!secret || !hashMatches(secret, identity.userId, identity.hash)) {
      throw new ParleyError('PARLEY_ERR_FORBIDDEN', 'identity verification failed: the hash does not match this user id');
    }
    // An anonymous visitor who signs in keeps their conversation; one already tied to another user does not.
    const candidate =
      current && (current.userId === null || current.userId === identity.userId)
        ? current
        : await beforeCreate(site).then(() => deps.visitors.create(site.id, locale ?? site.defaultLocale));
    const visitorId = await deps.visitors.claimUser(site.id, identity.userId, candidate.id);
    const profile = { ...(identity.name ? { name: identity.name } : {}), ...(identity.email ? { email: identity.email } : {}) };
    const visitor = (await deps.visitors.setProfile(visitorId, profile)) ?? candidate;
    return { site, visitor, token: await deps.tokens.signVisitor({ visitorId: visitor.id, siteId: site.id, userId: identity.userId }) };
  }

  return {
    /** `beforeCreate` may refuse (e.g. a rate limit) before a new visitor record is written. */
    async resolve(auth: VisitorAuth, beforeCreate: BeforeCreate = async () => {}): Promise<ResolvedVisitor> {
      const site = await deps.sites.findByKey(auth.siteKey);
      if (!site) throw new ParleyError('PARLEY_ERR_SITE_NOT_FOUND', `no site with key "${auth.siteKey}"`);
      const claims = auth.token ? await deps.tokens.verifyVisitor(auth.token) : null;
      const anonymous = claims && claims.siteId === site.id ? await deps.visitors.findById(claims.visitorId) : null;
      if (auth.identity) return identified(site, auth.identity, anonymous, auth.locale, beforeCreate);
      // A signed-in user's conversations open with the identity hash every time, never with a token alone.
      const known = anonymous && anonymous.userId === null ? anonymous : null;
      if (known) {
        if (auth.locale && auth.locale !== known.locale) {
          await deps.visitors.setLocale(known.id, auth.locale);
          known.locale = auth.locale;
        }
        // Renewed once a day on connection: a stolen old token expires (VISITOR_TOKEN_LIFETIME) while the visitor keeps
        // going; a young one is kept, since each new token sent makes the visitor's other tabs reconnect with it.
        const young = Date.now() - (claims?.issuedAt ?? 0) < VISITOR_TOKEN_RENEW_AFTER_MS;
        return { site, visitor: known, token: young ? auth.token! : await deps.tokens.signVisitor({ visitorId: known.id, siteId: site.id }) };
      }
      await beforeCreate(site);
      const visitor = await deps.visitors.create(site.id, auth.locale ?? site.defaultLocale);
      return { site, visitor, token: await deps.tokens.signVisitor({ visitorId: visitor.id, siteId: site.id }) };
    },
  };
}

/** HMAC-SHA256 of the user id with the site's identity secret, compared in constant time. */
export function hashMatches(secret: string, userId: string, hash: string): boolean {
  const expected = createHmac('sha256', secret).update(userId).digest();
  const given = Buffer.from(hash, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
