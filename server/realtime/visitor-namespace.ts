/** The widget's side of the wire: one socket per visitor tab, all tabs of a visitor in one room. */
import type { Namespace, Socket } from 'socket.io';
import { EV, type InterServerEvents, type VisitorClientEvents, type VisitorServerEvents, type VisitorSocketData } from '../../shared/events';
import { toVisitorConversation as view, toVisitorMessage, toVisitorMessages } from '../../shared/visitor-view';
import {
  handoffRequestSchema,
  visitorAuthSchema,
  visitorMessageSendSchema,
  visitorMessageSyncSchema,
  visitorPageSchema,
  visitorTypingSchema,
  visitorAttributesSchema,
  visitorProfileSchema,
  offlineMessageSchema,
  conversationRateSchema,
  messageReadSchema,
} from '../../shared/schemas';
import type { AbuseService } from '../abuse/abuse.service';
import type { ConversationService } from '../conversations/conversation.service';
import { clientIp } from '../limits/client-ip';
import type { RateLimits } from '../limits/rate-limits';
import { toErrorBody } from '../errors';
import type { TaskTracker } from '../concurrency/task-tracker';
import type { Logger } from '../logger';
import type { ConversationNotifier } from '../conversations/transcript-writer';
import type { VisitorRepository } from '../visitors/visitor.repository';
import type { VisitorService } from '../visitors/visitor.service';
import type { ResolvedVisitor, createVisitorSessions } from '../visitors/visitor-session';
import { acknowledged } from './acknowledged-handler';
import { rooms } from './rooms';
import { conversationRecommendSchema } from '../../shared/reports/nps-schemas';

export type VisitorNamespace = Namespace<VisitorClientEvents, VisitorServerEvents, InterServerEvents, VisitorSocketData>;
type VisitorSocket = Socket<VisitorClientEvents, VisitorServerEvents, InterServerEvents, VisitorSocketData>;

