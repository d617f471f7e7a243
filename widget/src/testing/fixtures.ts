/** Plain-data builders and a socket-free chat controller for the widget's tests. */
import { vi } from 'vitest';
import type { Conversation, Message, Visitor } from '../../../shared/domain';
import { DEFAULT_WIDGET_SETTINGS, type WidgetConfig, type WidgetSettings } from '../../../shared/settings';
import type { ChatController, ChatState } from '../lib/chat-controller';
import { createStore } from '../lib/store';
import { buildThread, type OutgoingMessage, type Upload } from '../lib/thread';

const at = (second: number) => new Date(Date.UTC(2025, 0, 6, 1, 0, second)).toISOString();

export function aMessage(overrides: Partial<Message> & { seq: number }): Message {
  return {
    id: `m${overrides.conversationId ?? 'c1'}-${overrides.seq}`,
    conversationId: 'c1',
    clientId: `client-${overrides.conversationId ?? 'c1'}-${overrides.seq}`,
    author: { kind: 'visitor', id: 'v1', name: null },
    text: `message ${overrides.seq}`,
    createdAt: at(overrides.seq),
    ...overrides,
  };
}

/**
 * Wire objects carry more fields than the widget reads, and the server keeps adding some;
 * the builders fill in what the widget uses and are cast so new server-only fields do not
 * break every widget test.
 */
export function aConversation(overrides: Partial<Conversation> = {}): Conversation {
  return {
    id: 'c1',
    siteId: 's1',
    visitorId: 'v1',
    visitorName: null,
    locale: 'en',
    status: 'bot',
    assignedAgentId: null,
    assignedAgentName: null,
    lastSeq: 0,
    lastMessagePreview: null,
    queuedAt: null,
    handoff: null,
    team: null,
    priority: 0,
    tags: [],
    csat: null,
    readSeq: { visitor: 0, agent: 0 },
    resolution: null,
    createdAt: at(0),
    updatedAt: at(0),
    ...overrides,
  } as Conversation;
}

export function aVisitor(overrides: Partial<Visitor> = {}): Visitor {
  return { id: 'v1', siteId: 's1', name: null, email: null, locale: 'ko', createdAt: at(0), ...overrides } as Visitor;
}

export function anOutgoing(overrides: Partial<OutgoingMessage> & { clientId: string }): OutgoingMessage {
  return { text: 'hello', createdAt: at(59), state: 'pending', ...overrides };
}

export type FakeChat = ChatController & { setState(change: Partial<ChatState>): void };

/** The site's widget configuration as `GET /api/widget/config` returns it, with the defaults. */
export function aConfig(overrides: Partial<Omit<WidgetConfig, 'widget'>> & { widget?: Partial<WidgetSettings> } = {}): WidgetConfig {
  const { widget, ...rest } = overrides;
  return { siteName: 'Test Shop', defaultLocale: 'en', agentsAvailable: true, teams: [], ...rest, widget: { ...DEFAULT_WIDGET_SETTINGS, ...widget } };
}

/** A chat controller with no socket behind it: state is set by the test, actions are spies. */
export function fakeChat(initial: Partial<ChatState> & { messages?: Message[]; outgoing?: OutgoingMessage[]; uploads?: Upload[] } = {}): FakeChat {
  const { messages = [], outgoing = [], uploads = [], ...rest } = initial;
  const store = createStore<ChatState>({
    status: 'online',
    refusal: null,
    agentReadSeq: 0,
    unread: 0,
    conversation: null,
    queue: null,
    thread: buildThread(messages, outgoing, uploads),
    handoffPending: false,
    notice: null,
    agentTyping: null,
    ...rest,
  });
  return {
    get: store.get,
    subscribe: store.subscribe,
    setState: (change) => store.update((state) => ({ ...state, ...change })),
    send: vi.fn(),
    retry: vi.fn(),
    requestHandoff: vi.fn(),
    markSolved: vi.fn(),
    dismissNotice: vi.fn(),
    showNotice: vi.fn(),
    setTyping: vi.fn(),
    attach: vi.fn(),
    markRead: vi.fn(),
    submitProfile: vi.fn(async () => true),
    leaveOfflineMessage: vi.fn(async () => true),
    rate: vi.fn(async () => true),
    download: vi.fn(async () => new Blob(['file'])),
    requestErasure: vi.fn(async () => true),
  };
}
