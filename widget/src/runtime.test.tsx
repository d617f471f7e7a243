import { act, fireEvent, within } from '@testing-library/preact';
import type { Message } from '../../shared/domain';
import { createSiteStorage } from './lib/storage';
import type { VisitorConnection, VisitorConnectionOptions } from './lib/visitor-connection';
import { createWidgetRuntime, HOST_TAG } from './runtime';
import { aMessage, fakeChat } from './testing/fixtures';

function setUp(htmlLang = 'ko') {
  document.documentElement.lang = htmlLang;
  const connections: {
    options: VisitorConnectionOptions;
    close: ReturnType<typeof vi.fn>;
    reportPage: ReturnType<typeof vi.fn>;
    arrive: (messages: Message[]) => void;
  }[] = [];
  const connect = (options: VisitorConnectionOptions): VisitorConnection => {
    const listeners = new Set<(messages: Message[]) => void>();
    const close = vi.fn();
    const reportPage = vi.fn();
    connections.push({ options, close, reportPage, arrive: (messages) => listeners.forEach((listener) => listener(messages)) });
    return {
      ...fakeChat(),
      close,
      reportPage,
      onArrivals: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
  };
  const runtime = createWidgetRuntime({ origin: 'https://chat.example.com', document, browserLanguage: 'en-US', connect });
  const hosts = () => document.querySelectorAll(HOST_TAG);
  const shadow = () => within(hosts()[0]!.shadowRoot as unknown as HTMLElement);
  return { runtime, connections, hosts, shadow };
}

afterEach(() => {
  document.body.innerHTML = '';
  localStorage.clear();
});

describe('widget runtime', () => {
  it('renders inside an open shadow root with its own stylesheet, out of reach of the page', () => {
    const { runtime, hosts, shadow } = setUp();
    act(() => runtime.boot({ siteKey: 'demo' }));
    expect(hosts()).toHaveLength(1);
    const root = hosts()[0]!.shadowRoot!;
    expect(root.mode).toBe('open');
    expect(root.querySelector('style')?.textContent).toContain('.launcher');
    expect(shadow().getByRole('button', { name: '채팅 열기' })).toBeTruthy();
    expect(document.body.querySelector('button')).toBeNull();
  });

  it('connects to its own origin with the site key and the page’s language', () => {
    const { runtime, connections } = setUp('ko-KR');
    act(() => runtime.boot({ siteKey: 'demo' }));
    expect(connections[0]?.options).toMatchObject({ origin: 'https://chat.example.com', siteKey: 'demo', locale: 'ko' });
  });

  it('lets the boot option choose the language over the page', () => {
    const { runtime, connections, shadow } = setUp('ko');
    act(() => runtime.boot({ siteKey: 'demo', locale: 'en' }));
    expect(connections[0]?.options.locale).toBe('en');
    expect(shadow().getByRole('button', { name: 'Open chat' })).toBeTruthy();
  });

  it("opens at boot when Parley('open') was called first", () => {
    const { runtime, shadow } = setUp();
    runtime.open();
    act(() => runtime.boot({ siteKey: 'demo' }));
    expect(shadow().getByRole('textbox', { name: '메시지' })).toBeTruthy();
  });

  it('counts answers that arrive while the panel is closed, and clears them on open', () => {
    const { runtime, connections, shadow } = setUp('en');
    act(() => runtime.boot({ siteKey: 'demo' }));
    act(() => connections[0]!.arrive([aMessage({ seq: 1 }), aMessage({ seq: 2 })]));
    expect(shadow().getByText('2 unread messages')).toBeTruthy();
    fireEvent.click(shadow().getByRole('button', { name: 'Open chat' }));
    act(() => connections[0]!.arrive([aMessage({ seq: 3 })]));
    fireEvent.click(shadow().getByRole('button', { name: 'Close chat' }));
    expect(shadow().queryByText(/unread/)).toBeNull();
  });

  it('reports the page the visitor is on, and hash navigations', () => {
    const { runtime, connections } = setUp();
    document.title = 'Orders';
    act(() => runtime.boot({ siteKey: 'demo' }));
    expect(connections[0]?.reportPage).toHaveBeenLastCalledWith({ url: window.location.href, title: 'Orders' });
    window.location.hash = '#order-12';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(connections[0]?.reportPage).toHaveBeenLastCalledWith({ url: expect.stringContaining('#order-12'), title: 'Orders' });
  });

  it('boots once when the page boots again with the same options', () => {
    const { runtime, connections, hosts } = setUp();
    act(() => runtime.boot({ siteKey: 'demo' }));
    act(() => runtime.boot({ siteKey: 'demo' }));
    expect(connections).toHaveLength(1);
    expect(hosts()).toHaveLength(1);
  });

  it('forgets the visitor on shutdown: token removed, connection closed, widget gone', () => {
    const { runtime, connections, hosts } = setUp();
    act(() => runtime.boot({ siteKey: 'demo' }));
    createSiteStorage('demo').set('token', 'visitor-token');
    act(() => runtime.shutdown());
    expect(createSiteStorage('demo').get('token')).toBeNull();
    expect(connections[0]?.close).toHaveBeenCalled();
    expect(hosts()).toHaveLength(0);
  });
});
