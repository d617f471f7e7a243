/**
 * What widget.js does on the page, without any UI library: it draws the launcher, keeps
 * the page-level state (open or closed, the site's configuration, who the visitor is) and
 * fetches the chat bundle only when the panel is first opened — or at once when the
 * visitor has unread messages or a conversation with a human, whose replies must reach
 * them on every page. Proactive triggers live in proactive.js, fetched only for sites that
 * have some.
 */
import type { WidgetConfig } from '../../../shared/settings';
import { ACTIVITY_KEY, CONFIG_KEY, OPEN_KEY, type Activity, type ChatApp, type ChatModule, type HostState, type ProactiveModule } from '../lib/host-bridge';
import { resolveLocale } from '../lib/locale';
import { storageKey } from '../lib/storage';
import type { ReadableStore } from '../lib/store';
import { createLauncherView } from './launcher-view';
import { parseAttributes, parseBootOptions, parseIdentity, parseListener, type ParleyCommands, type ParleyEvent, type ParleyListener } from './parley-api';
import { launcherStrings } from './strings';
import { themeCss } from './theme';

export interface LoaderDeps {
  /** The loader's own URL: Parley's origin, and where the other bundles are found. */
  base: string;
  /** File names of the lazily loaded bundles, relative to `base`. */
  bundles: { chat: string; proactive: string };
  /** Replaced in tests; defaults to a dynamic `import()`. */
  importModule?: (url: string) => Promise<unknown>;
  /** Replaced in tests; defaults to `fetch`. */
  fetchConfig?: (url: string) => Promise<WidgetConfig | null>;
}

/** `API.widgetConfig` (shared/http.ts), spelled out: that module's whole route table would cost the loader bytes. */
export const configUrl = (origin: string, siteKey: string) => `${origin}/api/widget/config?siteKey=${encodeURIComponent(siteKey)}`;

const NO_ACTIVITY: Activity = { unread: 0, live: false };

const fetchConfig = (url: string): Promise<WidgetConfig | null> => fetch(url).then((response) => response.ok && response.json());

/**
 * The loader's own use of the host site's storage, deliberately minimal (the chat has the
 * full lib/storage.ts): when the browser blocks storage, reads give null and writes do
 * nothing, so the launcher merely forgets its state across pages.
 */
function attempt<T>(action: () => T): T | null {
  try {
    return action();
  } catch {
    return null;
  }
}