export function attachVisitorNamespace(
  namespace: VisitorNamespace,
  deps: {
    sessions: ReturnType<typeof createVisitorSessions>;
    conversations: ConversationService;
    visitors: VisitorRepository;
    visitorService: VisitorService;
    notifier: ConversationNotifier;
    logger: Logger;
    tasks: TaskTracker;
    limits: RateLimits;
    /** How many reverse proxies in front of Parley add X-Forwarded-For (0: none). */
    trustedProxyHops: number;
    /** Refuses blocked visitors and checks what visitors write for abuse. */
    abuse: Pick<AbuseService, 'assertNotBlocked' | 'visitorMessageStored'>;
  },
) {
  const resolved = new WeakMap<VisitorSocket, ResolvedVisitor>();
  const ips = new WeakMap<VisitorSocket, string>();

  namespace.use((socket, next) => {
    const auth = visitorAuthSchema.safeParse(socket.handshake.auth);
    if (!auth.success) return next(Object.assign(new Error('PARLEY_ERR_INVALID_PAYLOAD'), { data: toErrorBody(auth.error) }));
    const ip = clientIp(socket.handshake.address, socket.handshake.headers['x-forwarded-for'], deps.trustedProxyHops);
    deps.sessions
      .resolve(auth.data, (site) => deps.limits.consume('visitorCreate', { siteId: site.id, ip }))
      .then(async (session) => {
        await deps.limits.consume('connection', { siteId: session.site.id, visitorId: session.visitor.id, ip });
        // A blocked visitor never gets a socket, so nothing they send can be stored.
        await deps.abuse.assertNotBlocked(session.visitor.id);
        ips.set(socket, ip);
        resolved.set(socket, session);
        socket.data = { visitorId: session.visitor.id, siteId: session.site.id, locale: session.visitor.locale };
        next();
      })
      .catch((error) => {
        const body = toErrorBody(error);
        next(Object.assign(new Error(body.code), { data: body }));
      });
  });

  namespace.on('connection', async (socket) => {
    const session = resolved.get(socket)!;
    const { visitor } = session;
    const locale = () => socket.data.locale;
    const subject = { siteId: visitor.siteId, visitorId: visitor.id, ip: ips.get(socket) ?? null };
    const limited = (action: 'message' | 'sync') => deps.limits.consume(action, subject);
    // Every acknowledged event writes or reads the database, so each spends from a bucket:
    // ones that change things from the message bucket, reads and receipts from the sync one.
    const spending =
      <P, R>(action: 'message' | 'sync', act: (payload: P) => Promise<R>) =>
      async (payload: P) => {
        await limited(action);
        return act(payload);
      };
    await socket.join(rooms.visitor(visitor.id));
    const userAgent = socket.handshake.headers['user-agent'];
    // Holding the upgrade request for the life of the connection costs several KB per idle
    // visitor; the handshake already has what Parley needs (Socket.IO's memory advice).
    (socket.conn as unknown as { request: unknown }).request = null;
    if (userAgent && userAgent !== visitor.userAgent) void deps.tasks.track(deps.visitors.track(visitor.id, { userAgent: userAgent.slice(0, 500) }).catch(() => null));

    socket.on(
      EV.messageSend,
      acknowledged(deps, EV.messageSend, visitorMessageSendSchema, async (payload) => {
        await limited('message');
        const { conversation, message, created, reopened } = await deps.conversations.visitorSend(visitor, payload, locale());
        const after = () => Promise.all([deps.conversations.afterVisitorMessage(conversation, message, reopened), deps.abuse.visitorMessageStored(conversation, message)]);
        return { data: { message: toVisitorMessage(message) }, after: created ? after : undefined };
      }),
    );
    socket.on(
      EV.messageSync,
      acknowledged(deps, EV.messageSync, visitorMessageSyncSchema, async ({ afterSeq }) => {
        await limited('sync');
        const { conversation, messages } = await deps.conversations.visitorSync(visitor, afterSeq);
        return { data: { conversation: conversation && view(conversation), messages: toVisitorMessages(messages) } };
      }),
    );
    socket.on(
      EV.handoffRequest,
      acknowledged(deps, EV.handoffRequest, handoffRequestSchema, spending('message', async () => {
        const conversation = await deps.conversations.visitorHandoff(visitor, locale());
        // The place in line went out while the widget may not have known the new
        // conversation yet; say it again once the ack has told it.
        return { data: { conversation: view(conversation) }, after: conversation.status === 'queued' ? () => deps.conversations.queuePositions(conversation.siteId) : undefined };
      })),
    );

    socket.on(EV.typingUpdate, (payload: unknown) => {
      // Fire-and-forget: typing is best effort, so a bad payload is simply dropped.
      const parsed = visitorTypingSchema.safeParse(payload);
      if (parsed.success) void deps.tasks.track(deps.conversations.visitorTyping(visitor, parsed.data.typing).catch(() => {}));
    });
    socket.on(
      EV.visitorPage,
      acknowledged(deps, EV.visitorPage, visitorPageSchema, spending('message', async ({ url, title }) => {
        const updated = (await deps.visitors.track(visitor.id, { pageUrl: url, pageTitle: title })) ?? visitor;
        return { data: { visitor: updated }, after: () => deps.notifier.visitorUpdated(updated) };
      })),
    );
    socket.on(
      EV.visitorAttributes,
      acknowledged(deps, EV.visitorAttributes, visitorAttributesSchema, spending('message', async ({ attributes }) => ({
        data: { visitor: await deps.visitorService.setAttributes(visitor, attributes) },
      }))),
    );
    socket.on(
      EV.visitorProfile,
      acknowledged(deps, EV.visitorProfile, visitorProfileSchema, spending('message', async (profile) => ({
        data: { visitor: await deps.visitorService.setProfile(visitor, profile, locale()) },
      }))),
    );
    socket.on(
      EV.offlineMessage,
      acknowledged(deps, EV.offlineMessage, offlineMessageSchema, async (input) => {
        await limited('message');
        const { conversation, message } = await deps.visitorService.leaveOfflineMessage(visitor, input, locale());
        return { data: { conversation: view(conversation), message: toVisitorMessage(message) } };
      }),
    );
    socket.on(
      EV.conversationRate,
      acknowledged(deps, EV.conversationRate, conversationRateSchema, spending('message', async (rating) => ({
        data: { conversation: view(await deps.visitorService.rate(visitor, rating)) },
      }))),
    );
    socket.on(
      EV.conversationRecommend,
      acknowledged(deps, EV.conversationRecommend, conversationRecommendSchema, spending('message', async (answer) => ({
        data: { conversation: view(await deps.visitorService.recommend(visitor, answer)) },
      }))),
    );
    socket.on(
      EV.messageRead,
      acknowledged(deps, EV.messageRead, messageReadSchema, spending('sync', async ({ conversationId, seq }) => ({
        data: await deps.visitorService.markRead(visitor, conversationId, seq),
      }))),
    );
    socket.on(
      EV.conversationSolve,
      acknowledged(deps, EV.conversationSolve, handoffRequestSchema, spending('message', async () => ({
        data: { conversation: await deps.conversations.visitorSolved(visitor).then((solved) => solved && view(solved)) },
      }))),
    );

    try {
      const { conversation } = await deps.conversations.visitorSync(visitor, Number.MAX_SAFE_INTEGER);
      socket.emit(EV.sessionReady, { token: session.token, visitor, conversation: conversation && view(conversation) });
    } catch (error) {
      deps.logger.error({ err: error }, 'could not start visitor session');
      socket.disconnect(true);
    }
  });
}
