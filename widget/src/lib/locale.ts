/** Which of the widget's two languages to speak; shared by the loader and the chat. */
import type { Locale } from '../../../shared/domain';

/**
 * The widget's language: the `boot` option, else the page's `<html lang>` (the site
 * owner's choice for this page), else the browser's language, else English. Only `ko`
 * and `en` count; `ko-KR` is `ko`, `fr` is skipped.
 */
export function resolveLocale(sources: { option?: string | null; htmlLang?: string | null; browser?: string | null }): Locale {
  const tags = [sources.option, sources.htmlLang, sources.browser].map((tag) => tag?.trim().slice(0, 2).toLowerCase());
  return (tags.find((tag) => tag === 'ko' || tag === 'en') as Locale | undefined) ?? 'en';
}
