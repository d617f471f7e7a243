/**
 * widget.js as the embed snippet loads it: the stub's queue is replayed by the real
 * `Parley`, and loading the file twice installs it once.
 */
import type { ParleyCommands, ParleyStub } from './parley-api';

const loader = vi.hoisted(() => ({ calls: [] as string[], deps: [] as { base: string; bundles: object }[] }));

vi.mock('./loader', () => ({
  createLoader: (deps: { base: string; bundles: object }): ParleyCommands => {
    loader.deps.push(deps);
    const record = (name: string) => (options?: unknown) => {
      loader.calls.push(options ? `${name} ${JSON.stringify(options)}` : name);
      return () => {};
    };
    return {
      boot: record('boot'),
      open: record('open'),
      close: record('close'),
      toggle: record('toggle'),
      identify: record('identify'),
      setAttributes: record('setAttributes'),
      on: record('on'),
      shutdown: record('shutdown'),
    };
  },
}));

type PageWindow = Window & { Parley?: ParleyStub };

/** The README's snippet, minus the script tag it adds. */
function runSnippetStub() {
  const w = window as PageWindow;
  w.Parley =
    w.Parley ||
    function (...args: unknown[]) {
      const stub = w.Parley as ParleyStub;
      (stub.q = stub.q || []).push(args);
    };
}

beforeEach(() => {
  delete (window as PageWindow).Parley;
  loader.calls.length = 0;
  loader.deps.length = 0;
  vi.resetModules();
});

describe('widget.js', () => {
  it('replaces the snippet’s stub and replays its queued calls in order', async () => {
    runSnippetStub();
    const page = window as PageWindow;
    page.Parley!('boot', { siteKey: 'demo' });
    page.Parley!('open');
    await import('./main');
    expect(loader.calls).toEqual(['boot {"siteKey":"demo"}', 'open']);
    page.Parley!('close');
    expect(loader.calls).toEqual(['boot {"siteKey":"demo"}', 'open', 'close']);
  });

  it('installs once even if the page loads widget.js twice', async () => {
    runSnippetStub();
    await import('./main');
    const installed = (window as PageWindow).Parley;
    vi.resetModules();
    await import('./main');
    expect((window as PageWindow).Parley).toBe(installed);
    expect(loader.deps).toHaveLength(1);
  });

  it('finds the other bundles beside itself', async () => {
    await import('./main');
    expect(loader.deps[0]).toEqual({ base: window.location.href, bundles: { chat: 'chat.js', proactive: 'proactive.js' } });
  });

  it('adds no global other than Parley', async () => {
    const before = new Set(Object.keys(window));
    runSnippetStub();
    await import('./main');
    expect(Object.keys(window).filter((key) => !before.has(key))).toEqual(['Parley']);
  });
});
