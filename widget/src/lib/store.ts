/**
 * The smallest observable value: the widget's models (connection, conversation, outbox,
 * panel) are each one of these, so nothing needs a state library in a bundle that ships
 * to every page of a customer's site.
 */
export interface ReadableStore<T> {
  get(): T;
  /** Calls `listener` after every change; returns the function that unsubscribes it. */
  subscribe(listener: () => void): () => void;
}

export interface Store<T> extends ReadableStore<T> {
  set(next: T): void;
  update(change: (current: T) => T): void;
}

export function createStore<T>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  const set = (next: T) => {
    if (Object.is(next, value)) return;
    value = next;
    // A copy, so a listener that unsubscribes while being notified does not skip another.
    for (const listener of [...listeners]) listener();
  };
  return {
    get: () => value,
    set,
    update: (change) => set(change(value)),
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
