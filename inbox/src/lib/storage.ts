/**
 * Key-value storage for the inbox: localStorage when the browser allows it, memory when
 * it does not (private modes and strict cookie settings throw on access), and the
 * `storage` event so a change in one browser tab reaches the others.
 */

export interface KeyValueStorage {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
  /** Called when another tab changes `key`; returns the disposer. */
  watch(key: string, listener: (value: string | null) => void): () => void;
}

export function memoryStorage(): KeyValueStorage {
  const values = new Map<string, string>();
  return {
    get: (key) => values.get(key) ?? null,
    set: (key, value) => void values.set(key, value),
    remove: (key) => void values.delete(key),
    watch: () => () => {},
  };
}

export function browserStorage(win: Window = window): KeyValueStorage {
  let local: Storage;
  try {
    local = win.localStorage;
    const probe = '__parley_probe__';
    local.setItem(probe, probe);
    local.removeItem(probe);
  } catch {
    return memoryStorage();
  }
  // A full quota or a storage revoked mid-session must not break the inbox: keep a memory copy.
  const fallback = memoryStorage();
  return {
    get(key) {
      try {
        return local.getItem(key);
      } catch {
        return fallback.get(key);
      }
    },
    set(key, value) {
      fallback.set(key, value);
      try {
        local.setItem(key, value);
      } catch {
        // kept in memory only
      }
    },
    remove(key) {
      fallback.remove(key);
      try {
        local.removeItem(key);
      } catch {
        // nothing stored to remove
      }
    },
    watch(key, listener) {
      const onStorage = (event: StorageEvent) => {
        if (event.storageArea === local && (event.key === key || event.key === null)) listener(event.key === null ? null : event.newValue);
      };
      win.addEventListener('storage', onStorage);
      return () => win.removeEventListener('storage', onStorage);
    },
  };
}
