/** The inbox's side of the wire. Agents see their site only, and reply only where assigned. */
import type { Namespace, Socket } from 'socket.io';
import { EV, type AgentClientEvents, type AgentServerEvents, type AgentSocketData, type InterServerEvents } from '../../shared/events';
import {
  agentAuthSchema,
  agentMessageSendSchema,
  agentMessageSyncSchema,
  agentPresenceSchema,
  conversationListSchema,
  conversationOpenSchema,
  messageListSchema,
  agentTypingSchema,
  messageReadSchema,
  conversationReassignSchema,
  conversationRefSchema,
  conversationTagsSchema,
  conversationTransferSchema,
} from '../../shared/schemas';
import { hearsEscalations, supervisorsRoom } from '../abuse/abuse.service';
import type { AgentRepository } from '../agents/agent.repository';
import type { PresenceTracker } from '../agents/presence-tracker';
import type { TokenService } from '../auth/tokens';
import type { AgentIdentity, ConversationService } from '../conversations/conversation.service';
import { ParleyError, toErrorBody } from '../errors';
import type { TaskTracker } from '../concurrency/task-tracker';
import type { Logger } from '../logger';
import { acknowledged } from './acknowledged-handler';
import { guardAgentEvents, sessionStands } from './agent-session-guard';
import { rooms } from './rooms';

export type AgentNamespace = Namespace<AgentClientEvents, AgentServerEvents, InterServerEvents, AgentSocketData>;
type AgentSocket = Socket<AgentClientEvents, AgentServerEvents, InterServerEvents, AgentSocketData>;

