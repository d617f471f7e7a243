/**
 * Uploading and reading attachments. Visitors upload into their own conversation and
 * agents into their site's; only the conversation's visitor and the site's agents can
 * read a file back. Files are served so a browser never runs them as a page.
 */
import express, { Router, type Request } from 'express';
import { z } from 'zod';
import { API } from '../../shared/http';
import { objectIdSchema } from '../../shared/schemas';
import type { AttachmentStore } from '../attachments/attachment-store';
import type { TokenService } from '../auth/tokens';
import type { ConversationRepository } from '../conversations/conversation.repository';
import { ParleyError } from '../errors';
import type { SiteRepository } from '../sites/site.repository';
import type { SignedInAgent } from './agent-auth';

const uploadQuerySchema = z.object({
  /** Agents name the conversation; a visitor's upload goes to their open conversation. */
  conversationId: objectIdSchema.optional(),
  name: z.string().trim().min(1).max(200),
});

/** The hard ceiling on any upload; each site sets its own lower limit. */
const MAX_UPLOAD = '25mb';

export function createAttachmentRoutes(deps: {
  attachments: AttachmentStore;
  conversations: ConversationRepository;
  sites: SiteRepository;
  tokens: TokenService;
  signedInAgent: SignedInAgent;
}): Router {
  const router = Router();

  /** The caller's site and whether they may touch the conversation: its visitor, or an agent of its site. */
  async function participant(req: Request, conversationId: string | undefined) {
    const token = /^Bearer (.+)$/.exec(req.get('authorization') ?? '')?.[1];
    if (!token) throw new ParleyError('PARLEY_ERR_UNAUTHENTICATED', 'send "Authorization: Bearer <token>"');
    const visitor = await deps.tokens.verifyVisitor(token);
    if (visitor) {
      const conversation = conversationId
        ? await deps.conversations.findById(conversationId)
        : await deps.conversations.findOrCreateOpen({ siteId: visitor.siteId, visitorId: visitor.visitorId, visitorName: null, locale: (await deps.sites.findById(visitor.siteId))?.defaultLocale ?? 'en' });
      if (!conversation || conversation.visitorId !== visitor.visitorId) throw new ParleyError('PARLEY_ERR_NOT_FOUND', 'no such attachment or conversation');
      return conversation;
    }
    if (!conversationId) throw new ParleyError('PARLEY_ERR_INVALID_PAYLOAD', 'agents name the conversation: ?conversationId=…');
    const conversation = await deps.conversations.findById(conversationId);
    const agent = await deps.signedInAgent(req);
    if (!conversation || conversation.siteId !== agent.siteId) throw new ParleyError('PARLEY_ERR_NOT_FOUND', 'no such attachment or conversation');
    return conversation;
  }

  router.post(API.attachments, express.raw({ type: () => true, limit: MAX_UPLOAD }), async (req, res) => {
    const { conversationId, name } = uploadQuerySchema.parse(req.query);
    if (conversationId === undefined && !req.get('authorization')) throw new ParleyError('PARLEY_ERR_UNAUTHENTICATED', 'send "Authorization: Bearer <token>"');
    const conversation = await participant(req, conversationId);
    const { attachments: rules } = (await deps.sites.settings(conversation.siteId)).widget;
    const type = (req.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    const data = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    if (!rules.enabled) throw new ParleyError('PARLEY_ERR_FORBIDDEN', 'attachments are turned off for this site');
    if (data.length === 0) throw new ParleyError('PARLEY_ERR_INVALID_PAYLOAD', 'the file is empty');
    if (data.length > rules.maxBytes) throw new ParleyError('PARLEY_ERR_INVALID_PAYLOAD', `files may be at most ${Math.floor(rules.maxBytes / 1024)} KB`);
    if (!rules.allowedTypes.some((allowed) => allowed === type || (allowed.endsWith('/*') && type.startsWith(allowed.slice(0, -1))))) {
      throw new ParleyError('PARLEY_ERR_INVALID_PAYLOAD', `files of type "${type || 'unknown'}" are not accepted`);
    }
    const stored = await deps.attachments.save({ conversationId: conversation.id, siteId: conversation.siteId, name, type, data });
    res.status(201).json({ attachment: { id: stored.id, name: stored.name, type: stored.type, size: stored.size } });
  });

  router.get(API.attachmentRoute, async (req, res) => {
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
