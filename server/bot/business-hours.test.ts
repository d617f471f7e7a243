import { DEFAULT_BUSINESS_HOURS, isWithinBusinessHours, localTime } from './business-hours';

const seoulWeekdays = { ...DEFAULT_BUSINESS_HOURS, enabled: true };

describe('business hours', () => {
  it('reads the local weekday and time in the site timezone', () => {
    // 2026-11-24 is a Tuesday; 01:30 UTC is 10:30 in Seoul.
    expect(localTime(new Date('2026-11-24T01:30:00Z'), 'Asia/Seoul')).toEqual({ day: 2, minutes: 10 * 60 + 30 });
  });

  it('is open on a Seoul weekday at 10:30 and closed at 18:00 and on Sunday', () => {
    expect(isWithinBusinessHours(seoulWeekdays, new Date('2026-11-24T01:30:00Z'))).toBe(true);
    expect(isWithinBusinessHours(seoulWeekdays, new Date('2026-11-24T09:00:00Z'))).toBe(false);
    expect(isWithinBusinessHours(seoulWeekdays, new Date('2026-11-22T03:00:00Z'))).toBe(false);
  });

  it('is always open when business hours are off', () => {
    expect(isWithinBusinessHours(DEFAULT_BUSINESS_HOURS, new Date('2026-11-22T20:00:00Z'))).toBe(true);
  });
});
