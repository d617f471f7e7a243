/**
 * Signed tokens (HS256 JWTs via jose). Visitors get a token naming their visitor id and
 * site (and their verified user id), renewed on every connection; agents get a session
 * token from sign-in naming their session version, so the server can revoke it.
 */
import { jwtVerify, SignJWT } from 'jose';
import { ParleyError } from '../errors';

export interface VisitorClaims {
  visitorId: string;
  siteId: string;
  /** The website's user id when the token was issued after identity verification. */
  userId?: string | null;
  /** When the token was issued (ms since epoch); set by verifyVisitor. */
  issuedAt?: number;
}

/** Agents sign in again after this; a sign-out, password change or deactivation ends it sooner. */
export const AGENT_TOKEN_LIFETIME = '12h';
/** Visitors get a fresh token on every connection, so only a visitor away this long starts over. */
export const VISITOR_TOKEN_LIFETIME = '30d';
/** A visitor token younger than this is handed back as it is (tabs of one visitor share it without churning it). */
export const VISITOR_TOKEN_RENEW_AFTER_MS = 24 * 60 * 60 * 1000;

export interface AgentClaims {
  agentId: string;
  /** The agent's session version when the token was issued; an older one is signed out. */
  version: number;
}

export interface TokenService {
  signVisitor(claims: VisitorClaims): Promise<string>;
  verifyVisitor(token: string): Promise<VisitorClaims | null>;
  signAgent(claims: AgentClaims): Promise<string>;
  verifyAgent(token: string): Promise<AgentClaims>;
}

export function createTokenService(secret: string): TokenService {
  const key = new TextEncoder().encode(secret);
  const sign = (subject: string, audience: string, extra: Record<string, string | number>, expiresIn: string) =>
    new SignJWT(extra).setProtectedHeader({ alg: 'HS256' }).setSubject(subject).setAudience(audience).setIssuedAt().setExpirationTime(expiresIn).sign(key);

  return {
    signVisitor: (claims) => sign(claims.visitorId, 'visitor', { site: claims.siteId, ...(claims.userId ? { uid: claims.userId } : {}) }, VISITOR_TOKEN_LIFETIME),
    async verifyVisitor(token) {
      try {
        const { payload } = await jwtVerify(token, key, { audience: 'visitor', algorithms: ['HS256'] });
        if (typeof payload.sub !== 'string' || typeof payload.site !== 'string') return null;
        return { visitorId: payload.sub, siteId: payload.site, userId: typeof payload.uid === 'string' ? payload.uid : null, issuedAt: (payload.iat ?? 0) * 1000 };
      } catch {
        // A forged, expired or foreign token simply means "new visitor".
        return null;
      }
    },
    signAgent: (claims) => sign(claims.agentId, 'agent', { ver: claims.version }, AGENT_TOKEN_LIFETIME),
    async verifyAgent(token) {
      try {
        const { payload } = await jwtVerify(token, key, { audience: 'agent', algorithms: ['HS256'] });
        if (typeof payload.sub !== 'string') throw new Error('token has no subject');
        return { agentId: payload.sub, version: typeof payload.ver === 'number' ? payload.ver : 0 };
      } catch (cause) {
        throw new ParleyError('PARLEY_ERR_UNAUTHENTICATED', 'sign in again: the session token is missing, invalid or expired', { cause });
      }
    },
  };
}