export function attachAgentNamespace(
  namespace: AgentNamespace,
  deps: {
    tokens: TokenService;
    agents: AgentRepository;
    conversations: ConversationService;
    presence: PresenceTracker;
    drainQueue(siteId: string): Promise<unknown>;
    logger: Logger;
    tasks: TaskTracker;
  },
) {
  const versions = new WeakMap<AgentSocket, number>();
  namespace.use((socket, next) => {
    void (async () => {
      try {
        const { token, presence } = agentAuthSchema.parse(socket.handshake.auth);
        const { agentId, version } = await deps.tokens.verifyAgent(token);
        const agent = await deps.agents.findById(agentId);
        if (!agent) throw new ParleyError('PARLEY_ERR_UNAUTHENTICATED', 'this agent no longer exists');
        if (!sessionStands(agent, version)) throw new ParleyError('PARLEY_ERR_UNAUTHENTICATED', 'this session has ended; sign in again');
        versions.set(socket, version);
        socket.data = { agentId: agent.id, siteId: agent.siteId, role: agent.role, name: agent.name, presence: presence ?? 'online' };
        next();
      } catch (error) {
        const body = toErrorBody(error);
        next(Object.assign(new Error(body.code), { data: body }));
      }
    })();
  });

  namespace.on('connection', async (socket: AgentSocket) => {
    const identity: AgentIdentity = { agentId: socket.data.agentId, siteId: socket.data.siteId, name: socket.data.name, role: socket.data.role };
    const { logger } = deps;
    guardAgentEvents(socket, identity, versions.get(socket) ?? 0, deps.agents);
    await socket.join([rooms.agent(identity.agentId), rooms.siteAgents(identity.siteId), ...(hearsEscalations(socket.data.role) ? [supervisorsRoom(identity.siteId)] : [])]);

    socket.on(
      EV.conversationList,
      acknowledged(deps, EV.conversationList, conversationListSchema, async ({ view, cursor, limit }) => {
        const teams = view === 'team' ? ((await deps.agents.findById(identity.agentId))?.teams ?? []) : [];
        return { data: await deps.conversations.listForAgent({ ...identity, teams }, view, { cursor, limit }) };
      }),
    );
    socket.on(
      EV.conversationOpen,
      acknowledged(deps, EV.conversationOpen, conversationOpenSchema, async ({ conversationId, afterSeq }) => {
        // Check access, join, then read: a message stored in between arrives live instead of being missed.
        await deps.conversations.agentAccess(identity, conversationId);
        await socket.join(rooms.conversation(conversationId));
        return { data: await deps.conversations.agentOpen(identity, conversationId, afterSeq) };
      }),
    );
    socket.on(
      EV.messageSync,
      acknowledged(deps, EV.messageSync, agentMessageSyncSchema, async ({ conversationId, afterSeq }) => ({
        data: { messages: await deps.conversations.agentSync(identity, conversationId, afterSeq) },
      })),
    );
    socket.on(
      EV.messageList,
      acknowledged(deps, EV.messageList, messageListSchema, async ({ conversationId, beforeSeq, limit }) => {
        const { messages, hasOlder } = await deps.conversations.agentPage(identity, conversationId, beforeSeq, limit);
        return { data: { messages, hasOlder } };
      }),
    );
    socket.on(
      EV.messageSend,
      acknowledged(deps, EV.messageSend, agentMessageSendSchema, async (payload) => {
        const { conversation, message, created } = await deps.conversations.agentSend(identity, payload);
        return { data: { message }, after: created ? () => deps.conversations.afterAgentMessage(conversation, message) : undefined };
      }),
    );
    socket.on(
      EV.conversationTake,
      acknowledged(deps, EV.conversationTake, conversationRefSchema, async ({ conversationId }) => ({
        data: { conversation: await deps.conversations.agentTake(identity, conversationId) },
      })),
    );
    socket.on(
      EV.conversationClose,
      acknowledged(deps, EV.conversationClose, conversationRefSchema, async ({ conversationId }) => ({
        data: { conversation: await deps.conversations.agentClose(identity, conversationId) },
      })),
    );
    socket.on(
      EV.conversationTransfer,
      acknowledged(deps, EV.conversationTransfer, conversationTransferSchema, async (transfer) => ({
        data: { conversation: await deps.conversations.agentTransfer(identity, transfer) },
      })),
    );
    socket.on(
      EV.conversationTag,
      acknowledged(deps, EV.conversationTag, conversationTagsSchema, async ({ conversationId, tags }) => ({
        data: { conversation: await deps.conversations.agentTag(identity, conversationId, tags) },
      })),
    );
    socket.on(
      EV.conversationReassign,
      acknowledged(deps, EV.conversationReassign, conversationReassignSchema, async ({ conversationId, toAgentId }) => {
        if (socket.data.role === 'agent') throw new ParleyError('PARLEY_ERR_FORBIDDEN', 'reassigning needs the supervisor role');
        const target = await deps.agents.findById(toAgentId);
        if (!target) throw new ParleyError('PARLEY_ERR_NOT_FOUND', 'no such agent');
        return { data: { conversation: await deps.conversations.supervisorReassign(identity, conversationId, target) } };
      }),
    );
    socket.on(
      EV.messageRead,
      acknowledged(deps, EV.messageRead, messageReadSchema, async ({ conversationId, seq }) => ({
        data: await deps.conversations.agentRead(identity, conversationId, seq),
      })),
    );
    socket.on(EV.typingUpdate, (payload: unknown) => {
      const parsed = agentTypingSchema.safeParse(payload);
      if (parsed.success) void deps.tasks.track(deps.conversations.agentTyping(identity, parsed.data.conversationId, parsed.data.typing).catch(() => {}));
    });
    socket.on(
      EV.agentPresence,
      acknowledged(deps, EV.agentPresence, agentPresenceSchema, async ({ presence }) => {
        const agent = await deps.agents.setPresence(identity.agentId, presence);
        if (!agent) throw new ParleyError('PARLEY_ERR_NOT_FOUND', 'agent not found');
        return { data: { agent }, after: presence === 'online' ? () => deps.drainQueue(identity.siteId) : undefined };
      }),
    );

    socket.on('disconnect', () => {
      void deps.tasks.track((async () => {
        // The grace period starts only when this was the agent's last open inbox tab.
        const stillConnected = await namespace.in(rooms.agent(identity.agentId)).fetchSockets();
        if (stillConnected.length === 0) deps.presence.disconnected(identity.agentId, identity.siteId);
      })().catch((error) => logger.error({ err: error }, 'could not mark agent offline')));
    });

    deps.presence.connected(identity.agentId);
    try {
      const agent = await deps.agents.setPresence(identity.agentId, socket.data.presence);
      if (agent) socket.emit(EV.sessionReady, { agent });
      // An agent coming back as away keeps their chats but takes no new ones.
      if (socket.data.presence === 'online') await deps.tasks.track(deps.drainQueue(identity.siteId));
    } catch (error) {
      logger.error({ err: error }, 'could not start agent session');
    }
  });
}