export function createLoader(deps: LoaderDeps): ParleyCommands {
  const origin = new URL(deps.base).origin;
  const load = (file: string) => (deps.importModule ?? ((url: string) => import(/* @vite-ignore */ url)))(new URL(file, deps.base).href);
  const initial: HostState = { open: false, config: null, identity: null, attributes: {}, greeting: null };
  // The smallest store that satisfies `ReadableStore`: lib/store.ts would cost the loader bytes.
  let current = initial;
  const subscribers = new Set<() => void>();
  const state: ReadableStore<HostState> = {
    get: () => current,
    subscribe(listener) {
      subscribers.add(listener);
      return () => subscribers.delete(listener);
    },
  };
  const listeners: Partial<Record<ParleyEvent, Set<ParleyListener>>> = {};
  const patch = (change: Partial<HostState>) => {
    current = { ...current, ...change };
    subscribers.forEach((listener) => listener());
  };
  const emit = (event: ParleyEvent, payload?: unknown) =>
    listeners[event]?.forEach((listener) => {
      // A site's callback that throws must not break the widget.
      try {
        listener(payload);
      } catch (error) {
        console.error(error);
      }
    });
  /** The booted site's key and language, or '' before `boot` and after `shutdown`. */
  let booted = '';
  /** Applies an open/close to the booted site's launcher and storage. */
  let opened = (_open: boolean, _returnFocus: boolean) => {};
  /** Removes the booted site's widget. */
  let stop = () => {};

  function setOpen(open: boolean, greeting: string | null = null, returnFocus = false) {
    if (current.open === open) return;
    patch({ open, greeting });
    opened(open, returnFocus);
    emit(open ? 'open' : 'close');
  }

  function start(siteKey: string, locale: 'ko' | 'en') {
    const key = (name: string) => storageKey(siteKey, name);
    const read = (name: string) => attempt(() => localStorage.getItem(key(name)));
    const write = (name: string, value: string) => attempt(() => localStorage.setItem(key(name), value));
    const parse = <T>(json: string | null) => attempt(() => JSON.parse(json!) as T);
    let activity = NO_ACTIVITY;
    let chat: ChatApp | null = null;
    let loading = false;
    let stopped = false;
    let proactive: Promise<() => void> | null = null;

    const view = createLauncherView(launcherStrings[locale], () => setOpen(true));
    const draw = () => {
      const { open } = current;
      view.render({ open, unread: activity.unread });
    };
    const noteActivity = (next: Activity | null) => {
      const changed = (next?.unread ?? 0) !== activity.unread;
      activity = next ?? NO_ACTIVITY;
      draw();
      if (changed) emit('unread', activity.unread);
    };
    const loadChat = () => {
      if (loading) return;
      loading = true;
      load(deps.bundles.chat).then(
        (module) => {
          if (stopped) return;
          chat = (module as ChatModule).mount({
            origin,
            siteKey,
            locale,
            root: view.root,
            launcher: view.button,
            state,
            open: () => setOpen(true),
            close: () => setOpen(false, null, true),
            report(next) {
              write(ACTIVITY_KEY, JSON.stringify(next));
              noteActivity(next);
            },
            notify: (message) => emit('message', message),
          });
          draw();
        },
        (error) => {
          loading = false;
          setOpen(false);
          console.error(error);
        },
      );
    };
    const useConfig = (config: WidgetConfig | null) => {
      if (config) view.setTheme(themeCss(config.widget.theme));
      patch({ config });
      if (!proactive && config?.widget.triggers.length) {
        proactive = load(deps.bundles.proactive).then(
          (module) => (module as ProactiveModule).arm({ siteKey, locale, root: view.root, state, open: (message) => setOpen(true, message) }),
          () => () => {},
        );
      }
    };

    useConfig(parse(read(CONFIG_KEY)));
    // Offline or refused, the cached copy (or the defaults) stays.
    (deps.fetchConfig ?? fetchConfig)(configUrl(origin, siteKey)).then((config) => {
      if (stopped || !config) return;
      write(CONFIG_KEY, JSON.stringify(config));
      useConfig(config);
    }, Boolean);

    opened = (open, returnFocus) => {
      write(OPEN_KEY, open ? '1' : '');
      if (open) loadChat();
      draw();
      // `Parley('close')` while the visitor types in the panel also hands focus back.
      if (!open && (returnFocus || view.hasFocus())) view.focus();
    };
    stop = () => {
      stopped = true;
      chat?.destroy();
      void proactive?.then((disarm) => disarm());
      view.remove();
    };
    noteActivity(parse(read(ACTIVITY_KEY)));
    if (activity.unread || activity.live) loadChat();
    // `Parley('open')` before boot, or the state the last page left.
    patch({ open: current.open || !!read(OPEN_KEY) });
    opened(current.open, false);
  }

  function teardown() {
    stop();
    stop = () => {};
    opened = () => {};
    const site = booted;
    booted = '';
    return site;
  }

  const commands: ParleyCommands = {
    boot(options) {
      const { siteKey, locale: option, user } = parseBootOptions(options);
      if (user) patch({ identity: user });
      const locale = resolveLocale({ option, htmlLang: document.documentElement.lang, browser: navigator.language });
      // Booting again with the same options (SPA route changes often do) is a no-op.
      if (booted === siteKey + locale) return;
      teardown();
      booted = siteKey + locale;
      start(siteKey, locale);
    },
    open: () => setOpen(true),
    close: () => setOpen(false),
    toggle: () => setOpen(!current.open),
    identify: (identity) => patch({ identity: parseIdentity(identity) }),
    setAttributes: (attributes) => patch({ attributes: { ...current.attributes, ...parseAttributes(attributes) } }),
    on(event, listener) {
      const [name, callback] = parseListener(event, listener);
      const set = (listeners[name] ??= new Set());
      set.add(callback);
      return () => set.delete(callback);
    },
    shutdown() {
      // `${siteKey}${locale}`: the locale is the last two letters.
      const prefix = storageKey(teardown().slice(0, -2), '');
      for (const storage of [localStorage, sessionStorage]) {
        attempt(() => Object.keys(storage).forEach((name) => name.startsWith(prefix) && storage.removeItem(name)));
      }
      patch(initial);
    },
  };
  return commands;
}
