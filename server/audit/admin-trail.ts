/**
 * What the admin routes call to log a change: the acting admin, the request's origin and
 * a few words on what changed. The change has already happened when this runs, so a failed
 * write is logged as an error rather than failing the request.
 */
import type { Request } from 'express';
import type { AuditAction } from '../../shared/audit';
import type { Agent } from '../../shared/domain';
import type { AgentRepository } from '../agents/agent.repository';
import type { AuditLog, RequestOrigin } from './audit-log';

/** The address and browser behind a request (req.ip honours the trusted proxy hops). */
export const originOf = (req: Request): RequestOrigin => ({ ip: req.ip ?? null, userAgent: req.get('user-agent') ?? null });

export type AdminTrail = (req: Request, actor: Agent & { siteId: string }, change: { action: AuditAction; target: string; detail?: string | null }) => Promise<void>;

export function createAdminTrail(audit: AuditLog, onError: (error: unknown) => void): AdminTrail {
  return async (req, actor, change) => {
    await audit
      .record({ siteId: actor.siteId, actor: { id: actor.id, name: actor.name, email: actor.email }, ...change, ...originOf(req) })
      .then(() => {}, onError);
  };
}

/** The changed fields as `name=value` pairs; values of listed secret fields are left out. */
export function describeChange(change: Record<string, unknown>, secret: string[] = []): string {
  return Object.entries(change)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => (secret.includes(key) ? key : `${key}=${typeof value === 'object' ? JSON.stringify(value) : String(value)}`))
    .join(', ');
}

/**
 * For modules that know only the acting agent's id (privacy's exports, erasures and
 * retention runs): looks the agent up so the entry names them. No request, no origin.
 */
export function createIdTrail(audit: AuditLog, agents: Pick<AgentRepository, 'findById'>) {
  return async (event: { siteId: string; actorId: string | null; action: AuditAction; target: string | null; detail: string | null }) => {
    const actor = event.actorId ? await agents.findById(event.actorId) : null;
    await audit.record({
      siteId: event.siteId,
      action: event.action,
      actor: { id: event.actorId, name: actor?.name ?? null, email: actor?.email ?? null },
      target: event.target,
      detail: event.detail,
      ip: null,
      userAgent: null,
    });
  };
}
