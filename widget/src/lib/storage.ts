/**
 * Per-site key/value storage for the widget (the visitor token, the outbox, open state…),
 * kept in the host site's own localStorage (or sessionStorage) under
 * `parley:<siteKey>:<name>`: first-party storage, which browsers that partition or block
 * third-party storage leave alone.
 *
 * Browsers block storage in some contexts (old Safari private mode, "block all cookies"):
 * then even reading `window.localStorage` throws. The widget must still work, so it falls
 * back to memory for the rest of the page's life; the visitor just starts over on the
 * next page load. Both bundles use this module, so it is written small.
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
  /** Forgets every value of this site (`Parley('shutdown')`). */
  clear(): void;
}

export interface SiteStorageOptions {
  /** Where to store; reading it may throw. Defaults to `window.localStorage` (pass `() => sessionStorage` for per-tab values). */
  backing?: () => Storage;
}

export const storageKey = (siteKey: string, name: string) => `parley:${siteKey}:${name}`;

export function createSiteStorage(siteKey: string, options: SiteStorageOptions = {}): SiteStorage {
  const backing = options.backing ?? (() => localStorage);
  const memory = new Map<string, string>();
  let blocked = false;
  /** Runs `action` on the real storage; after its first failure, never touches it again. */
  const attempt = (action: (storage: Storage) => unknown) => {
    try {
      if (!blocked) return action(backing());
    } catch {
      blocked = true;
    }
  };

  return {
    get(name) {
      const key = storageKey(siteKey, name);
      const stored = attempt((storage) => storage.getItem(key)) as string | null | undefined;
      return blocked ? (memory.get(key) ?? null) : (stored ?? null);
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
      const key = storageKey(siteKey, name);
      const onStorage = (event: StorageEvent) => event.key === key && listener(event.newValue);
      addEventListener('storage', onStorage);
      return () => removeEventListener('storage', onStorage);
    },
    clear() {
      const prefix = storageKey(siteKey, '');
      memory.clear();
      attempt((storage) => {
        // Collected first: removing while walking by index would skip keys.
        for (const key of Object.keys(storage)) if (key.startsWith(prefix)) storage.removeItem(key);
      });
    },
  };
}
