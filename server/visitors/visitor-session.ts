/**
 * Who is this visitor? A valid signed token for the same site brings back the same
 * visitor (and so the same conversation); anything else starts a new visitor.
 */
import type { Locale, Site, Visitor } from '../../shared/domain';
import type { TokenService } from '../auth/tokens';
import { ParleyError } from '../errors';
import type { SiteRepository } from '../sites/site.repository';
import type { VisitorRepository } from './visitor.repository';

export interface ResolvedVisitor {
  site: Site;
  visitor: Visitor;
  token: string;
}

export function createVisitorSessions(deps: { sites: SiteRepository; visitors: VisitorRepository; tokens: TokenService }) {
  return {
    async resolve(auth: { siteKey: string; token?: string | undefined; locale?: Locale | undefined }): Promise<ResolvedVisitor> {
      const site = await deps.sites.findByKey(auth.siteKey);
      if (!site) throw new ParleyError('PARLEY_ERR_SITE_NOT_FOUND', `no site with key "${auth.siteKey}"`);
      const claims = auth.token ? await deps.tokens.verifyVisitor(auth.token) : null;
      const known = claims && claims.siteId === site.id ? await deps.visitors.findById(claims.visitorId) : null;
      if (known) {
        if (auth.locale && auth.locale !== known.locale) {
          await deps.visitors.setLocale(known.id, auth.locale);
          known.locale = auth.locale;
        }
        return { site, visitor: known, token: auth.token! };
      }
      const visitor = await deps.visitors.create(site.id, auth.locale ?? site.defaultLocale);
      return { site, visitor, token: await deps.tokens.signVisitor({ visitorId: visitor.id, siteId: site.id }) };
    },
  };
}
