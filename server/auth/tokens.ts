/**
 * Signed tokens (HS256 JWTs via jose). Visitors get a long-lived token naming their
 * visitor id and site, kept by the widget; agents get a session token from sign-in.
 */
import { jwtVerify, SignJWT } from 'jose';
import { ParleyError } from '../errors';

export interface VisitorClaims {
  visitorId: string;
  siteId: string;
}

export interface AgentClaims {
  agentId: string;
}

export interface TokenService {
  signVisitor(claims: VisitorClaims): Promise<string>;
  verifyVisitor(token: string): Promise<VisitorClaims | null>;
  signAgent(claims: AgentClaims): Promise<string>;
  verifyAgent(token: string): Promise<AgentClaims>;
}

export function createTokenService(secret: string): TokenService {
  const key = new TextEncoder().encode(secret);
  const sign = (subject: string, audience: string, extra: Record<string, string>, expiresIn: string) =>
    new SignJWT(extra).setProtectedHeader({ alg: 'HS256' }).setSubject(subject).setAudience(audience).setIssuedAt().setExpirationTime(expiresIn).sign(key);

  return {
    signVisitor: (claims) => sign(claims.visitorId, 'visitor', { site: claims.siteId }, '400d'),
    async verifyVisitor(token) {
      try {
        const { payload } = await jwtVerify(token, key, { audience: 'visitor', algorithms: ['HS256'] });
        if (typeof payload.sub !== 'string' || typeof payload.site !== 'string') return null;
        return { visitorId: payload.sub, siteId: payload.site };
      } catch {
        // A forged, expired or foreign token simply means "new visitor".
        return null;
      }
    },
    signAgent: (claims) => sign(claims.agentId, 'agent', {}, '12h'),
    async verifyAgent(token) {
      try {
        const { payload } = await jwtVerify(token, key, { audience: 'agent', algorithms: ['HS256'] });
        if (typeof payload.sub !== 'string') throw new Error('token has no subject');
        return { agentId: payload.sub };
      } catch (cause) {
        throw new ParleyError('PARLEY_ERR_UNAUTHENTICATED', 'sign in again: the session token is missing, invalid or expired', { cause });
      }
    },
  };
}
