/**
 * Proactive triggers (`widget.triggers`): after some seconds on a page, on a matching
 * URL, or on the first visit. Each fires at most once per browsing session; the loader
 * decides what firing means (open the panel or show a bubble).
 */
import type { ProactiveTrigger } from '../../../shared/settings';

/** A substring of the URL, or with `*` a glob over the whole URL (`*://shop.example.com/cart*`). */
export function urlMatches(pattern: string, url: string): boolean {
  if (!pattern.includes('*')) return pattern !== '' && url.includes(pattern);
  const source = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${source}$`).test(url);
}

export interface TriggerContext {
  url: string;
  firstVisit: boolean;
  /** Already fired in this browsing session. */
  fired(id: string): boolean;
  fire(trigger: ProactiveTrigger): void;
}

/** Arms the triggers for the page at `context.url`; returns the disposer that cancels pending timers. */
export function armTriggers(triggers: readonly ProactiveTrigger[], context: TriggerContext): () => void {
  const timers: ReturnType<typeof setTimeout>[] = [];
  for (const trigger of triggers) {
    if (context.fired(trigger.id)) continue;
    if (trigger.kind === 'first_visit' ? context.firstVisit : trigger.kind === 'url_pattern' && urlMatches(trigger.value, context.url)) {
      context.fire(trigger);
    } else if (trigger.kind === 'time_on_page') {
      const seconds = Number(trigger.value);
      if (seconds >= 0) timers.push(setTimeout(() => context.fire(trigger), seconds * 1000));
    }
  }
  return () => timers.forEach(clearTimeout);
}
