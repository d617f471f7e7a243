/**
 * widget.js as the embed snippet loads it: the stub's queue is replayed by the real
 * `Parley`, and loading the file twice installs it once.
 */
import type { ParleyStub, WidgetCommands } from './lib/commands';

const runtime = vi.hoisted(() => ({ calls: [] as string[], deps: [] as { origin: string }[] }));

vi.mock('./runtime', () => ({
  createWidgetRuntime: (deps: { origin: string }): WidgetCommands => {
    runtime.deps.push(deps);
    return {
      boot: (options) => runtime.calls.push(`boot ${options.siteKey}`),
      open: () => runtime.calls.push('open'),
      close: () => runtime.calls.push('close'),
      toggle: () => runtime.calls.push('toggle'),
      shutdown: () => runtime.calls.push('shutdown'),
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
  runtime.calls.length = 0;
  runtime.deps.length = 0;
  vi.resetModules();
});

describe('widget.js', () => {
  it('replaces the snippet’s stub and replays its queued calls in order', async () => {
    runSnippetStub();
    const page = window as PageWindow;
    page.Parley!('boot', { siteKey: 'demo' });
    page.Parley!('open');
    await import('./main');
    expect(runtime.calls).toEqual(['boot demo', 'open']);
    page.Parley!('close');
    expect(runtime.calls).toEqual(['boot demo', 'open', 'close']);
  });

  it('installs once even if the page loads widget.js twice', async () => {
    runSnippetStub();
    await import('./main');
    const installed = (window as PageWindow).Parley;
    vi.resetModules();
    await import('./main');
    expect((window as PageWindow).Parley).toBe(installed);
    expect(runtime.deps).toHaveLength(1);
  });

  it('adds no global other than Parley', async () => {
    const before = new Set(Object.keys(window));
    runSnippetStub();
    await import('./main');
    expect(Object.keys(window).filter((key) => !before.has(key))).toEqual(['Parley']);
  });
});
