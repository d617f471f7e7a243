/**
 * Data-subject requests and retention over REST. Everything is for admins of the
 * visitor's own site, except the widget's erasure request, which a visitor makes for
 * themselves with their own token.
 */
import { Router, type Request } from 'express';
import { API, type ErasureRequest, type RetentionPreview, type VisitorErasure } from '../../shared/http';
import { objectIdSchema, privacySettingsSchema, retentionPreviewSchema, visitorEraseSchema, visitorExportQuerySchema } from '../../shared/schemas';
import type { Visitor } from '../../shared/domain';
import type { VisitorAccess } from '../auth/visitor-access';
import { ParleyError } from '../errors';
import type { SignedInAgent } from '../http/agent-auth';
import type { VisitorRepository } from '../visitors/visitor.repository';
import type { PrivacyService } from './privacy-service';

export function createPrivacyRoutes(deps: {
  privacy: PrivacyService;
  visitors: Pick<VisitorRepository, 'findById'>;
  signedInAgent: SignedInAgent;
  visitorAccess: VisitorAccess;
}): Router {
  const router = Router();

  async function visitorOfAdmin(req: Request): Promise<{ admin: { id: string; siteId: string }; visitor: Visitor }> {
    const admin = await deps.signedInAgent(req, 'admin');
    const visitor = await deps.visitors.findById(objectIdSchema.parse(req.params.id));
    if (!visitor || visitor.siteId !== admin.siteId) throw new ParleyError('PARLEY_ERR_NOT_FOUND', 'no such visitor on your site');
    return { admin, visitor };
  }

  router.get(API.visitorExportRoute, async (req, res) => {
    const { numbers } = visitorExportQuerySchema.parse(req.query);
    const { admin, visitor } = await visitorOfAdmin(req);
    res.set({ 'content-type': 'application/zip', 'content-disposition': `attachment; filename="parley-visitor-${visitor.id}.zip"`, 'cache-control': 'no-store' });
    await deps.privacy.exportVisitor(admin.id, visitor, res, numbers);
  });

  router.post(API.visitorEraseRoute, async (req, res) => {
    // Who is asking first: a stranger learns nothing about the body this route wants.
    const { admin, visitor } = await visitorOfAdmin(req);
    visitorEraseSchema.parse(req.body ?? {});
    const body: VisitorErasure = await deps.privacy.eraseVisitor(admin.id, visitor);
    res.json(body);
  });

  router.get(API.erasureRequests, async (req, res) => {
    const admin = await deps.signedInAgent(req, 'admin');
    const body: ErasureRequest[] = await deps.privacy.requests.pending(admin.siteId);
    res.json(body);
  });

  router.post(API.visitorErasureRequest, async (req, res) => {
    const token = /^Bearer (.+)$/.exec(req.get('authorization') ?? '')?.[1];
    const claims = token ? await deps.visitorAccess(token) : null;
    if (!claims) throw new ParleyError('PARLEY_ERR_UNAUTHENTICATED', 'send the widget’s visitor token as "Authorization: Bearer <token>"');
    const visitor = await deps.visitors.findById(claims.visitorId);
    if (!visitor) throw new ParleyError('PARLEY_ERR_NOT_FOUND', 'no such visitor');
    await deps.privacy.requestErasure(visitor);
    res.status(204).end();
  });

  router.get(API.privacySettings, async (req, res) => {
    const admin = await deps.signedInAgent(req, 'admin');
    res.json(await deps.privacy.settings.get(admin.siteId));
  });

  router.put(API.privacySettings, async (req, res) => {
    const admin = await deps.signedInAgent(req, 'admin');
    res.json(await deps.privacy.changeSettings(admin.id, admin.siteId, privacySettingsSchema.parse(req.body)));
  });

  router.get(API.retentionPreview, async (req, res) => {
    const admin = await deps.signedInAgent(req, 'admin');
    const query = retentionPreviewSchema.parse(req.query);
    const body: RetentionPreview = await deps.privacy.retention.preview(
      admin.siteId,
      { closedConversationsDays: query.closedConversationsDays ?? null, attachmentsDays: query.attachmentsDays ?? null },
      deps.privacy.now(),
    );
    res.json(body);
  });

  return router;
}
