// @vitest-environment node
/**
 * The agent connection against a real Socket.IO server on a free port, whose `/agent`
 * namespace plays a tiny Parley: it checks the token, answers requests and can be told
 * to drop a connection or to leave an ack unanswered.
 */
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server, type Namespace, type Socket as ServerSocket } from 'socket.io';
import type { Message } from '../../../shared/domain';
import { EV, NAMESPACES, type AgentClientEvents, type AgentServerEvents } from '../../../shared/events';
import { agentMina, assignedTo, conversation, message } from '../testing/fixtures';
import { connectAgent, type AgentConnection, type ConnectionStatus } from './agent-connection';

const c1 = conversation({ id: 'c1', ...assignedTo(agentMina), lastSeq: 2 });

let http: HttpServer;
let io: Server;
let agents: Namespace<AgentClientEvents, AgentServerEvents>;
let url: string;
let stored: Message[];
let sendsSeen: string[];
let opensSeen: { conversationId: string; afterSeq: number }[];
let dropFirstSendAck: boolean;
let revoked: boolean;
let serverSockets: ServerSocket<AgentClientEvents, AgentServerEvents>[];
const connections: AgentConnection[] = [];

beforeEach(async () => {
  stored = [message({ conversationId: 'c1', seq: 1 }), message({ conversationId: 'c1', seq: 2 })];
  sendsSeen = [];
  opensSeen = [];
  dropFirstSendAck = false;
  revoked = false;
  serverSockets = [];
  http = createServer();
  io = new Server(http);
  agents = io.of(NAMESPACES.agent);
  agents.use((socket, next) => {
    if (socket.handshake.auth.token === 'good' && !revoked) return next();
    next(Object.assign(new Error('PARLEY_ERR_UNAUTHENTICATED'), { data: { code: 'PARLEY_ERR_UNAUTHENTICATED', message: 'sign in again' } }));
  });
  agents.on('connection', (socket: ServerSocket<AgentClientEvents, AgentServerEvents>) => {
    serverSockets.push(socket);
    socket.emit(EV.sessionReady, { agent: agentMina });
    socket.on(EV.conversationList, (_payload, ack) => ack({ ok: true, data: { conversations: [c1], nextCursor: null } }));
    socket.on(EV.conversationOpen, ({ conversationId, afterSeq = 0 }, ack) => {
      opensSeen.push({ conversationId, afterSeq });
      if (conversationId !== 'c1') return ack({ ok: false, error: { code: 'PARLEY_ERR_CONVERSATION_NOT_FOUND', message: 'no such conversation' } });
      ack({ ok: true, data: { conversation: c1, messages: stored.filter((m) => m.seq > afterSeq), hasOlder: false } });
    });
    socket.on(EV.messageSend, (payload, ack) => {
      sendsSeen.push(payload.clientId);
      let saved = stored.find((m) => m.clientId === payload.clientId);
      if (!saved) {
        saved = message({ conversationId: payload.conversationId, seq: stored.length + 1, clientId: payload.clientId, text: payload.text });
        stored.push(saved);
      }
      if (dropFirstSendAck && sendsSeen.length === 1) return;
      ack({ ok: true, data: { message: saved } });
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
});

afterEach(async () => {
  connections.splice(0).forEach((connection) => connection.disconnect());
  await io.close();
});

function connect(token = 'good', options: { ackTimeoutMs?: number } = {}) {
  const connection = connectAgent({ token, url, retryDelayMs: 50, ...options });
  connections.push(connection);
  return connection;
}

/** Closes the transport under every connection, as a network failure would; Socket.IO then reconnects by itself. */
function dropNetwork() {
  serverSockets.splice(0).forEach((socket) => socket.conn.close());
}

function statusBecomes(connection: AgentConnection, wanted: ConnectionStatus) {
  return new Promise<void>((resolve) => {
    const stop = connection.onStatus((status) => {
      if (status !== wanted) return;
      queueMicrotask(() => stop());
      resolve();
    });
  });
}

describe('agent connection', () => {
  it('answers requests with the ack’s data and announces the session', async () => {
    const connection = connect();
    const agent = new Promise((resolve) => connection.onSession(resolve));
    expect(await connection.list()).toEqual({ conversations: [c1], nextCursor: null });
    expect(await agent).toEqual(agentMina);
  });

  it('hands the server’s abuse escalations to its listeners', async () => {
    const connection = connect();
    await statusBecomes(connection, 'online');
    const heard = new Promise((resolve) => connection.onAbuseEscalated(resolve));
    const escalation = { conversationId: 'c1', siteId: 's1', visitorId: 'v1', visitorName: null, agentId: agentMina.id, reason: 'threat' as const, abusiveMessages: 1, at: '2026-03-01T01:00:00.000Z' };
    serverSockets.forEach((socket) => socket.emit(EV.abuseEscalated, escalation));
    expect(await heard).toEqual(escalation);
  });

  it('rejects with the server’s error code when the ack is an error', async () => {
    await expect(connect().open('missing', 0)).rejects.toMatchObject({ code: 'PARLEY_ERR_CONVERSATION_NOT_FOUND', message: 'no such conversation' });
  });

  it('goes to unauthorized when the server ends the session on an open connection', async () => {
    const connection = connect();
    await statusBecomes(connection, 'online');
    revoked = true;
    serverSockets.splice(0).forEach((socket) => socket.disconnect(true));
    await statusBecomes(connection, 'unauthorized');
  });

  it('reports a refused token as unauthorized', async () => {
    await statusBecomes(connect('expired'), 'unauthorized');
  });

  it('resends with the same clientId when the ack does not come, and the message is stored once', async () => {
    dropFirstSendAck = true;
    const connection = connect('good', { ackTimeoutMs: 200 });
    const sent = await connection.send({ conversationId: 'c1', clientId: 'reply-0001', text: 'hello' });
    expect(sendsSeen).toEqual(['reply-0001', 'reply-0001']);
    expect(stored.filter((m) => m.clientId === 'reply-0001')).toHaveLength(1);
    expect(sent.seq).toBe(3);
  });

  it('after a reconnect, re-opens open conversations after the highest seq held and delivers what was missed', async () => {
    const connection = connect();
    const received: number[] = [];
    connection.onMessage((m) => received.push(m.seq));
    await statusBecomes(connection, 'online');
    const { messages } = await connection.open('c1', 0);
    expect(messages.map((m) => m.seq)).toEqual([1, 2]);

    const offline = statusBecomes(connection, 'offline');
    dropNetwork();
    await offline;
    stored.push(message({ conversationId: 'c1', seq: 3, text: 'sent while you were away' }));

    await vi.waitFor(() => expect(received).toEqual([3]), { timeout: 5_000 });
    expect(opensSeen.at(-1)).toEqual({ conversationId: 'c1', afterSeq: 2 });
  }, 15_000);

  it('stops re-opening a conversation once its tab is closed, and disposers stop listeners', async () => {
    const connection = connect();
    await statusBecomes(connection, 'online');
    await connection.open('c1', 0);
    connection.forget('c1');
    const received: number[] = [];
    const stop = connection.onMessage((m) => received.push(m.seq));
    stop();
    dropNetwork();
    await statusBecomes(connection, 'offline');
    await statusBecomes(connection, 'online');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(opensSeen).toHaveLength(1);
    expect(received).toEqual([]);
  }, 15_000);
});
