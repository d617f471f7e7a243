/**
 * Who a visitor token speaks for over REST (attachments, transcript download). A token
 * for a visitor who has since been identified as a website user only counts if it was
 * issued after that identity was verified: an old anonymous token opens nothing of theirs.
 */
import type { VisitorRepository } from '../visitors/visitor.repository';
import type { TokenService, VisitorClaims } from './tokens';

export type VisitorAccess = (token: string) => Promise<VisitorClaims | null>;

export function createVisitorAccess(deps: { tokens: TokenService; visitors: Pick<VisitorRepository, 'findById'> }): VisitorAccess {
  return async (token) => {
    const claims = await deps.tokens.verifyVisitor(token);
    if (!claims) return null;
    const visitor = await deps.visitors.findById(claims.visitorId);
    if (!visitor || visitor.siteId !== claims.siteId) return null;
    if (visitor.userId !== null && visitor.userId !== claims.userId) return null;
    return claims;
  };
}
