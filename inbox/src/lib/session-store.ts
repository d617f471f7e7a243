/**
 * The signed-in agent: the token from sign-in, kept in storage so a reload stays signed in.
 * Signing out in one browser tab signs out the others (through the storage event).
 */
import type { Agent } from '../../../shared/domain';
import type { LoginResult } from '../../../shared/http';
import type { KeyValueStorage } from './storage';

export type Session = LoginResult;

export interface SessionStore {
  get(): Session | null;
  set(session: Session): void;
  clear(): void;
  /** Keeps the stored agent fresh (name, role) after the server's `session:ready`. */
  updateAgent(agent: Agent): void;
  /** Called with the new session whenever it changes, here or in another tab; returns the disposer. */
  subscribe(listener: (session: Session | null) => void): () => void;
}

const KEY = 'parley.inbox.session';

export function createSessionStore(storage: KeyValueStorage): SessionStore {
  const listeners = new Set<(session: Session | null) => void>();
  const notify = (session: Session | null) => listeners.forEach((listener) => listener(session));

  function read(raw: string | null): Session | null {
    if (!raw) return null;
    try {
      const parsed = JSON.parse(raw) as Partial<Session>;
      return typeof parsed.token === 'string' && parsed.agent && typeof parsed.agent.id === 'string' ? (parsed as Session) : null;
    } catch {
      // A value written by an older version or by hand: treat as signed out.
      return null;
    }
  }

  const store: SessionStore = {
    get: () => read(storage.get(KEY)),
    set(session) {
      storage.set(KEY, JSON.stringify(session));
      notify(session);
    },
    clear() {
      storage.remove(KEY);
      notify(null);
    },
    updateAgent(agent) {
      const current = store.get();
      if (current && current.agent.id === agent.id) storage.set(KEY, JSON.stringify({ ...current, agent }));
    },
    subscribe(listener) {
      listeners.add(listener);
      const unwatch = storage.watch(KEY, (raw) => listener(read(raw)));
      return () => {
        listeners.delete(listener);
        unwatch();
      };
    },
  };
  return store;
}
