import { rollUpRows, type ReportRow } from '../../shared/reports/report-views';
import { addToMonth, daysInRange, monthsBetween, rowsSliceForFilter, sliceForFilter, sliceId, sliceIdsFor, slicesOf, type MonthDays } from './report-slices';

const row = (day: string, hour: number, agentId: string, team: string, intent: string, locale: 'ko' | 'en', values: Record<string, number>): ReportRow => ({
  day,
  hour,
  weekday: 1,
  agentId,
  team,
  intent,
  locale,
  values,
});

describe('report slices', () => {
  it('names the months a range touches, across a year end', () => {
    expect(monthsBetween('2025-11-20', '2026-02-03')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-03-01', '2026-03-31')).toEqual(['2026-03']);
    expect(sliceIdsFor('s1', '2026-01-15', '2026-03-02', { dim: 'team', value: 'billing' })).toEqual(['s1|2026-01|team|billing', 's1|2026-02|team|billing', 's1|2026-03|team|billing']);
    expect(sliceId('s1', '2026-03', { dim: '', value: '' })).toBe('s1|2026-03');
  });

  it('files a row under the whole site and each value it has, but no empty agent, team or intent', () => {
    expect(slicesOf({ agentId: 'a1', team: 'billing', intent: 'refund', locale: 'ko' }).map((slice) => `${slice.dim}:${slice.value}`)).toEqual([':', 'agent:a1', 'team:billing', 'intent:refund', 'locale:ko']);
    expect(slicesOf({ agentId: '', team: '', intent: '', locale: 'en' }).map((slice) => `${slice.dim}:${slice.value}`)).toEqual([':', 'locale:en']);
  });

  it('answers no filter or one filter from a slice, and two combined from none', () => {
    expect(sliceForFilter({})).toEqual({ dim: '', value: '' });
    expect(sliceForFilter({ locale: 'ko' })).toEqual({ dim: 'locale', value: 'ko' });
    expect(sliceForFilter({ agentId: 'a1' })).toEqual({ dim: 'agent', value: 'a1' });
    expect(sliceForFilter({ team: 'billing', intent: 'refund' })).toBeNull();
  });

  it('reads a combined filter from the rows of its most selective value', () => {
    expect(rowsSliceForFilter({ team: 'billing', intent: 'refund', agentId: 'a1' })).toEqual({ dim: 'agent', value: 'a1' });
    expect(rowsSliceForFilter({ team: 'billing', intent: 'refund' })).toEqual({ dim: 'intent', value: 'refund' });
    expect(rowsSliceForFilter({ team: 'billing', locale: 'ko' })).toEqual({ dim: 'team', value: 'billing' });
  });

  it('holds for a filter exactly what rolling up the filtered rows gives, and nothing once they are taken out', () => {
    const rows = [
      row('2026-03-02', 9, 'a1', 'billing', 'refund', 'ko', { conversations: 1, handled: 1, handleMs: 60_000, assignedMs: 600_000, nps_10: 1 }),
      row('2026-03-02', 10, 'a2', 'billing', 'shipping', 'en', { conversations: 1, handled: 1, handleMs: 90_000, nps_3: 1 }),
      row('2026-03-31', 14, '', '', 'refund', 'ko', { conversations: 1, contained: 1 }),
    ];
    const month: MonthDays = {};
    const korean: MonthDays = {};
    for (const each of rows) {
      addToMonth(month, each, each.values);
      if (each.locale === 'ko') addToMonth(korean, each, each.values);
    }
    expect(daysInRange([month], '2026-03-01', '2026-03-31')).toEqual(rollUpRows(rows));
    expect(daysInRange([korean], '2026-03-01', '2026-03-31')).toEqual(rollUpRows(rows.filter((each) => each.locale === 'ko')));
    expect(daysInRange([month], '2026-03-03', '2026-03-31').map((day) => day.day)).toEqual(['2026-03-31']);
    for (const each of rows) addToMonth(month, each, Object.fromEntries(Object.entries(each.values).map(([name, amount]) => [name, -amount])));
    expect(month).toEqual({});
  });
});
