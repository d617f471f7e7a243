import type { Locale } from '../../../shared/domain';

const formatters = new Map<Locale, Intl.DateTimeFormat>();

/** "3:07 PM" / "오후 3:07", in the visitor's time zone. */
export function formatTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale === 'ko' ? 'ko-KR' : 'en-US', { hour: 'numeric', minute: '2-digit' });
    formatters.set(locale, formatter);
  }
  return formatter.format(date);
}
