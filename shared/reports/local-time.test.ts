import { describe, expect, it } from 'vitest';
import { businessMsBetween, localParts, startOfLocalDay } from './local-time';

const weekdays = (open: string, close: string, timezone = 'Asia/Seoul') => ({ enabled: true, timezone, weekly: [1, 2, 3, 4, 5].map((day) => ({ day, open, close })) });

describe('local time in the site timezone', () => {
  it('puts 15:30 UTC into the next day in Seoul', () => {
    expect(localParts(Date.parse('2026-03-01T15:30:00Z'), 'Asia/Seoul')).toEqual({ day: '2026-03-02', hour: 0, minute: 30, weekday: 1 });
    expect(localParts(Date.parse('2026-03-01T14:59:59Z'), 'Asia/Seoul')).toMatchObject({ day: '2026-03-01', hour: 23, weekday: 0 });
  });

  it('finds local midnight as a UTC instant', () => {
    expect(new Date(startOfLocalDay('2026-03-02', 'Asia/Seoul')).toISOString()).toBe('2026-03-01T15:00:00.000Z');
    // New York in summer time (UTC−4).
    expect(new Date(startOfLocalDay('2026-07-01', 'America/New_York')).toISOString()).toBe('2026-07-01T04:00:00.000Z');
  });

  it('counts only business minutes across a weekend', () => {
    const friday1750 = Date.parse('2026-03-06T08:50:00Z');
    const monday0910 = Date.parse('2026-03-09T00:10:00Z');
    expect(businessMsBetween(friday1750, monday0910, weekdays('09:00', '18:00')) / 60_000).toBe(20);
  });

  it('counts the whole span when business hours are off, and nothing for a backwards span', () => {
    const hours = { ...weekdays('09:00', '18:00'), enabled: false };
    expect(businessMsBetween(0, 90_000, hours)).toBe(90_000);
    expect(businessMsBetween(90_000, 0, weekdays('09:00', '18:00'))).toBe(0);
  });

  it('counts nothing for a span that lies wholly outside hours', () => {
    const saturdayNoon = Date.parse('2026-03-07T03:00:00Z');
    expect(businessMsBetween(saturdayNoon, saturdayNoon + 3_600_000, weekdays('09:00', '18:00'))).toBe(0);
  });
});
