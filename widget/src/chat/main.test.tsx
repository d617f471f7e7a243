/**
 * chat.js mounted by a stand-in loader: the panel in the loader's shadow root while the
 * loader says it is open, and the bridge both ways (host-sync.ts).
 */
import { act, fireEvent, within } from '@testing-library/preact';
import type { Message } from '../../../shared/domain';
import type { ChatHost, HostState } from '../lib/host-bridge';
import { createStore } from '../lib/store';
import type * as VisitorConnectionModule from '../lib/visitor-connection';
import type { VisitorConnection, VisitorConnectionOptions } from '../lib/visitor-connection';
import { aConfig, aConversation, aMessage, fakeChat } from '../testing/fixtures';

const connections = vi.hoisted(() => [] as { options: VisitorConnectionOptions; connection: VisitorConnection; arrive: (messages: Message[]) => void }[]);

vi.mock('../lib/visitor-connection', async (importOriginal) => ({
  ...(await importOriginal<typeof VisitorConnectionModule>()),
  connectVisitor: (options: VisitorConnectionOptions): VisitorConnection => {
    const listeners = new Set<(messages: Message[]) => void>();
    const connection: VisitorConnection = {
      ...fakeChat(),
      onArrivals: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      reportPage: vi.fn(),
      setIdentity: vi.fn(),
      setAttributes: vi.fn(),
      setAttachmentRules: vi.fn(),
      close: vi.fn(),
    };
    connections.push({ options, connection, arrive: (messages) => listeners.forEach((listener) => listener(messages)) });
    return connection;
  },
}));

const { mount } = await import('./main');

function setUp(initial: Partial<HostState> = {}) {
  const element = document.body.appendChild(document.createElement('parley-widget'));
  const root = element.attachShadow({ mode: 'open' });
  const launcher = root.appendChild(document.createElement('button'));
  launcher.setAttribute('aria-label', 'Open chat');
  const state = createStore<HostState>({ open: true, config: aConfig(), identity: null, attributes: {}, greeting: null, ...initial });
  const host: ChatHost = {
    origin: 'https://chat.example.com',
    siteKey: 'demo',
    locale: 'en',
    root,
    launcher,
    state,
    open: vi.fn(() => state.set({ ...state.get(), open: true })),
    close: vi.fn(() => state.set({ ...state.get(), open: false })),
    report: vi.fn(),
    notify: vi.fn(),
  };
  let app!: ReturnType<typeof mount>;
  act(() => {
    app = mount(host);
  });
  const { connection, arrive } = connections[connections.length - 1]!;
  return { host, state, app, connection: connection as VisitorConnection & ReturnType<typeof fakeChat>, arrive, shadow: within(root as unknown as HTMLElement) };
}

afterEach(() => {
  document.body.innerHTML = '';
  localStorage.clear();
  sessionStorage.clear();
  connections.length = 0;
});

describe('chat.js', () => {
  it('renders the panel into the loader’s shadow root while open, and nothing while closed', () => {
    const { shadow, state } = setUp();
    expect(shadow.getByRole('dialog', { name: 'Test Shop' })).toBeTruthy();
    act(() => state.set({ ...state.get(), open: false }));
    expect(shadow.queryByRole('dialog')).toBeNull();
  });

  it('connects as this site’s visitor, with the identity the page gave', () => {
    setUp({ identity: { userId: 'u1', hash: 'e'.repeat(64) } });
    expect(connections[0]!.options).toMatchObject({ origin: 'https://chat.example.com', siteKey: 'demo', locale: 'en', identity: { userId: 'u1' } });
  });

  it('takes the visitor into the open panel when the launcher is pressed again', () => {
    const { shadow } = setUp();
    (document.activeElement as HTMLElement | null)?.blur();
    fireEvent.click(shadow.getByRole('button', { name: 'Open chat' }));
    expect(shadow.getByRole('textbox', { name: 'Message' })).toBe(document.querySelector('parley-widget')!.shadowRoot!.activeElement);
  });

  it('closes on Escape with focus on the launcher too', () => {
    const { shadow, host } = setUp();
    fireEvent.keyDown(shadow.getByRole('button', { name: 'Open chat' }), { key: 'Escape' });
    expect(host.close).toHaveBeenCalled();
  });

  it('closes through the loader, which puts focus back on the launcher', () => {
    const { shadow, host } = setUp();
    fireEvent.click(shadow.getByRole('button', { name: 'Close chat' }));
    expect(host.close).toHaveBeenCalled();
  });

  it('passes the page’s later identify, attributes and settings to the connection', () => {
    const { state, connection } = setUp();
    const config = aConfig({ widget: { attachments: { enabled: true, maxBytes: 2048, allowedTypes: ['image/png'] } } });
    act(() => state.set({ ...state.get(), identity: { userId: 'u2', hash: 'f'.repeat(64) }, attributes: { plan: 'pro' }, config }));
    expect(connection.setIdentity).toHaveBeenLastCalledWith({ userId: 'u2', hash: 'f'.repeat(64) });
    expect(connection.setAttributes).toHaveBeenLastCalledWith({ plan: 'pro' });
    expect(connection.setAttachmentRules).toHaveBeenLastCalledWith(config.widget.attachments);
  });

  it('reports the unread count and a live conversation to the launcher, and arrivals to the page', () => {
    const { host, connection, arrive } = setUp({ open: false });
    act(() => connection.setState({ unread: 2, conversation: aConversation({ status: 'assigned' }) }));
    expect(host.report).toHaveBeenLastCalledWith({ unread: 2, live: true });
    arrive([aMessage({ seq: 1, text: 'Hi, this is Mina' })]);
    expect(host.notify).toHaveBeenCalledWith(expect.objectContaining({ text: 'Hi, this is Mina' }));
  });

  it('marks what the open panel shows as read, but not while closed', () => {
    const { state, connection } = setUp({ open: false });
    act(() => connection.setState({ unread: 1 }));
    expect(connection.markRead).not.toHaveBeenCalled();
    act(() => state.set({ ...state.get(), open: true }));
    expect(connection.markRead).toHaveBeenCalled();
  });

  it('opens and closes with the site’s other tabs', () => {
    const { host } = setUp({ open: false });
    window.dispatchEvent(new StorageEvent('storage', { key: 'parley:demo:open', newValue: '1' }));
    expect(host.open).toHaveBeenCalled();
    window.dispatchEvent(new StorageEvent('storage', { key: 'parley:demo:open', newValue: '' }));
    expect(host.close).toHaveBeenCalled();
  });

  it('reports the page the visitor is on', () => {
    const { connection } = setUp();
    expect(connection.reportPage).toHaveBeenCalledWith({ url: window.location.href, title: document.title.trim() });
  });

  it('remembers the draft for the next page of this tab', () => {
    const { shadow } = setUp();
    fireEvent.input(shadow.getByRole('textbox', { name: 'Message' }), { target: { value: 'Where is my' } });
    expect(sessionStorage.getItem('parley:demo:draft')).toBe('Where is my');
  });

  it('removes the panel and disconnects on destroy', () => {
    const { app, connection, shadow } = setUp();
    app.destroy();
    expect(shadow.queryByRole('dialog')).toBeNull();
    expect(connection.close).toHaveBeenCalled();
  });
});
