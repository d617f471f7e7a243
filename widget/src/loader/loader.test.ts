/**
 * The loader as a page sees it: the launcher in its shadow root, the page-level state,
 * and when it fetches the chat and proactive bundles (both stand-ins here).
 */
import { act, fireEvent, waitFor, within } from '@testing-library/preact';
import type { Message } from '../../../shared/domain';
import { API } from '../../../shared/http';
import type { WidgetConfig } from '../../../shared/settings';
import type { ChatHost, ProactiveHost } from '../lib/host-bridge';
import { aConfig, aMessage } from '../testing/fixtures';
import { HOST_TAG } from './launcher-view';
import { configUrl, createLoader } from './loader';
import { createParley } from './parley-api';

const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

function setUp({ config = aConfig(), htmlLang = 'en' }: { config?: WidgetConfig | null; htmlLang?: string } = {}) {
  document.documentElement.lang = htmlLang;
  const hosts: ChatHost[] = [];
  const proactive: ProactiveHost[] = [];
  const destroy = vi.fn();
  const disarm = vi.fn();
  const imported: string[] = [];
  const importModule = vi.fn(async (url: string) => {
    imported.push(url);
    if (url.includes('proactive')) {
      return {
        arm: (host: ProactiveHost) => {
          proactive.push(host);
          return disarm;
        },
      };
    }
    return {
      mount: (host: ChatHost) => {
        hosts.push(host);
        return { destroy };
      },
    };
  });
  const fetchConfig = vi.fn(async () => config);
  const parley = createParley(
    createLoader({ base: 'https://chat.example.com/widget.js', bundles: { chat: 'chat.js?v=1', proactive: 'proactive.js?v=1' }, importModule, fetchConfig }),
  );
  const shadow = () => within(document.querySelector(HOST_TAG)!.shadowRoot as unknown as HTMLElement);
  const launcher = () => shadow().getByRole('button', { name: /Open chat|채팅 열기/ });
  return { parley, hosts, proactive, imported, importModule, fetchConfig, destroy, disarm, shadow, launcher };
}

afterEach(() => {
  document.body.innerHTML = '';
  localStorage.clear();
  sessionStorage.clear();
});

