/**
 * The composition root: wires repositories, the intent classifier, routing and the
 * two Socket.IO namespaces onto one HTTP server, without listening. Only main.ts
 * listens; tests build the same app on port 0 with a real database.
 */
import { createServer, type Server as HttpServer } from 'node:http';
import cors from 'cors';
import express from 'express';
import type { Connection } from 'mongoose';
import { Server } from 'socket.io';
import { EV, NAMESPACES } from '../shared/events';
import { API } from '../shared/http';
import { createAgentAccounts } from './agents/agent-accounts';
import { createAgentRepository } from './agents/agent.repository';
import { createTokenService } from './auth/tokens';
import type { IntentClassifier } from './bot/intent-classifier';
import { createIntentRepository } from './bot/intent.repository';
import { createTrainedClassifier } from './bot/classifier/trained-classifier';
import { createBotSettingsRepository } from './bot/bot-settings.repository';
import { createEmbeddingRepository } from './bot/embedding.repository';
import { retrainOnChange } from './bot/intent-training';
import { seedIntents } from './bot/seed-intents';
import { createConversationRepository } from './conversations/conversation.repository';
import { createConversationService } from './conversations/conversation.service';
import { createTranscriptWriter } from './conversations/transcript-writer';
import { createBotService } from './bot/bot-service';
import { createQueueService } from './routing/queue-service';
import { createPresenceTracker } from './agents/presence-tracker';
import { rooms } from './realtime/rooms';
import { upgradeHistory } from './conversations/history-upgrade';
import type { FieldCipher } from './crypto/field-cipher';
import { startIdleBotCloser } from './conversations/idle-bot-closer';
import { createMessageStore } from './conversations/message-store';
import { createTaskTracker } from './concurrency/task-tracker';
import { httpErrorHandler } from './errors';
import { createAgentAuth } from './http/agent-auth';
import { createApiRoutes } from './http/api-routes';
import { createIntentRoutes } from './http/intent-routes';
import { createAgentAdminRoutes } from './http/agent-admin-routes';
import { createCannedResponseRoutes } from './http/canned-response-routes';
import { createConversationRoutes } from './http/conversation-routes';
import { createSettingsRoutes } from './http/settings-routes';
import { createAttachmentRoutes } from './http/attachment-routes';
import { createWidgetRoutes } from './http/widget-routes';
import { createAttachmentStore } from './attachments/attachment-store';
import { createCannedResponseRepository } from './canned-responses/canned-response.repository';
import { defaultCannedResponses } from './canned-responses/default-canned-responses';
import { createStaticRoutes } from './http/static-assets';
import { createReports } from './reports/reports';
import { securityHeaders } from './http/security-headers';
import { createAccountRoutes } from './http/account-routes';
import { createVisitorAccess } from './auth/visitor-access';
import { createAccountLifecycle } from './agents/account-lifecycle';
import { createAgentSessionControl } from './realtime/agent-session-guard';
import { createRoutingReconciler } from './routing/reconciler';
import type { Logger } from './logger';
import { attachAgentNamespace, type AgentNamespace } from './realtime/agent-namespace';
import { useRedisAdapter } from './realtime/redis-adapter';
import { createSocketNotifier } from './realtime/socket-notifier';
import { createRouter } from './routing/router';
import { attachVisitorNamespace, type VisitorNamespace } from './realtime/visitor-namespace';
import { createSiteRepository } from './sites/site.repository';
import { createVisitorRepository } from './visitors/visitor.repository';
import { createVisitorSessions } from './visitors/visitor-session';
import { createVisitorService } from './visitors/visitor.service';
import { connectLimitsRedis } from './limits/limits-store';
import { createRateLimits } from './limits/rate-limits';
import { createLoginThrottle } from './limits/login-throttle';
import { createSignInAudit } from './auth/sign-in-audit';
import { createAuditLog } from './audit/audit-log';
import { createAuditRoutes } from './audit/audit-routes';
import { createAdminTrail, createIdTrail } from './audit/admin-trail';
import { createSignInTrail } from './audit/sign-in-trail';
import { maskedRepositoryForAgents, maskedServiceForAgents } from './masking/agent-masking';
import { createRevealRoutes } from './masking/reveal-routes';
import { clientIp } from './limits/client-ip';
import { createPrivacyService } from './privacy/privacy-service';
import { createPrivacyRoutes } from './privacy/privacy-routes';
import { createAbuseRepository } from './abuse/abuse.repository';
import { createAbuseService, supervisorsRoom } from './abuse/abuse.service';
import { createAbuseRoutes } from './abuse/abuse-routes';
import { createLearning } from './bot/learning/learning';
import { createArticleRepository } from './knowledge/article.repository';
import { createKnowledgeBase } from './knowledge/knowledge-base';
import type { KnowledgeSettings } from './knowledge/knowledge-config';
import { createKnowledgeRoutes } from './knowledge/knowledge-routes';
import { abuseFlagRooms } from './abuse/flag-rooms';
import { createSemanticAbuseModel } from './abuse/semantic/semantic-abuse';

