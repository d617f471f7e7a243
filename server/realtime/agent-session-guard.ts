/**
 * Account changes reach open inboxes at once. Every event an agent socket sends is
 * checked against the stored account first (it is one primary-key read), so a demoted
 * supervisor cannot reassign from a tab opened before the change, and a deactivated or
 * signed-out agent's socket is refused and closed. Admin actions also push the change
 * out immediately (on every process, through the adapter) instead of waiting for an event.
 */
import type { Socket } from 'socket.io';
import type { Agent } from '../../shared/domain';
import { EV, type AgentClientEvents, type AgentServerEvents, type AgentSocketData, type InterServerEvents } from '../../shared/events';
import type { AgentRepository } from '../agents/agent.repository';
import type { AgentIdentity } from '../conversations/conversation.service';
import { ParleyError, toErrorBody } from '../errors';
import type { AgentNamespace } from './agent-namespace';
import { rooms } from './rooms';

type AgentSocket = Socket<AgentClientEvents, AgentServerEvents, InterServerEvents, AgentSocketData>;

/** Whether a token issued for `version` still stands for this stored account. */
export function sessionStands(agent: { active?: boolean; sessionVersion: number } | null, version: number): boolean {
  return agent !== null && agent.active !== false && agent.sessionVersion === version;
}

export function guardAgentEvents(socket: AgentSocket, identity: AgentIdentity, version: number, agents: AgentRepository) {
  socket.use((packet, next) => {
    // Typing is frequent, privileged for nobody and answers nothing: not worth a read each time.
    if (packet[0] === EV.typingUpdate) return next();
    void agents.findById(identity.agentId).then(
      (agent) => {
        if (!sessionStands(agent, version)) {
          const ack = packet[packet.length - 1];
          const error = new ParleyError('PARLEY_ERR_UNAUTHENTICATED', 'this session has ended; sign in again');
          if (typeof ack === 'function') (ack as (answer: unknown) => void)({ ok: false, error: toErrorBody(error) });
          socket.disconnect(true);
          return;
        }
        identity.role = agent!.role;
        socket.data.role = agent!.role;
        next();
      },
      (error: unknown) => next(error instanceof Error ? error : new Error(String(error))),
    );
  });
}

export interface AgentSessionControl {
  /** Closes every open inbox of the agent (signed out, deactivated, deleted). */
  end(agentId: string): void;
  /** Sends the agent's new details (e.g. role) to their open inboxes. */
  changed(agent: Agent): void;
}

export function createAgentSessionControl(namespace: AgentNamespace): AgentSessionControl {
  return {
    end: (agentId) => namespace.in(rooms.agent(agentId)).disconnectSockets(true),
    changed: (agent) => namespace.to(rooms.agent(agent.id)).emit(EV.sessionReady, { agent }),
  };
}
