/**
 * Whether a site's team is at work at a given instant, in the site's own timezone.
 * Pure: the caller passes the clock.
 */
import type { BusinessHours } from '../../shared/settings';

export { DEFAULT_BUSINESS_HOURS, type BusinessHours } from '../../shared/settings';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** Weekday and minutes since midnight at `instant` in `timezone`. */
export function localTime(instant: Date, timezone: string): { day: number; minutes: number } {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: timezone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(instant);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return { day: WEEKDAYS.indexOf(get('weekday')), minutes: Number(get('hour')) * 60 + Number(get('minute')) };
}

const toMinutes = (hhmm: string) => {
  const [hours, minutes] = hhmm.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
};

export function isWithinBusinessHours(hours: BusinessHours, instant: Date): boolean {
  if (!hours.enabled) return true;
  const { day, minutes } = localTime(instant, hours.timezone);
  return hours.weekly.some((slot) => slot.day === day && minutes >= toMinutes(slot.open) && minutes < toMinutes(slot.close));
}
