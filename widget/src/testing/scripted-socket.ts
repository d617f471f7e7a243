/**
 * A scripted stand-in for the visitor socket: it records what the widget emits and lets a
 * test play the server. `setUp` connects a visitor through it with stand-in HTTP calls.
 */
import type { Attachment, Message } from '../../../shared/domain';
import type { VisitorIdentity } from '../../../shared/schemas';
import { EV, type VisitorSession } from '../../../shared/events';
import { createSiteStorage } from '../lib/storage';
import { connectVisitor, type VisitorSocket } from '../lib/visitor-connection';
import { aConversation, aVisitor } from './fixtures';

type Listener = (...args: never[]) => void;
type AckWithError = (error: Error | null, ack?: unknown) => void;

/** Records what the widget emits and lets the test play the server. */
export class ScriptedSocket {
  readonly emitted: { event: string; payload: unknown; answer: AckWithError }[] = [];
  readonly listeners = new Map<string, Set<Listener>>();
  active = true;
  constructor(readonly url: string, readonly auth: (send: (data: object) => void) => void) {}
  on(event: string, listener: Listener) {
    if (!this.listeners.has(event)) this.listeners.set(event, new Set());
    this.listeners.get(event)!.add(listener);
    return this;
  }
  off(event: string, listener: Listener) {
    this.listeners.get(event)?.delete(listener);
    return this;
  }
  emit(event: string, payload: unknown) {
    this.emitted.push({ event, payload, answer: () => {} });
    return this;
  }
  timeout() {
    return { emit: (event: string, payload: unknown, answer: AckWithError) => this.emitted.push({ event, payload, answer }) };
  }
  connect() {
    return this;
  }
  disconnect() {
    this.serverSends('disconnect', 'io client disconnect');
    return this;
  }
  serverSends(event: string, ...args: unknown[]) {
    for (const listener of this.listeners.get(event) ?? []) (listener as (...values: unknown[]) => void)(...args);
  }
  handshake() {
    let data: object = {};
    this.auth((sent) => (data = sent));
    return data;
  }
  last(event: string) {
    return this.emitted.filter((emit) => emit.event === event).at(-1)!;
  }
}

export const flush = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

export function setUp(storedToken?: string, identity: VisitorIdentity | null = null) {
  localStorage.clear();
  const storage = createSiteStorage('demo');
  if (storedToken) storage.set('token', storedToken);
  let socket!: ScriptedSocket;
  const uploads: { file: File; token: string; progress: (fraction: number) => void; done: (attachment: Attachment) => void }[] = [];
  const download = vi.fn(async () => new Blob(['transcript']));
  const connection = connectVisitor({
    origin: 'https://chat.example.com',
    siteKey: 'demo',
    locale: 'ko',
    storage,
    identity,
    http: {
      upload: ({ file, token, onProgress }) => new Promise((resolve) => uploads.push({ file, token, progress: onProgress, done: resolve })),
      download,
    },
    createSocket: (url, options) => {
      socket = new ScriptedSocket(url, options.auth as ScriptedSocket['auth']);
      return socket as unknown as VisitorSocket;
    },
  });
  const session = (overrides: Partial<VisitorSession> = {}): VisitorSession => ({
    token: 'token-1',
    visitor: aVisitor(),
    conversation: aConversation(),
    ...overrides,
  });
  // As the server does: with the open conversation (the session's, unless told otherwise).
  const syncAnswers = (messages: Message[], conversation: VisitorSession['conversation'] = aConversation()) =>
    socket.last(EV.messageSync).answer(null, { ok: true, data: { conversation, messages } });
  return { connection, storage, socket: () => socket, session, syncAnswers, uploads, download };
}

export const agent = { kind: 'agent', id: 'a1', name: 'Mina' } as const;
export const bot = { kind: 'bot', id: null, name: 'Parley Bot' } as const;
export const emitted = (socket: ScriptedSocket, event: string) => socket.emitted.filter((emit) => emit.event === event).map((emit) => emit.payload);
