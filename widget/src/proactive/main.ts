/**
 * proactive.js: the loader fetches this only for sites with proactive triggers, so pages
 * of every other site do not pay for it. It watches the page (URL triggers must also fire
 * after single-page-app navigations) and fires each trigger at most once per browsing
 * session: it opens the panel, or shows a bubble by the launcher without loading the chat.
 */
import type { ProactiveHost } from '../lib/host-bridge';
import { FIRED_KEY, SEEN_KEY } from '../lib/host-bridge';
import { watchPage } from '../lib/page-watch';
import { createSiteStorage } from '../lib/storage';
import { createBubble } from './bubble';
import { armTriggers } from './triggers';

export function arm(host: ProactiveHost): () => void {
  const storage = createSiteStorage(host.siteKey);
  const session = createSiteStorage(host.siteKey, { backing: () => sessionStorage });
  const firstVisit = !storage.get(SEEN_KEY);
  storage.set(SEEN_KEY, '1');
  const fired = new Set(session.get(FIRED_KEY)?.split(' '));
  const bubble = createBubble(host.root, host.locale, (message) => {
    bubble.show(null);
    host.open(message);
  });
  let url = '';
  let armedFor: unknown[] = [];
  let disarm = () => {};

  const rearm = () => {
    const { config, open } = host.state.get();
    if (open) bubble.show(null);
    const triggers = config?.widget.triggers ?? [];
    // Titles change often; only a new URL or new settings restart the timers.
    if (armedFor[0] === triggers && armedFor[1] === url) return;
    armedFor = [triggers, url];
    disarm();
    disarm = armTriggers(triggers, {
      url,
      firstVisit,
      fired: (id) => fired.has(id),
      fire(trigger) {
        fired.add(trigger.id);
        session.set(FIRED_KEY, [...fired].join(' '));
        const message = trigger.message[host.locale];
        if (trigger.action === 'open') host.open(message);
        else if (!host.state.get().open) bubble.show(message);
      },
    });
  };

  const stops = [
    watchPage(window, (page) => {
      url = page.url;
      rearm();
    }),
    host.state.subscribe(rearm),
  ];
  return () => {
    stops.forEach((stop) => stop());
    disarm();
    bubble.remove();
  };
}
