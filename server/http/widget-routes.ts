/**
 * What the widget needs over HTTP: its configuration before it renders (public, by
 * site key), and the transcript download for the visitor. Also the identity secret
 * admins copy to their own server to sign `Parley('identify')` hashes.
 */
import { Router } from 'express';
import { z } from 'zod';
import { API } from '../../shared/http';
import type { WidgetConfig } from '../../shared/settings';
import { objectIdSchema } from '../../shared/schemas';
import type { AgentRepository } from '../agents/agent.repository';
import type { TokenService } from '../auth/tokens';
import type { VisitorAccess } from '../auth/visitor-access';
import { isWithinBusinessHours } from '../bot/business-hours';
import type { ConversationRepository } from '../conversations/conversation.repository';
import type { MessageStore } from '../conversations/message-store';
import { ParleyError } from '../errors';
import type { SiteRepository } from '../sites/site.repository';
import type { SignedInAgent } from './agent-auth';
import { transcriptAsText, transcriptTimeZone } from './transcript-text';

export function createWidgetRoutes(deps: {
  sites: SiteRepository;
  agents: AgentRepository;
  conversations: ConversationRepository;
  messages: MessageStore;
  tokens: TokenService;
  signedInAgent: SignedInAgent;
  /** Checks visitor tokens, including that an identified user's token came with the hash. */
  visitorAccess: VisitorAccess;
  now?: () => Date;
}): Router {
  const router = Router();
  const now = deps.now ?? (() => new Date());

  router.get(API.widgetConfigRoute, async (req, res) => {
    const { siteKey } = z.object({ siteKey: z.string().min(1).max(64) }).parse(req.query);
    const site = await deps.sites.findByKey(siteKey);
    if (!site) throw new ParleyError('PARLEY_ERR_SITE_NOT_FOUND', `no site with key "${siteKey}"`);
    const settings = await deps.sites.settings(site.id);
    const online = (await deps.agents.listBySite(site.id)).some((agent) => agent.presence === 'online');
    const config: WidgetConfig = {
      siteName: site.name,
      defaultLocale: site.defaultLocale,
      widget: settings.widget,
      agentsAvailable: online && isWithinBusinessHours(settings.businessHours, now()),
      teams: settings.teams,
    };
    res.set('Cache-Control', 'no-store').json(config);
  });

  router.get(API.visitorTranscriptRoute, async (req, res) => {
    const token = /^Bearer (.+)$/.exec(req.get('authorization') ?? '')?.[1];
    const visitor = token ? await deps.visitorAccess(token) : null;
    if (!visitor) throw new ParleyError('PARLEY_ERR_UNAUTHENTICATED', 'send the widget’s visitor token as "Authorization: Bearer <token>"');
    const conversation = await deps.conversations.findById(objectIdSchema.parse(req.params.conversationId));
    if (!conversation || conversation.visitorId !== visitor.visitorId) throw new ParleyError('PARLEY_ERR_CONVERSATION_NOT_FOUND', 'no such conversation');
    const messages = await wholeTranscript(deps.messages, conversation.id);
    res
      .set('Content-Disposition', `attachment; filename="parley-transcript-${conversation.id}.txt"`)
      .type('text/plain; charset=utf-8')
      .send(transcriptAsText(conversation, messages, transcriptTimeZone(req.query.tz)));
  });

  router.get(API.identitySecret, async (req, res) => {
    const admin = await deps.signedInAgent(req, 'admin');
    res.json({ identitySecret: await deps.sites.identitySecret(admin.siteId) });
  });

  return router;
}

/** Every message the visitor may see, a page at a time: a download has no length limit. */
async function wholeTranscript(messages: MessageStore, conversationId: string) {
  const all: Awaited<ReturnType<MessageStore['listAfter']>> = [];
  for (;;) {
    const page = await messages.listAfter(conversationId, all.at(-1)?.seq ?? 0, { includeInternal: false, limit: 500 });
    all.push(...page);
    if (page.length < 500) return all;
  }
}
