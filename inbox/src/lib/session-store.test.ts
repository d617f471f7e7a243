import { agentMina } from '../testing/fixtures';
import { createSessionStore } from './session-store';
import { browserStorage, memoryStorage } from './storage';

describe('session store', () => {
  beforeEach(() => localStorage.clear());

  it('keeps the session across a reload and forgets it on sign-out', () => {
    createSessionStore(browserStorage()).set({ token: 't0k3n', agent: agentMina });
    const afterReload = createSessionStore(browserStorage());
    expect(afterReload.get()).toEqual({ token: 't0k3n', agent: agentMina });
    afterReload.clear();
    expect(createSessionStore(browserStorage()).get()).toBeNull();
  });

  it('treats a corrupt stored value as signed out', () => {
    localStorage.setItem('parley.inbox.session', '{not json');
    expect(createSessionStore(browserStorage()).get()).toBeNull();
  });

  it('tells subscribers about sign-in and sign-out, until they unsubscribe', () => {
    const store = createSessionStore(memoryStorage());
    const seen: (string | null)[] = [];
    const stop = store.subscribe((session) => seen.push(session?.token ?? null));
    store.set({ token: 'a', agent: agentMina });
    store.clear();
    stop();
    store.set({ token: 'b', agent: agentMina });
    expect(seen).toEqual(['a', null]);
  });

  it('follows a sign-out in another browser tab', () => {
    const storage = browserStorage();
    const store = createSessionStore(storage);
    store.set({ token: 'a', agent: agentMina });
    const seen: (string | null)[] = [];
    store.subscribe((session) => seen.push(session?.token ?? null));
    localStorage.removeItem('parley.inbox.session');
    window.dispatchEvent(new StorageEvent('storage', { key: 'parley.inbox.session', newValue: null, storageArea: localStorage }));
    expect(seen).toEqual([null]);
  });

  it('falls back to memory when the browser blocks storage', () => {
    const blocked = {
      get localStorage(): Storage {
        throw new DOMException('blocked', 'SecurityError');
      },
    } as unknown as Window;
    const store = createSessionStore(browserStorage(blocked));
    store.set({ token: 't', agent: agentMina });
    expect(store.get()?.token).toBe('t');
  });
});
