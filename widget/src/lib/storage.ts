/**
 * Per-site key/value storage for the widget (today: the visitor token), kept in
 * localStorage under `parley:<siteKey>:<name>`.
 *
 * Browsers block localStorage in some contexts (Safari private mode on old versions,
 * third-party iframes, "block all cookies"): then even reading `window.localStorage`
 * throws. The widget must still work, so it falls back to memory for the rest of the
 * page's life; the visitor just starts over on the next page load.
 *
 * @example
 * const storage = createSiteStorage('demo');
 * storage.set('token', session.token);
 */
export interface SiteStorage {
  get(name: string): string | null;
  set(name: string, value: string): void;
  remove(name: string): void;
  /**
   * Calls `listener` when another tab changes `name` (the `storage` event never fires in
   * the tab that wrote). Returns the function that stops watching.
   */
  watch(name: string, listener: (value: string | null) => void): () => void;
}

export interface SiteStorageOptions {
  /** Where to store; reading it may throw. Defaults to `window.localStorage`. */
  backing?: () => Storage;
  /** Source of cross-tab `storage` events. Defaults to `window` when there is one. */
  events?: Pick<Window, 'addEventListener' | 'removeEventListener'> | null;
}

export const storageKey = (siteKey: string, name: string) => `parley:${siteKey}:${name}`;

export function createSiteStorage(siteKey: string, options: SiteStorageOptions = {}): SiteStorage {
  const backing = options.backing ?? (() => window.localStorage);
  const events = options.events !== undefined ? options.events : typeof window === 'undefined' ? null : window;
  const memory = new Map<string, string>();
  let blocked = false;

  /** Runs `action` on the real storage; after its first failure, never touches it again. */
  function attempt<T>(action: (storage: Storage) => T): { ok: true; value: T } | { ok: false } {
    if (blocked) return { ok: false };
    try {
      return { ok: true, value: action(backing()) };
    } catch {
      blocked = true;
      return { ok: false };
    }
  }

  return {
    get(name) {
      const key = storageKey(siteKey, name);
      const read = attempt((storage) => storage.getItem(key));
      return read.ok ? read.value : (memory.get(key) ?? null);
    },
    set(name, value) {
      const key = storageKey(siteKey, name);
      memory.set(key, value);
      attempt((storage) => storage.setItem(key, value));
    },
    remove(name) {
      const key = storageKey(siteKey, name);
      memory.delete(key);
      attempt((storage) => storage.removeItem(key));
    },
    watch(name, listener) {
      if (!events) return () => {};
      const key = storageKey(siteKey, name);
      const onStorage = (event: StorageEvent) => {
        if (event.key === key) listener(event.newValue);
      };
      events.addEventListener('storage', onStorage);
      return () => events.removeEventListener('storage', onStorage);
    },
  };
}
