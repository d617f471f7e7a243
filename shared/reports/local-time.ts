/**
 * Wall-clock time in a site's timezone, and time elapsed inside business hours.
 * Pure (Intl only), so reports, the bot and the inbox count hours the same way.
 *
 * @example localParts(Date.parse('2026-03-01T15:30:00Z'), 'Asia/Seoul')
 * // → { day: '2026-03-02', hour: 0, minute: 30, weekday: 1 }
 */
import type { BusinessHours } from '../settings';

export interface LocalParts {
  /** Local calendar day, `YYYY-MM-DD`. */
  day: string;
  hour: number;
  minute: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
// Building a formatter costs far more than using one; aggregation calls this per message.
function formatter(timezone: string): Intl.DateTimeFormat {
  let format = formatters.get(timezone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timezone, format);
  }
  return format;
}

function wallClock(instant: number, timezone: string) {
  const values: Record<string, number> = {};
  for (const part of formatter(timezone).formatToParts(new Date(instant))) if (part.type !== 'literal') values[part.type] = Number(part.value);
  return { year: values.year!, month: values.month!, date: values.day!, hour: values.hour!, minute: values.minute!, second: values.second! };
}

const pad = (value: number) => String(value).padStart(2, '0');

export function localParts(instant: number, timezone: string): LocalParts {
  const wall = wallClock(instant, timezone);
  return {
    day: `${wall.year}-${pad(wall.month)}-${pad(wall.date)}`,
    hour: wall.hour,
    minute: wall.minute,
    weekday: new Date(Date.UTC(wall.year, wall.month - 1, wall.date)).getUTCDay(),
  };
}

/** How far the zone's wall clock is ahead of UTC at `instant`, in ms. */
function offsetAt(instant: number, timezone: string): number {
  const wall = wallClock(instant, timezone);
  return Date.UTC(wall.year, wall.month - 1, wall.date, wall.hour, wall.minute, wall.second) - Math.floor(instant / 1000) * 1000;
}

/** The instant at which the zone's wall clock shows `minutes` past midnight of the given UTC-encoded day. */
export function zonedInstant(dayUtc: number, minutes: number, timezone: string): number {
  const wall = dayUtc + minutes * 60_000;
  // Two passes settle on the right offset except inside a DST gap, where either side is fine.
  const first = wall - offsetAt(wall, timezone);
  return wall - offsetAt(first, timezone);
}

/** The UTC instant of local midnight starting `day` (`YYYY-MM-DD`) in `timezone`. */
export function startOfLocalDay(day: string, timezone: string): number {
  const [year, month, date] = day.split('-').map(Number);
  return zonedInstant(Date.UTC(year!, month! - 1, date!), 0, timezone);
}

const toMinutes = (hhmm: string) => {
  const [hours, minutes] = hhmm.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
};

/**
 * Milliseconds between `start` and `end` that fall inside business hours; the whole span
 * when business hours are off. A reply on Monday 09:10 to a message sent on Friday 17:55
 * (hours 09–18) took 15 business minutes.
 */
export function businessMsBetween(start: number, end: number, hours: BusinessHours): number {
  if (end <= start) return 0;
  if (!hours.enabled) return end - start;
  const first = localParts(start, hours.timezone).day.split('-').map(Number);
  const firstDayUtc = Date.UTC(first[0]!, first[1]! - 1, first[2]!);
  let total = 0;
  // One local day at a time; a year bounds the loop for conversations left waiting for ever.
  for (let i = 0; i < 370; i++) {
    const dayUtc = firstDayUtc + i * 86_400_000;
    if (zonedInstant(dayUtc, 0, hours.timezone) >= end) break;
    const weekday = new Date(dayUtc).getUTCDay();
    for (const slot of hours.weekly) {
      if (slot.day !== weekday) continue;
      const open = zonedInstant(dayUtc, toMinutes(slot.open), hours.timezone);
      const close = zonedInstant(dayUtc, toMinutes(slot.close), hours.timezone);
      total += Math.max(0, Math.min(close, end) - Math.max(open, start));
    }
  }
  return total;
}
