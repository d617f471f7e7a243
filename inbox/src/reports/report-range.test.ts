import { change, presetRange } from './report-range';

describe('report ranges', () => {
  it('counts presets in Seoul days, so 23:30 UTC is already tomorrow', () => {
    const lateUtc = Date.parse('2026-03-08T23:30:00Z'); // 08:30 on 9 March in Seoul
    expect(presetRange('today', lateUtc)).toEqual({ from: '2026-03-09', to: '2026-03-09' });
    expect(presetRange('7', lateUtc)).toEqual({ from: '2026-03-03', to: '2026-03-09' });
    expect(presetRange('30', lateUtc)).toEqual({ from: '2026-02-08', to: '2026-03-09' });
  });

  it('gives the change against the previous period, or nothing without one', () => {
    expect(change(12, 10)).toBeCloseTo(0.2);
    expect(change(5, 10)).toBe(-0.5);
    expect(change(5, 0)).toBeNull();
    expect(change(null, 3)).toBeNull();
  });
});
