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
