/** Admins read their own site's audit log, a page at a time or as one CSV file. */
import { Router } from 'express';
import { AUDIT_API, type AuditEntry } from '../../shared/audit';
import { toCsv } from '../../shared/reports/report-csv';
import { auditQuerySchema } from '../../shared/schemas';
import type { SignedInAgent } from '../http/agent-auth';
import type { AuditFilter, AuditLog } from './audit-log';

/** A CSV export stops here; narrow the dates for more. */
const CSV_MAX_ROWS = 50_000;

const CSV_HEADER = ['at', 'action', 'actor_id', 'actor_name', 'actor_email', 'target', 'detail', 'ip', 'user_agent'];
const csvRow = (entry: AuditEntry) => [entry.at, entry.action, entry.actor.id, entry.actor.name, entry.actor.email, entry.target, entry.detail, entry.ip, entry.userAgent];

export function createAuditRoutes(deps: { audit: AuditLog; signedInAgent: SignedInAgent }): Router {
  const router = Router();
  const filterOf = (query: ReturnType<typeof auditQuerySchema.parse>): AuditFilter => ({
    action: query.action,
    agentId: query.agentId,
    from: query.from ? new Date(query.from) : undefined,
    to: query.to ? new Date(query.to) : undefined,
  });

  router.get(AUDIT_API.entries, async (req, res) => {
    const admin = await deps.signedInAgent(req, 'admin');
    const query = auditQuerySchema.parse(req.query);
    res.json(await deps.audit.page(admin.siteId, filterOf(query), { cursor: query.cursor, limit: query.limit }));
  });

  router.get(AUDIT_API.csv, async (req, res) => {
    const admin = await deps.signedInAgent(req, 'admin');
    const query = auditQuerySchema.parse(req.query);
    const rows: AuditEntry[] = [];
    let cursor = query.cursor;
    do {
      const page = await deps.audit.page(admin.siteId, filterOf(query), { cursor, limit: 200 });
      rows.push(...page.entries);
      cursor = page.nextCursor ?? undefined;
    } while (cursor && rows.length < CSV_MAX_ROWS);
    res
      .set('Content-Disposition', `attachment; filename="parley-audit-${new Date().toISOString().slice(0, 10)}.csv"`)
      .type('text/csv; charset=utf-8')
      .send(toCsv(CSV_HEADER, rows.slice(0, CSV_MAX_ROWS).map(csvRow)));
  });

  return router;
}
