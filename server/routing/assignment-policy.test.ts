import { rankAgentsForAssignment } from './assignment-policy';

const agent = (id: string, capacity: number, freeSlots: number, lastAssignedAt: string | null = null) => ({
  id,
  capacity,
  freeSlots,
  lastAssignedAt: lastAssignedAt ? new Date(lastAssignedAt) : null,
});

describe('load-balancing assignment', () => {
  it('prefers the agent with the fewest open chats relative to capacity', () => {
    const ranked = rankAgentsForAssignment([agent('busy', 2, 1), agent('free', 4, 3), agent('half', 2, 1)]);
    expect(ranked.map((a) => a.id)).toEqual(['free', 'busy', 'half']);
  });

  it('breaks ties by who has waited longest since their last assignment', () => {
    const ranked = rankAgentsForAssignment([
      agent('recent', 2, 2, '2026-01-01T10:05:00Z'),
      agent('never', 2, 2),
      agent('earlier', 2, 2, '2026-01-01T10:00:00Z'),
    ]);
    expect(ranked.map((a) => a.id)).toEqual(['never', 'earlier', 'recent']);
  });

  it('leaves out agents at capacity or with no capacity at all', () => {
    expect(rankAgentsForAssignment([agent('full', 2, 0), agent('none', 0, 0)])).toEqual([]);
  });
});

describe('routing algorithms', () => {
  const pool = [agent('a', 3, 1, '2026-01-01T10:00:00Z'), agent('b', 3, 3, '2026-01-01T10:09:00Z'), agent('c', 3, 2, '2026-01-01T10:05:00Z')];

  it('round robin picks whoever has gone longest without an assignment, whatever their load', () => {
    expect(rankAgentsForAssignment(pool, { algorithm: 'round_robin' }).map((a) => a.id)).toEqual(['a', 'c', 'b']);
  });

  it('manual mode assigns nobody automatically', () => {
    expect(rankAgentsForAssignment(pool, { algorithm: 'manual' })).toEqual([]);
  });

  it('puts the returning visitor’s last agent first when they are eligible', () => {
    expect(rankAgentsForAssignment(pool, { algorithm: 'load_balancing', preferredAgentId: 'a' }).map((a) => a.id)).toEqual(['a', 'b', 'c']);
    expect(rankAgentsForAssignment([agent('full', 2, 0), agent('x', 2, 2)], { algorithm: 'load_balancing', preferredAgentId: 'full' }).map((a) => a.id)).toEqual(['x']);
  });

  it('keeps a team conversation to that team’s agents', () => {
    const teams = [{ ...agent('sales-1', 2, 2), teams: ['sales'] }, { ...agent('support-1', 2, 2), teams: ['support'] }];
    expect(rankAgentsForAssignment(teams, { algorithm: 'load_balancing', team: 'support' }).map((a) => a.id)).toEqual(['support-1']);
  });
});
