import { createSiteStorage, storageKey } from './storage';

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('createSiteStorage', () => {
  it('keeps values in localStorage under a per-site key', () => {
    const storage = createSiteStorage('demo');
    storage.set('token', 'abc');
    expect(localStorage.getItem('parley:demo:token')).toBe('abc');
    expect(createSiteStorage('other').get('token')).toBeNull();
    storage.remove('token');
    expect(storage.get('token')).toBeNull();
  });

  it('falls back to memory when localStorage throws on write', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    const storage = createSiteStorage('demo');
    storage.set('token', 'abc');
    expect(storage.get('token')).toBe('abc');
  });

  it('falls back to memory when even reading window.localStorage throws', () => {
    const storage = createSiteStorage('demo', {
      backing: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    expect(storage.get('token')).toBeNull();
    storage.set('token', 'abc');
    expect(storage.get('token')).toBe('abc');
    storage.remove('token');
    expect(storage.get('token')).toBeNull();
  });

  it('tells a watcher when another tab changes the value, until it stops watching', () => {
    const storage = createSiteStorage('demo');
    const seen: (string | null)[] = [];
    const stop = storage.watch('token', (value) => seen.push(value));
    window.dispatchEvent(new StorageEvent('storage', { key: storageKey('demo', 'token'), newValue: 'from-other-tab' }));
    window.dispatchEvent(new StorageEvent('storage', { key: storageKey('other', 'token'), newValue: 'not-ours' }));
    stop();
    window.dispatchEvent(new StorageEvent('storage', { key: storageKey('demo', 'token'), newValue: 'too-late' }));
    expect(seen).toEqual(['from-other-tab']);
  });
});

describe('clear', () => {
  it("forgets every value of the site and only of that site", () => {
    const storage = createSiteStorage('demo');
    storage.set('token', 'abc');
    storage.set('outbox', '[]');
    createSiteStorage('other').set('token', 'keep');
    localStorage.setItem('unrelated', 'keep');
    storage.clear();
    expect(storage.get('token')).toBeNull();
    expect(storage.get('outbox')).toBeNull();
    expect(localStorage.getItem('parley:other:token')).toBe('keep');
    expect(localStorage.getItem('unrelated')).toBe('keep');
  });
});
