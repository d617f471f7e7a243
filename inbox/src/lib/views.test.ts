import { conversation } from '../testing/fixtures';
import { conversationsInView, waitingMinutes } from './views';

const agent = { id: 'a00000000000000000000001', teams: ['billing'] };

describe('conversation list filters', () => {
  const map = Object.fromEntries(
    [
      conversation({ id: 'c1', status: 'assigned', assignedAgentId: agent.id, updatedAt: '2026-01-01T10:00:00Z' }),
      conversation({ id: 'c2', status: 'assigned', assignedAgentId: 'a00000000000000000000002', team: 'billing', updatedAt: '2026-01-01T11:00:00Z' }),
      conversation({ id: 'c3', status: 'queued', queuedAt: '2026-01-01T09:00:00Z', priority: 0 }),
      conversation({ id: 'c4', status: 'queued', queuedAt: '2026-01-01T09:30:00Z', priority: 1 }),
      conversation({ id: 'c5', status: 'closed', team: 'billing' }),
      conversation({ id: 'c6', status: 'bot', team: 'sales' }),
    ].map((c) => [c.id, c]),
  );
  const ids = (view: Parameters<typeof conversationsInView>[1]) => conversationsInView(map, view, agent).map((c) => c.id);

  it('mine holds only my assigned conversations', () => expect(ids('mine')).toEqual(['c1']));
  it('queue serves priority first, then first come', () => expect(ids('queue')).toEqual(['c4', 'c3']));
  it('queue breaks a tie in the same millisecond by id, as the router does', () => {
    const tied = Object.fromEntries(
      ['c9', 'c7', 'c8'].map((id) => [id, conversation({ id, status: 'queued', queuedAt: '2026-01-01T09:00:00.123Z', priority: 0 })]),
    );
    expect(conversationsInView(tied, 'queue', agent).map((c) => c.id)).toEqual(['c7', 'c8', 'c9']);
  });
  it("team holds my teams' open conversations, whoever has them", () => expect(ids('team')).toEqual(['c2']));
  it('all open leaves closed ones out, most recent first', () => {
    expect(ids('open')).not.toContain('c5');
    expect(ids('open').slice(0, 2)).toEqual(['c2', 'c1']);
  });
  it('closed holds only closed ones', () => expect(ids('closed')).toEqual(['c5']));
});

describe('waiting time', () => {
  const now = Date.parse('2026-01-01T10:00:00Z');
  it('counts whole minutes since the visitor was queued', () => {
    expect(waitingMinutes({ status: 'queued', queuedAt: '2026-01-01T09:57:30Z' }, now)).toBe(2);
  });
  it('is null for conversations nobody waits on', () => {
    expect(waitingMinutes({ status: 'assigned', queuedAt: '2026-01-01T09:00:00Z' }, now)).toBeNull();
  });
});
