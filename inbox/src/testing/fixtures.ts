/** Builders for the protocol's shapes, so each test states only what matters to it. */
import type { Agent, Conversation, Message } from '../../../shared/domain';

export const agentMina: Agent = {
  id: 'a00000000000000000000001',
  email: 'mina@example.com',
  name: 'Mina',
  role: 'admin',
  presence: 'online',
  capacity: 3,
  teams: [],
};

let nextId = 1;
const hexId = (prefix: string) => `${prefix}${String(nextId++).padStart(24 - prefix.length, '0')}`;

export function conversation(overrides: Partial<Conversation> = {}): Conversation {
  const id = overrides.id ?? hexId('c');
  return {
    id,
    siteId: 'site1',
    visitorId: overrides.visitorId ?? `v${id.slice(1)}`,
    visitorName: null,
    locale: 'ko',
    status: 'queued',
    assignedAgentId: null,
    assignedAgentName: null,
    lastSeq: 0,
    lastMessagePreview: null,
    queuedAt: '2025-01-01T09:00:00.000Z',
    handoff: null,
    team: null,
    priority: 0,
    tags: [],
    csat: null,
    readSeq: { visitor: 0, agent: 0 },
    resolution: null,
    createdAt: '2025-01-01T08:59:00.000Z',
    updatedAt: '2025-01-01T09:00:00.000Z',
    ...overrides,
  };
}

export function message(overrides: Partial<Message> & Pick<Message, 'conversationId' | 'seq'>): Message {
  return {
    id: `m-${overrides.conversationId}-${overrides.seq}`,
    clientId: `client-${overrides.conversationId}-${overrides.seq}`,
    author: { kind: 'visitor', id: 'visitor', name: null },
    text: `message ${overrides.seq}`,
    createdAt: new Date(Date.UTC(2025, 0, 1, 9, 0, overrides.seq)).toISOString(),
    ...overrides,
  };
}

export const assignedTo = (agent: Agent): Partial<Conversation> => ({ status: 'assigned', assignedAgentId: agent.id, assignedAgentName: agent.name });
