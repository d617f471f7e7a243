/**
 * Uploading and reading attachments. Visitors upload into their own conversation and
 * agents into their site's; only the conversation's visitor and the site's agents can
 * read a file back. Files are served so a browser never runs them as a page.
 */
import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { API } from '../../shared/http';
import { objectIdSchema } from '../../shared/schemas';
import type { AttachmentStore } from '../attachments/attachment-store';
import type { TokenService } from '../auth/tokens';
import type { VisitorAccess } from '../auth/visitor-access';
import type { ConversationRepository } from '../conversations/conversation.repository';
import { ParleyError } from '../errors';
import type { SiteRepository } from '../sites/site.repository';
import type { RateLimits } from '../limits/rate-limits';
import type { SignedInAgent } from './agent-auth';
import { checkUploadHeaders, readUpload } from './upload-body';

const uploadQuerySchema = z.object({
  /** Agents name the conversation; a visitor's upload goes to their open conversation. */
  conversationId: objectIdSchema.optional(),
  name: z.string().trim().min(1).max(200),
});

/** The hard ceiling on any upload; each site sets its own lower limit. */
const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

export function createAttachmentRoutes(deps: {
  attachments: AttachmentStore;
  conversations: ConversationRepository;
  sites: SiteRepository;
  tokens: TokenService;
  signedInAgent: SignedInAgent;
  /** Checks visitor tokens, including that an identified user's token came with the hash. */
  visitorAccess: VisitorAccess;
  limits: RateLimits;
}): Router {
  const router = Router();

  const bearer = (req: Request) => {
    const token = /^Bearer (.+)$/.exec(req.get('authorization') ?? '')?.[1];
    if (!token) throw new ParleyError('PARLEY_ERR_UNAUTHENTICATED', 'send "Authorization: Bearer <token>"');
    return token;
  };
  const notFound = () => new ParleyError('PARLEY_ERR_NOT_FOUND', 'no such attachment or conversation');

  /** Whether the caller may touch an existing conversation: its visitor, or an agent of its site. */
  async function participant(req: Request, conversationId: string) {
    const visitor = await deps.visitorAccess(bearer(req));
    const conversation = await deps.conversations.findById(conversationId);
    if (visitor) {
      if (!conversation || conversation.visitorId !== visitor.visitorId) throw notFound();
      return conversation;
    }
    const agent = await deps.signedInAgent(req);
    if (!conversation || conversation.siteId !== agent.siteId) throw notFound();
    return conversation;
  }

  router.post(API.attachments, async (req, res) => {
    try {
      await upload(req, res);
    } catch (error) {
      // Refused before the body was read: close the connection rather than swallow what is still coming.
      if (!req.complete) {
        res.set('Connection', 'close');
        res.once('finish', () => req.socket.destroy());
      }
      throw error;
    }
  });

  async function upload(req: Request, res: Response) {
    const { conversationId, name } = uploadQuerySchema.parse(req.query);
    // Who is asking is settled before a byte of the body is read.
    const visitor = await deps.visitorAccess(bearer(req));
    if (!visitor && conversationId === undefined) throw new ParleyError('PARLEY_ERR_INVALID_PAYLOAD', 'agents name the conversation: ?conversationId=…');
    const existing = conversationId === undefined ? null : await participant(req, conversationId);
    const siteId = existing?.siteId ?? visitor!.siteId;
    await deps.limits.consume('upload', { siteId, visitorId: visitor?.visitorId ?? null, ip: req.ip ?? null });

    const { attachments: rules } = (await deps.sites.settings(siteId)).widget;
    if (!rules.enabled) throw new ParleyError('PARLEY_ERR_FORBIDDEN', 'attachments are turned off for this site');
    const type = (req.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (!rules.allowedTypes.some((allowed) => allowed === type || (allowed.endsWith('/*') && type.startsWith(allowed.slice(0, -1))))) {
      throw new ParleyError('PARLEY_ERR_UNSUPPORTED_MEDIA_TYPE', `files of type "${type || 'unknown'}" are not accepted`);
    }
    const maxBytes = Math.min(rules.maxBytes, MAX_UPLOAD_BYTES);
    checkUploadHeaders(req, maxBytes);
    const data = await readUpload(req, maxBytes);
    if (data.length === 0) throw new ParleyError('PARLEY_ERR_INVALID_PAYLOAD', 'the file is empty');

    // Only an accepted file opens a conversation for a visitor who has none yet.
    const conversation =
      existing ??
      (await deps.conversations.findOrCreateOpen({
        siteId: visitor!.siteId,
        visitorId: visitor!.visitorId,
        visitorName: null,
        locale: (await deps.sites.findById(visitor!.siteId))?.defaultLocale ?? 'en',
      }));
    const stored = await deps.attachments.save({ conversationId: conversation.id, siteId: conversation.siteId, name, type, data });
    res.status(201).json({ attachment: { id: stored.id, name: stored.name, type: stored.type, size: stored.size } });
  }

  router.get(API.attachmentRoute, async (req, res) => {
    // A stranger is refused before the lookup, so 404 versus 401 never tells them which ids exist.
    if (!(await deps.visitorAccess(bearer(req)))) await deps.signedInAgent(req);
    const attachment = await deps.attachments.find(objectIdSchema.parse(req.params.id));
    if (!attachment) throw new ParleyError('PARLEY_ERR_NOT_FOUND', 'no such attachment or conversation');
    await participant(req, attachment.conversationId);
    const inline = attachment.type.startsWith('image/') && attachment.type !== 'image/svg+xml';
    res.set({
      'Content-Type': attachment.type,
      'Content-Length': String(attachment.size),
      'Content-Disposition': `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(attachment.name)}`,
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': 'private, max-age=3600',
    });
    deps.attachments.open(attachment.id).pipe(res);
  });

  return router;
}
