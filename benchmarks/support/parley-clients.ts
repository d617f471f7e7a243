/** Real Socket.IO clients for Parley: agents signed in through the REST API, visitors through the widget's namespace. */
import { io, type Socket } from 'socket.io-client';
import type { Conversation } from '../../shared/domain';
import { EV, NAMESPACES, type AgentClientEvents, type AgentServerEvents, type VisitorClientEvents, type VisitorServerEvents } from '../../shared/events';
import { API, type LoginResult } from '../../shared/http';
import { ADMIN } from './processes';

export type VisitorSocket = Socket<VisitorServerEvents, VisitorClientEvents>;
export type AgentSocket = Socket<AgentServerEvents, AgentClientEvents>;

const json = async <T>(response: Response): Promise<T> => {
  if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
  return (await response.json()) as T;
};

export async function adminToken(url: string): Promise<string> {
  const login = await json<LoginResult>(await fetch(`${url}${API.login}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: ADMIN.email, password: ADMIN.password }) }));
  // The admin takes no chats in the benchmark: only the agents created below do.
  await fetch(`${url}${API.agent(login.agent.id)}`, { method: 'PATCH', headers: { 'content-type': 'application/json', authorization: `Bearer ${login.token}` }, body: JSON.stringify({ capacity: 0 }) });
  return login.token;
}

/** Creates `count` agents with the given capacity and connects each to the agent namespace. */
export async function connectAgents(url: string, count: number, capacity: number, prefix: string): Promise<AgentSocket[]> {
  const token = await adminToken(url);
  const sockets: AgentSocket[] = [];
  for (let i = 0; i < count; i++) {
    const email = `${prefix}-${i}@example.com`;
    const password = 'bench-agent-password';
    await json(await fetch(`${url}${API.agents}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ email, name: `Agent ${i}`, password, capacity }) }));
    const login = await json<LoginResult>(await fetch(`${url}${API.login}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) }));
    const socket: AgentSocket = io(`${url}${NAMESPACES.agent}`, { auth: { token: login.token }, transports: ['websocket'], forceNew: true });
    await new Promise<void>((done, fail) => {
      socket.once(EV.sessionReady, () => done());
      socket.once('connect_error', fail);
    });
    sockets.push(socket);
  }
  return sockets;
}

/** The visitor id the server gave each connected visitor socket. */
export const visitorIdOf = new WeakMap<VisitorSocket, string>();

export function connectVisitor(url: string): Promise<VisitorSocket> {
  const socket: VisitorSocket = io(`${url}${NAMESPACES.visitor}`, { auth: { siteKey: 'demo', locale: 'en' }, transports: ['websocket'], forceNew: true });
  return new Promise((done, fail) => {
    socket.once(EV.sessionReady, (session) => {
      visitorIdOf.set(socket, session.visitor.id);
      done(socket);
    });
    socket.once('connect_error', fail);
  });
}

/** Connects visitors a batch at a time, so the handshakes do not all land at once. */
export async function connectVisitors(url: string, count: number, batch = 50): Promise<VisitorSocket[]> {
  const sockets: VisitorSocket[] = [];
  while (sockets.length < count) sockets.push(...(await Promise.all(Array.from({ length: Math.min(batch, count - sockets.length) }, () => connectVisitor(url)))));
  return sockets;
}

/** Hands every visitor to a human and waits until every conversation is assigned. */
export async function handOffAll(visitors: VisitorSocket[], agents: AgentSocket[]): Promise<void> {
  const assigned = new Set<string>();
  const allAssigned = new Promise<void>((done) => {
    for (const agent of agents) {
      agent.on(EV.conversationUpdated, (conversation: Conversation) => {
        if (conversation.status === 'assigned') assigned.add(conversation.visitorId);
        if (assigned.size >= visitors.length) done();
      });
    }
  });
  for (let i = 0; i < visitors.length; i += 50) {
    await Promise.all(visitors.slice(i, i + 50).map((visitor) => visitor.timeout(30_000).emitWithAck(EV.handoffRequest, {})));
  }
  await Promise.race([allAssigned, new Promise((_, fail) => setTimeout(() => fail(new Error(`only ${assigned.size}/${visitors.length} assigned`)), 120_000))]);
}

export const closeAll = (sockets: Socket[]) => sockets.forEach((socket) => socket.disconnect());
