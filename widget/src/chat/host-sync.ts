/**
 * The chat's side of the loader bridge: what the page says (identity, attributes, the
 * site's settings, the page itself, other tabs opening or closing the panel) goes to the
 * connection, and what the launcher shows (unread count, a live conversation, arrivals
 * for `Parley('on', 'message')`) goes back. Returns the disposer of everything it started.
 */
import { watchPage } from '../lib/page-watch';
import { pageReport } from '../lib/connection-rules';
import { OPEN_KEY, type Activity, type ChatHost, type HostState } from '../lib/host-bridge';
import type { SiteStorage } from '../lib/storage';
import type { VisitorConnection } from '../lib/visitor-connection';
import { themeColorsCss } from './theme-colors';

export function syncWithHost(host: ChatHost, chat: VisitorConnection, storage: SiteStorage, setThemeColors: (css: string) => void): () => void {
  let seen: HostState | null = null;
  let reported = '';

  /** While the panel is open in a visible tab, what it shows is read. */
  const readIfSeen = () => {
    if (host.state.get().open && document.visibilityState === 'visible') chat.markRead();
  };

  const fromHost = () => {
    const next = host.state.get();
    if (next.identity !== seen?.identity) chat.setIdentity(next.identity);
    if (next.attributes !== seen?.attributes) chat.setAttributes(next.attributes);
    if (next.config !== seen?.config) {
      chat.setAttachmentRules(next.config?.widget.attachments ?? null);
      if (next.config) setThemeColors(themeColorsCss(next.config.widget.theme.color));
    }
    seen = next;
    readIfSeen();
  };

  const toHost = () => {
    const { unread, conversation } = chat.get();
    const activity: Activity = { unread, live: conversation?.status === 'queued' || conversation?.status === 'assigned' };
    const json = JSON.stringify(activity);
    if (json !== reported) {
      reported = json;
      host.report(activity);
    }
    readIfSeen();
  };

  fromHost();
  toHost();
  const stops = [
    host.state.subscribe(fromHost),
    chat.subscribe(toHost),
    chat.onArrivals((messages) => messages.forEach((message) => host.notify(message))),
    watchPage(window, (page) => chat.reportPage(pageReport(page.url, page.title))),
    // Another tab of the site opened or closed the panel.
    storage.watch(OPEN_KEY, (value) => (value ? host.open() : host.close())),
  ];
  // "Open chat" pressed while the chat is open (on this page or since the last one) takes the visitor to it.
  const focusPanel = () => ['.composer-input', '.form input', '.panel'].map((selector) => host.root.querySelector<HTMLElement>(selector)).find(Boolean)?.focus();
  // Esc closes the panel from anywhere in the widget, the launcher included (the panel handles its own first).
  const closeOnEscape = (event: Event) => (event as KeyboardEvent).key === 'Escape' && host.state.get().open && host.close();
  host.launcher.addEventListener('click', focusPanel);
  host.launcher.addEventListener('keydown', closeOnEscape);
  document.addEventListener('visibilitychange', readIfSeen);
  return () => {
    stops.forEach((stop) => stop());
    host.launcher.removeEventListener('click', focusPanel);
    host.launcher.removeEventListener('keydown', closeOnEscape);
    document.removeEventListener('visibilitychange', readIfSeen);
  };
}
