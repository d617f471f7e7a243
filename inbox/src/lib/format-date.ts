/**
 * Dates and times as the reader expects them: in their language and their timezone.
 * Headless machines and servers usually report UTC, which is nobody's wall clock in a
 * Korean contact centre, so UTC (or no zone at all) falls back to Asia/Seoul.
 */
import type { Locale } from '../../../shared/domain';

export const DEFAULT_TIME_ZONE = 'Asia/Seoul';

export function viewerTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return !zone || zone === 'UTC' || zone === 'Etc/UTC' ? DEFAULT_TIME_ZONE : zone;
}

const tag = (locale: Locale) => (locale === 'ko' ? 'ko-KR' : 'en-US');

function format(iso: string, locale: Locale, options: Intl.DateTimeFormatOptions, timeZone: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : new Intl.DateTimeFormat(tag(locale), { ...options, timeZone }).format(date);
}

/** "오후 3:05" / "3:05 PM". */
export const formatTime = (iso: string, locale: Locale, timeZone = viewerTimeZone()) => format(iso, locale, { hour: 'numeric', minute: '2-digit' }, timeZone);

/** "2026. 12. 2." / "Dec 2, 2026". */
export const formatDate = (iso: string, locale: Locale, timeZone = viewerTimeZone()) => format(iso, locale, { dateStyle: 'medium' }, timeZone);

/** "2026. 12. 2. 오후 3:05" / "Dec 2, 2026, 3:05 PM". */
export const formatDateTime = (iso: string, locale: Locale, timeZone = viewerTimeZone()) => format(iso, locale, { dateStyle: 'medium', timeStyle: 'short' }, timeZone);
