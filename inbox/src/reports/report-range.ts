/**
 * Date-range presets of the Reports screen, as local days in the site's timezone (the
 * server files every figure under the site's local day; Asia/Seoul unless set otherwise).
 *
 * @example presetRange('7', Date.parse('2026-03-09T03:00:00Z')) // → { from: '2026-03-03', to: '2026-03-09' }
 */
import { localParts } from '../../../shared/reports/local-time';

export type RangePreset = 'today' | '7' | '30' | 'custom';

export const REPORT_TIMEZONE = 'Asia/Seoul';

const shiftDay = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export function presetRange(preset: Exclude<RangePreset, 'custom'>, now: number, timezone = REPORT_TIMEZONE): { from: string; to: string } {
  const today = localParts(now, timezone).day;
  if (preset === 'today') return { from: today, to: today };
  return { from: shiftDay(today, -(Number(preset) - 1)), to: today };
}

/** A change against the previous period as a signed percentage, or null when there is nothing to compare. */
export function change(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null || previous === 0) return null;
  return (current - previous) / Math.abs(previous);
}
