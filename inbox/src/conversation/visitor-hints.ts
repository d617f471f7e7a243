/**
 * Where an anonymous visitor is, in a few words beside their label: "Chrome · /pricing", so
 * "방문자 #4821" reads as "방문자 #4821 · Chrome · /pricing" and two visitors are told apart
 * at a glance. Only the browser's name (no version, no system) and the page's path.
 */
import type { Visitor } from '../../../shared/domain';
import { browserName } from './browser-name';

export function visitorHints(visitor: Pick<Visitor, 'userAgent' | 'pageUrl'> | null): string | null {
  if (!visitor) return null;
  const browser = browserName(visitor.userAgent, (name) => name)?.replace(/ \d+$/, '') ?? null;
  let path: string | null = null;
  try {
    path = visitor.pageUrl ? new URL(visitor.pageUrl).pathname : null;
  } catch {
    path = null;
  }
  const hints = [browser, path].filter((hint): hint is string => !!hint);
  return hints.length > 0 ? hints.join(' · ') : null;
}
