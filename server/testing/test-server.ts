/**
 * Integration-test support: a real Parley app on a free loopback port, backed by its
 * own database in the suite's FerretDB, and real socket.io-client connections to it.
 */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import mongoose from 'mongoose';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, inject } from 'vitest';
import type { Ack } from '../../shared/errors';
import {
  EV,
  NAMESPACES,
  type AgentClientEvents,
  type AgentServerEvents,
  type VisitorClientEvents,
  type VisitorServerEvents,
  type VisitorSession,
} from '../../shared/events';
import { createApp, type AppOptions, type ParleyApp } from '../app';
import { withDatabaseName } from '../database/provision';
import { createLogger } from '../logger';
import { testCipher } from './test-cipher';

export type VisitorClient = Socket<VisitorServerEvents, VisitorClientEvents>;
export type AgentClient = Socket<AgentServerEvents, AgentClientEvents>;

export interface TestServer {
  url: string;
  app: ParleyApp;
  connection: mongoose.Connection;
  databaseUri: string;
  stop(): Promise<void>;
}

export function testDatabaseUri(): string {
  return withDatabaseName(inject('mongoBaseUri'), `parley_test_${randomBytes(5).toString('hex')}`);
}

/**
 * A database of its own for the test file, connected before its tests and dropped after
 * them. Returns a getter: the connection exists only once `beforeAll` has run.
 */
export function useTestDatabase(): () => mongoose.Connection {
  let connection: mongoose.Connection | null = null;
  beforeAll(async () => {
    connection = await mongoose.createConnection(testDatabaseUri()).asPromise();
  });
  afterAll(async () => {
    await connection?.dropDatabase();
    await connection?.close();
  });
  return () => connection!;
}

export async function startTestServer(overrides: Partial<AppOptions> & { databaseUri?: string } = {}): Promise<TestServer> {
  const databaseUri = overrides.databaseUri ?? testDatabaseUri();
  const connection = await mongoose.createConnection(databaseUri).asPromise();
  const app = await createApp({
    connection,
    logger: createLogger(process.env.PARLEY_LOG_LEVEL ?? 'silent'),
    secret: 'test-secret-test-secret-test-secret',
    cipher: testCipher,
    defaultCapacity: 3,
    demoSite: { key: 'demo', name: 'Test Shop' },
    ...overrides,
  });
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = app.httpServer.address() as AddressInfo;
  const sockets = new Set<Socket>();
  trackedSockets.set(app, sockets);
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    connection,
    databaseUri,
    async stop() {
      sockets.forEach((socket) => socket.disconnect());
      await app.close();
      if (!overrides.databaseUri) await connection.dropDatabase().catch(() => {});
      await connection.close();
    },
  };
}

const trackedSockets = new WeakMap<ParleyApp, Set<Socket>>();
const track = <S extends Socket>(server: TestServer, socket: S) => {
  trackedSockets.get(server.app)?.add(socket);
  return socket;
};

/** Connects a visitor and resolves with the socket and the session the server sent. */
export async function connectVisitor(
  server: TestServer,
  auth: { siteKey?: string; token?: string; locale?: 'ko' | 'en' } = {},
): Promise<{ socket: VisitorClient; session: VisitorSession }> {
  const socket: VisitorClient = track(
    server,
    io(`${server.url}${NAMESPACES.visitor}`, {
      auth: { siteKey: 'demo', ...auth },
      transports: ['websocket'],
      forceNew: true,
      extraHeaders: { 'user-agent': 'parley-test-visitor' },
    }),
  );
  const session = await new Promise<VisitorSession>((resolve, reject) => {
    socket.once(EV.sessionReady, resolve);
    socket.once('connect_error', reject);
  });
  return { socket, session };
}

export async function connectAgent(server: TestServer, token: string, auth: { presence?: 'online' | 'away' } = {}): Promise<AgentClient> {
  const socket: AgentClient = track(
    server,
    io(`${server.url}${NAMESPACES.agent}`, { auth: { token, ...auth }, transports: ['websocket'], forceNew: true }),
  );
  await new Promise<void>((resolve, reject) => {
    socket.once(EV.sessionReady, () => resolve());
    socket.once('connect_error', reject);
  });
  return socket;
}

/** Emits an acknowledged event and resolves with the ack. */
export function request<T>(socket: Socket, event: string, payload: unknown): Promise<Ack<T>> {
  return (socket.timeout(10_000) as Socket).emitWithAck(event, payload) as Promise<Ack<T>>;
}

/** Resolves with the first event that satisfies the predicate. */
export function nextEvent<T>(socket: Socket, event: string, predicate: (payload: T) => boolean = () => true, timeoutMs = 10_000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, listener);
      reject(new Error(`timed out waiting for ${event}`));
    }, timeoutMs);
    const listener = (payload: T) => {
      if (!predicate(payload)) return;
      clearTimeout(timer);
      socket.off(event, listener);
      resolve(payload);
    };
    socket.on(event, listener);
  });
}

/** Creates an agent on the demo site and signs them in. */
export async function signedInAgent(server: TestServer, input: { email: string; name: string; capacity?: number }) {
  const password = 'correct horse battery staple';
  await server.app.accounts.createAgent(server.app.demoSite.id, { ...input, password });
  return server.app.accounts.login({ email: input.email, password });
}
