/**
 * The conversation list's filters, as pure functions over the conversations the inbox
 * knows. The server answers each view once (`conversation:list {view}`); after that the
 * same predicate keeps the view current from live `conversation:updated` events.
 */
import type { Agent, Conversation } from '../../../shared/domain';
import type { ConversationMap } from './conversations';

/** `overview` is the start screen's sections (mine, queue, the bot's); the rest are filters. */
export type InboxView = 'overview' | 'mine' | 'queue' | 'team' | 'open' | 'closed';

export const FILTER_VIEWS = ['mine', 'queue', 'team', 'open', 'closed'] as const satisfies readonly InboxView[];

const time = (iso: string | null) => (iso ? Date.parse(iso) || 0 : 0);

const inView: Record<Exclude<InboxView, 'overview'>, (conversation: Conversation, agent: Pick<Agent, 'id' | 'teams'>) => boolean> = {
  mine: (c, agent) => c.status === 'assigned' && c.assignedAgentId === agent.id,
  queue: (c) => c.status === 'queued' || c.status === 'offline',
  team: (c, agent) => c.status !== 'closed' && c.team !== null && agent.teams.includes(c.team),
  open: (c) => c.status !== 'closed',
  closed: (c) => c.status === 'closed',
};

/** The conversations of one filter: the queue in the router's service order (ties by id), everything else most recent first. */
export function conversationsInView(map: ConversationMap, view: Exclude<InboxView, 'overview'>, agent: Pick<Agent, 'id' | 'teams'>): Conversation[] {
  const chosen = Object.values(map).filter((conversation) => inView[view](conversation, agent));
  if (view === 'queue') return chosen.sort((a, b) => b.priority - a.priority || time(a.queuedAt) - time(b.queuedAt) || a.id.localeCompare(b.id));
  return chosen.sort((a, b) => time(b.updatedAt) - time(a.updatedAt));
}

/**
 * How long a visitor has been waiting for a person, in whole minutes, or null when nobody
 * is waiting (assigned, with the bot, closed).
 */
export function waitingMinutes(conversation: Pick<Conversation, 'status' | 'queuedAt'>, now: number): number | null {
  if (conversation.status !== 'queued' && conversation.status !== 'offline') return null;
  const since = time(conversation.queuedAt);
  return since ? Math.max(0, Math.floor((now - since) / 60_000)) : null;
}