export interface AppOptions {
  connection: Connection;
  logger: Logger;
  secret: string;
  /** Seals message text, previews and files at rest (server/crypto/). */
  cipher: FieldCipher;
  defaultCapacity: number;
  demoSite: { key: string; name: string };
  firstAdmin?: { email: string; password: string; name: string } | null;
  publicUrl?: string | null;
  classifier?: IntentClassifier;
  /** Shares Socket.IO rooms with other Parley processes through this Redis. */
  redisUrl?: string | null;
  /** The clock; tests pin it to check business-hours behaviour. */
  now?: () => Date;
  /** Abuse limits: addresses exempt from per-IP buckets, and how many proxies add X-Forwarded-For. */
  limits?: { exemptIps?: string[]; trustedProxyHops?: number };
  /** The knowledge base's embedder and thresholds (server/knowledge/); without it, articles are matched lexically. */
  knowledge?: KnowledgeSettings;
}

export async function createApp(options: AppOptions) {
  const { connection, logger } = options;
  const sites = createSiteRepository(connection);
  const visitors = createVisitorRepository(connection);
  const agents = createAgentRepository(connection);
  const conversationRepository = createConversationRepository(connection, options.cipher);
  const tasks = createTaskTracker();
  const messages = createMessageStore(connection, conversationRepository, { cipher: options.cipher, tasks });
  const cannedResponses = createCannedResponseRepository(connection);
  const tokens = createTokenService(options.secret);
  // Without a configured model the classifier is lexical only (see bot/classifier/).
  const classifier = options.classifier ?? createTrainedClassifier({ embedder: null });
  classifier.useStore?.(createEmbeddingRepository(connection));
  // Every change to a site's intents retrains its head in the background.
  const intents = retrainOnChange(createIntentRepository(connection), classifier, (error) => logger.warn({ err: error }, 'intent training failed'));
  const botSettings = createBotSettingsRepository(connection);
  // Learning from agents (bot/learning/): records what the bot could not answer; corrections and clusters over REST.
  const learning = createLearning({
    connection,
    cipher: options.cipher,
    intents,
    classifier,
    timezone: async (siteId) => (await sites.settings(siteId)).businessHours.timezone,
    logger,
    now: () => options.now?.() ?? new Date(),
  });
  const limitsStore = await connectLimitsRedis(options.redisUrl);
  const signInAudit = createSignInAudit(connection);
  const abuseRepository = createAbuseRepository(connection);
  const accounts = createAgentAccounts({
    agents,
    tokens,
    defaultCapacity: options.defaultCapacity,
    throttle: createLoginThrottle({ redis: limitsStore.redis }),
    audit: signInAudit,
    onAuditError: (error) => logger.error({ err: error }, 'could not record a sign-in'),
  });

  // Unique indexes carry correctness (message dedupe), so they must exist before traffic.
  await connection.syncIndexes();
  // History from earlier versions gets the page numbers and postings its reads now use.
  await upgradeHistory(connection, options.cipher, (line) => logger.info(line));
  const demoSite = await sites.ensure({ ...options.demoSite, defaultLocale: 'ko' });
  await intents.seedIfEmpty(demoSite.id, seedIntents);
  await cannedResponses.seedIfEmpty(demoSite.id, defaultCannedResponses);
  if (options.firstAdmin && (await accounts.needsSetup())) {
    await accounts.createFirstAdmin(demoSite.id, options.firstAdmin);
    logger.info({ email: options.firstAdmin.email }, 'first admin created from environment');
  }

  const app = express();
  app.disable('x-powered-by');
  const headers = securityHeaders();
  app.use(headers.everywhere);
  app.use('/inbox', headers.inbox);
  app.use('/api', headers.api);
  // req.ip is what login throttling and upload limits count against.
  app.set('trust proxy', options.limits?.trustedProxyHops ?? 0);
  app.use(express.json({ limit: '100kb' }));
  const httpServer: HttpServer = createServer(app);
  const io = new Server(httpServer, { serveClient: false, cors: { origin: true, credentials: false } });
  const closeAdapter = options.redisUrl ? await useRedisAdapter(io, options.redisUrl) : async () => {};
  const visitorNamespace = io.of(NAMESPACES.visitor) as unknown as VisitorNamespace;
  const agentNamespace = io.of(NAMESPACES.agent) as unknown as AgentNamespace;

  const now = options.now ?? (() => new Date());
  const notifier = createSocketNotifier(visitorNamespace, agentNamespace);
  const transcript = createTranscriptWriter(messages, notifier);
  const idleBots = startIdleBotCloser({
    conversations: conversationRepository,
    onClosed: (conversation) => notifier.conversationUpdated(conversation),
    onError: (error) => logger.warn({ err: error }, 'could not close idle bot conversations'),
  });
  const router = createRouter({ conversations: conversationRepository, agents, sites, now });
  const queue = createQueueService({ conversations: conversationRepository, agents, sites, router, transcript, notifier, logger });
  const articles = createArticleRepository(connection);
  const knowledge = createKnowledgeBase({
    articles,
    embedder: options.knowledge?.embedder ?? null,
    store: createEmbeddingRepository(connection, 'KnowledgeEmbedding'),
    ...(options.knowledge?.minSimilarity !== undefined ? { minSimilarity: options.knowledge.minSimilarity } : {}),
    ...(options.knowledge?.minCoverage !== undefined ? { minCoverage: options.knowledge.minCoverage } : {}),
    onError: (error) => logger.warn({ err: error }, 'could not index help articles'),
  });
  const bot = createBotService({ conversations: conversationRepository, intents, sites, classifier, settings: botSettings, queue, agents, transcript, notifier, now, knowledge: { search: (siteId, question) => knowledge.offer(siteId, question) }, unanswered: learning.recorder });
  const attachments = createAttachmentStore(connection, options.cipher);
  const conversations = createConversationService({ conversations: conversationRepository, messages, agents, sites, bot, queue, transcript, notifier, attachments, now });
  const presence = createPresenceTracker({
    graceMs: async (siteId) => (await sites.routingSettings(siteId)).agentGraceSeconds * 1000,
    stillConnected: async (agentId) => (await agentNamespace.in(rooms.agent(agentId)).fetchSockets()).length > 0,
    onTimeout: async (agentId, siteId) => {
      await agents.setPresence(agentId, 'offline');
      await tasks.track(queue.reassignFrom(agentId, siteId));
    },
    onError: (error) => logger.error({ err: error }, 'presence timeout failed'),
  });

  const trustedProxyHops = options.limits?.trustedProxyHops ?? 0;
  const limits = createRateLimits({ settings: (siteId) => sites.limitSettings(siteId), redis: limitsStore.redis, exemptIps: options.limits?.exemptIps ?? [] });
  const abuse = createAbuseService({
    repository: abuseRepository,
    conversations: conversationRepository,
    timezone: async (siteId) => (await sites.settings(siteId)).businessHours.timezone,
    // Through the adapter, so supervisors and the visitor's tabs on other processes hear it too.
    escalate: (escalation) => agentNamespace.to(supervisorsRoom(escalation.siteId)).emit(EV.abuseEscalated, escalation),
    disconnectVisitor: (visitorId) => visitorNamespace.in(rooms.visitor(visitorId)).disconnectSockets(true),
    now,
    // The bot's sentence model, in the process's one embedding worker (never a second one).
    semantic: createSemanticAbuseModel(classifier.embedder?.() ?? null),
    flagged: (conversation, flag) => agentNamespace.to(abuseFlagRooms(conversation)).emit(EV.abuseFlagged, flag),
    onModelError: (error) => logger.warn({ err: error }, 'abuse model failed; the word lists still apply'),
  });
  const visitorService = createVisitorService({ visitors, conversations: conversationRepository, messages, sites, notifier, now });
  attachVisitorNamespace(visitorNamespace, {
    sessions: createVisitorSessions({ sites, visitors, tokens }),
    conversations,
    visitors,
    visitorService,
    notifier,
    logger,
    tasks,
    limits,
    trustedProxyHops,
    abuse,
  });
  // Append-only audit trail (server/audit/): privacy, sign-ins, reveals and admin changes write to it.
  const auditLog = createAuditLog(connection, now);
  const privacy = createPrivacyService({
    connection,
    audit: createIdTrail(auditLog, agents),
    visitors,
    files: attachments,
    // Exports give back what was written, not what the store keeps sealed.
    openText: (stored) => options.cipher.open(stored),
    logger,
    now,
    onVisitorErased: (visitor) => notifier.visitorUpdated(visitor),
  });
  // Only the network, and only where the site keeps it (server/privacy/).
  visitorNamespace.on('connection', (socket) => {
    const ip = clientIp(socket.handshake.address, socket.handshake.headers['x-forwarded-for'], trustedProxyHops);
    const { visitorId, siteId } = socket.data as { visitorId: string; siteId: string };
    void privacy.noteVisitorNetwork(visitorId, siteId, ip).catch((error: unknown) => logger.warn({ err: error }, 'could not note a visitor network'));
  });
  privacy.start();
  const lifecycle = createAccountLifecycle({
    agents,
    tokens,
    sessions: () => agentSessions,
    requeueChatsOf: (agentId, siteId) => tasks.track(queue.reassignFrom(agentId, siteId)),
  });
  const agentSessions = createAgentSessionControl(agentNamespace);
  const reconciler = createRoutingReconciler({
    agents,
    conversations: conversationRepository,
    drainQueue: (siteId) => tasks.track(queue.drainQueue(siteId)),
    requeueChatsOf: (agentId, siteId) => tasks.track(queue.reassignFrom(agentId, siteId)),
    logger,
  });
  reconciler.start();
  // Agents read visitors' sensitive numbers masked (server/masking/); revealing one is audited.
  const agentFacing = maskedServiceForAgents(conversations);
  attachAgentNamespace(agentNamespace, { tokens, agents, conversations: agentFacing, presence, drainQueue: queue.drainQueue, logger, tasks });
  const adminTrail = createAdminTrail(auditLog, (error) => logger.error({ err: error }, 'could not write an audit entry'));
  const signIns = createSignInTrail({ audit: auditLog, agents, defaultSiteId: () => demoSite.id, onError: (error) => logger.error({ err: error }, 'could not audit a sign-in') });

  const signedInAgent = createAgentAuth({ tokens, agents });
  const visitorAccess = createVisitorAccess({ tokens, visitors });
  app.use(createApiRoutes({ accounts, defaultSiteId: () => demoSite.id, databaseUp: () => connection.readyState === 1, signIns }));
  app.use(createConversationRoutes({ conversations: agentFacing, conversationRepository: maskedRepositoryForAgents(conversationRepository), visitors, agents, signedInAgent }));
  app.use(createRevealRoutes({ conversations, messages, audit: auditLog, signedInAgent }));
  app.use(createAuditRoutes({ audit: auditLog, signedInAgent }));
  app.use(createIntentRoutes({ intents, classifier, settings: botSettings, signedInAgent }));
  // Before the reports' routes: its /api/reports/:table would take /api/reports/unanswered.
  app.use(learning.routes({ signedInAgent, conversations: agentFacing, audit: adminTrail }));
  app.use(createSettingsRoutes({ sites, signedInAgent, drainQueue: queue.drainQueue, audit: adminTrail }));
  app.use(createAgentAdminRoutes({ agents, accounts, lifecycle, signedInAgent, drainQueue: queue.drainQueue, audit: adminTrail }));
  app.use(createAccountRoutes({ lifecycle, audit: signInAudit, signedInAgent }));
  app.use(createCannedResponseRoutes({ cannedResponses, signedInAgent }));
  app.use(createAbuseRoutes({ abuse, signedInAgent }));
  app.use(createKnowledgeRoutes({ articles, knowledge, signedInAgent }));
  const reports = createReports({ connection, logger, sites, agents, conversations: conversationRepository, signedInAgent, now });
  app.use(reports.routes);
  reports.aggregator.start();
  // The widget calls these from the website owner's origin; visitor tokens travel in the
  // Authorization header, never in cookies, so any origin may ask.
  app.use([API.attachments, '/api/visitor', API.widgetConfigRoute], cors({ origin: true, methods: ['GET', 'POST'], allowedHeaders: ['Authorization', 'Content-Type'], maxAge: 600 }));
  app.use(createPrivacyRoutes({ privacy, visitors, signedInAgent, visitorAccess }));
  app.use(createAttachmentRoutes({ attachments, conversations: conversationRepository, sites, tokens, signedInAgent, limits, visitorAccess }));
  app.use(createWidgetRoutes({ sites, agents, conversations: conversationRepository, messages, tokens, signedInAgent, visitorAccess, now }));
  app.use(createStaticRoutes({ publicUrl: options.publicUrl ?? null, demoSiteKey: demoSite.key }));
  app.use(httpErrorHandler(logger));

  return {
    app,
    httpServer,
    io,
    demoSite,
    sites,
    agents,
    accounts,
    conversations,
    queue,
    reports,
    reconciler,
    auditLog,
    privacy,
    learning,
    async close() {
      idleBots.stop();
      await privacy.stop();
      await reconciler.close();
      await reports.aggregator.stop();
      presence.close();
      queue.close();
      notifier.close();
      await new Promise<void>((resolve) => io.close(() => resolve()));
      messages.flushActivity();
      await tasks.drain();
      await learning.recorder.idle();
      await closeAdapter();
      await limitsStore.close();
      await classifier.close();
    },
  };
}

export type ParleyApp = Awaited<ReturnType<typeof createApp>>;