describe('the loader', () => {
  it('draws the launcher alone, in an open shadow root, without fetching the chat', async () => {
    const { parley, launcher, importModule } = setUp();
    parley('boot', { siteKey: 'demo' });
    await flush();
    const host = document.querySelector(HOST_TAG)!;
    expect(host.shadowRoot?.mode).toBe('open');
    expect(launcher()).toBeTruthy();
    expect(document.body.querySelector('button')).toBeNull();
    expect(importModule).not.toHaveBeenCalled();
  });

  it('speaks the boot locale, else the page’s language', () => {
    const { parley, shadow } = setUp({ htmlLang: 'ko-KR' });
    parley('boot', { siteKey: 'demo' });
    expect(shadow().getByRole('button', { name: '채팅 열기' })).toBeTruthy();
    parley('boot', { siteKey: 'demo', locale: 'en' });
    expect(shadow().getByRole('button', { name: 'Open chat' })).toBeTruthy();
  });

  it('fetches the site’s configuration once and themes the launcher with it', async () => {
    const { parley, fetchConfig } = setUp({ config: aConfig({ widget: { theme: { color: '#ffd400', position: 'left', greeting: { ko: '', en: '' }, launcherOffset: { x: 8, y: 30 } } } }) });
    parley('boot', { siteKey: 'demo shop' });
    await flush();
    expect(fetchConfig).toHaveBeenCalledWith(configUrl('https://chat.example.com', 'demo shop'));
    expect(configUrl('https://chat.example.com', 'demo shop')).toBe(`https://chat.example.com${API.widgetConfig('demo shop')}`);
    const css = [...document.querySelector(HOST_TAG)!.shadowRoot!.querySelectorAll('style')].map((style) => style.textContent).join('');
    expect(css).toContain(':host{--pa:#ffd400;--pl:8px;--pr:auto;--pb:30px}');
  });

  it('fetches the chat when the launcher is pressed, and marks the launcher expanded', async () => {
    const { parley, launcher, hosts, imported } = setUp();
    parley('boot', { siteKey: 'demo' });
    fireEvent.click(launcher());
    await flush();
    expect(imported).toEqual(['https://chat.example.com/chat.js?v=1']);
    expect(hosts[0]).toMatchObject({ origin: 'https://chat.example.com', siteKey: 'demo', locale: 'en' });
    expect(hosts[0]!.state.get().open).toBe(true);
    expect(launcher().getAttribute('aria-expanded')).toBe('true');
    expect(hosts[0]!.launcher).toBe(launcher());
  });

  it('fetches the chat at once when the visitor has unread messages or a live conversation', async () => {
    localStorage.setItem('parley:demo:activity', JSON.stringify({ unread: 2, live: false }));
    const first = setUp();
    first.parley('boot', { siteKey: 'demo' });
    await flush();
    expect(first.imported).toHaveLength(1);
    expect(first.launcher().getAttribute('aria-label')).toBe('Open chat (2 unread)');
    expect(first.launcher().getAttribute('data-unread')).toBe('2');
  });

  it('shows the count the chat reports on the badge, tells the page, and stores it for the next page', async () => {
    const { parley, launcher, hosts } = setUp();
    const unread: unknown[] = [];
    parley('on', 'unread', (count: unknown) => unread.push(count));
    parley('boot', { siteKey: 'demo' });
    parley('open');
    await flush();
    act(() => hosts[0]!.report({ unread: 3, live: true }));
    expect(launcher().getAttribute('data-unread')).toBe('3');
    expect(unread).toEqual([3]);
    expect(JSON.parse(localStorage.getItem('parley:demo:activity')!)).toEqual({ unread: 3, live: true });
  });

  it('opens at boot when Parley("open") came first, and remembers the panel open for the next page', async () => {
    const { parley, hosts } = setUp();
    parley('open');
    parley('boot', { siteKey: 'demo' });
    await flush();
    expect(hosts[0]!.state.get().open).toBe(true);
    expect(localStorage.getItem('parley:demo:open')).toBe('1');
  });

  it('reopens on the next page when the panel was left open', async () => {
    localStorage.setItem('parley:demo:open', '1');
    const { parley, hosts } = setUp();
    parley('boot', { siteKey: 'demo' });
    await flush();
    expect(hosts[0]!.state.get().open).toBe(true);
  });

  it('gives focus back to the launcher when the panel closes from inside', async () => {
    const { parley, hosts, launcher } = setUp();
    parley('boot', { siteKey: 'demo' });
    parley('open');
    await flush();
    act(() => hosts[0]!.close());
    expect(launcher().getAttribute('aria-expanded')).toBe('false');
    expect(document.querySelector(HOST_TAG)!.shadowRoot!.activeElement).toBe(launcher());
  });

  it('announces open, close and messages to the page', async () => {
    const { parley, hosts } = setUp();
    const events: unknown[] = [];
    parley('on', 'open', () => events.push('open'));
    parley('on', 'close', () => events.push('close'));
    const stop = parley('on', 'message', (message: unknown) => events.push((message as Message).text)) as () => void;
    parley('boot', { siteKey: 'demo' });
    parley('toggle');
    await flush();
    hosts[0]!.notify(aMessage({ seq: 1, text: 'Hi from Mina' }));
    stop();
    hosts[0]!.notify(aMessage({ seq: 2, text: 'not heard' }));
    parley('close');
    expect(events).toEqual(['open', 'Hi from Mina', 'close']);
  });

  it('keeps a listener that throws from breaking the widget', async () => {
    const { parley } = setUp();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    parley('on', 'open', () => {
      throw new Error('site bug');
    });
    parley('boot', { siteKey: 'demo' });
    expect(() => parley('open')).not.toThrow();
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });

  it('hands identity and attributes to the chat through its state', async () => {
    const { parley, hosts } = setUp();
    parley('boot', { siteKey: 'demo', user: { id: 'u1', hash: 'b'.repeat(64) } });
    parley('setAttributes', { plan: 'pro' });
    parley('setAttributes', { seats: 3 });
    parley('open');
    await flush();
    expect(hosts[0]!.state.get()).toMatchObject({ identity: { userId: 'u1', hash: 'b'.repeat(64) }, attributes: { plan: 'pro', seats: 3 } });
  });

  it('boots once for the same options, and again for another site', async () => {
    const { parley } = setUp();
    parley('boot', { siteKey: 'demo' });
    parley('boot', { siteKey: 'demo' });
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);
    parley('boot', { siteKey: 'other' });
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);
  });

  it('forgets the visitor on shutdown: widget gone, chat destroyed, this site’s storage cleared', async () => {
    const { parley, destroy } = setUp();
    parley('boot', { siteKey: 'demo' });
    parley('open');
    await flush();
    localStorage.setItem('parley:demo:token', 'visitor-token');
    sessionStorage.setItem('parley:demo:draft', 'half a sentence');
    localStorage.setItem('parley:other:token', 'someone else');
    parley('shutdown');
    expect(destroy).toHaveBeenCalled();
    expect(document.querySelector(HOST_TAG)).toBeNull();
    expect(localStorage.getItem('parley:demo:token')).toBeNull();
    expect(sessionStorage.getItem('parley:demo:draft')).toBeNull();
    expect(localStorage.getItem('parley:other:token')).toBe('someone else');
  });

  it('fetches proactive.js only for a site with triggers, and lets it open the panel with a greeting', async () => {
    const plain = setUp();
    plain.parley('boot', { siteKey: 'demo' });
    await flush();
    expect(plain.imported).toEqual([]);
    plain.parley('shutdown');

    const trigger = { id: 't1', kind: 'first_visit' as const, value: '', message: { ko: '안녕하세요', en: 'Hello!' }, action: 'bubble' as const };
    const { parley, proactive, hosts, disarm } = setUp({ config: aConfig({ widget: { triggers: [trigger] } }) });
    parley('boot', { siteKey: 'demo' });
    await flush();
    expect(proactive).toHaveLength(1);
    act(() => proactive[0]!.open('Need help with your order?'));
    await flush();
    expect(hosts[0]!.state.get()).toMatchObject({ open: true, greeting: 'Need help with your order?' });
    parley('shutdown');
    await flush();
    expect(disarm).toHaveBeenCalled();
  });

  it('closes again and says why in the console when the chat cannot be fetched', async () => {
    const { parley, importModule, launcher } = setUp();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    importModule.mockRejectedValueOnce(new Error('blocked by CSP'));
    parley('boot', { siteKey: 'demo' });
    parley('open');
    await waitFor(() => expect(error).toHaveBeenCalled());
    expect(launcher().getAttribute('aria-expanded')).toBe('false');
    expect(localStorage.getItem('parley:demo:open')).toBe('');
    error.mockRestore();
  });
});
