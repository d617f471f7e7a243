import { estimateWaitSeconds, orderQueue } from './queue-estimate';

const at = (iso: string) => new Date(`2026-11-24T${iso}Z`);

describe('the queue', () => {
  it('is first-in first-out within a priority, higher priority first', () => {
    const ordered = orderQueue([
      { id: 'late', priority: 0, queuedAt: at('10:05:00') },
      { id: 'reassigned', priority: 1, queuedAt: at('10:09:00') },
      { id: 'early', priority: 0, queuedAt: at('10:00:00') },
    ]);
    expect(ordered.map((entry) => entry.id)).toEqual(['reassigned', 'early', 'late']);
  });

  it('estimates the wait from the median recent wait times the position', () => {
    expect(estimateWaitSeconds(3, [20, 40, 1000])).toBe(120);
    expect(estimateWaitSeconds(2, [])).toBe(120);
    expect(estimateWaitSeconds(0, [30])).toBe(0);
  });
});
