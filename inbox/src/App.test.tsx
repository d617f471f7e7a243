import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import type { LoginResult } from '../../shared/http';
import { App } from './App';
import type { InboxApi } from './lib/api';
import { ParleyClientError } from './lib/errors';
import { createSessionStore } from './lib/session-store';
import { memoryStorage } from './lib/storage';
import { agentMina } from './testing/fixtures';
import { fakeConnection, type FakeConnection } from './testing/fake-connection';

const signedIn: LoginResult = { token: 't0k3n', agent: agentMina };

function fakeApi(overrides: Partial<InboxApi> = {}): InboxApi {
  return {
    setupStatus: vi.fn().mockResolvedValue({ needsSetup: false }),
    setup: vi.fn().mockResolvedValue(signedIn),
    login: vi.fn().mockResolvedValue(signedIn),
    transcript: vi.fn(),
    ...overrides,
  };
}

function renderApp(api: InboxApi, storage = memoryStorage()) {
  const sessions = createSessionStore(storage);
  const connections: FakeConnection[] = [];
  const connect = vi.fn((_token: string) => {
    const connection = fakeConnection();
    connections.push(connection);
    return connection;
  });
  render(<App api={api} sessions={sessions} storage={storage} connect={connect} />);
  return { sessions, connect, connections, storage };
}

const fill = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });

describe('App', () => {
  it('offers first-run setup when no agent exists, then opens the inbox as the new admin', async () => {
    const api = fakeApi({ setupStatus: vi.fn().mockResolvedValue({ needsSetup: true }) });
    const { connect, sessions } = renderApp(api);
    fireEvent.input(await screen.findByRole('textbox', { name: 'Name' }), { target: { value: 'Mina' } });
    fill('Email', 'mina@example.com');
    fill('Password', 'a-long-password');
    fireEvent.click(screen.getByRole('button', { name: 'Create admin account' }));
    expect(await screen.findByRole('button', { name: 'Sign out' })).toBeTruthy();
    expect(api.setup).toHaveBeenCalledWith({ name: 'Mina', email: 'mina@example.com', password: 'a-long-password' });
    expect(connect).toHaveBeenCalledWith('t0k3n', agentMina.id);
    expect(sessions.get()?.token).toBe('t0k3n');
  });

  it('signs in, showing a refused attempt as an alert first', async () => {
    const login = vi.fn().mockRejectedValueOnce(new ParleyClientError('PARLEY_ERR_INVALID_CREDENTIALS', 'wrong email or password')).mockResolvedValue(signedIn);
    renderApp(fakeApi({ login }));
    fireEvent.input(await screen.findByRole('textbox', { name: 'Email' }), { target: { value: 'mina@example.com' } });
    fill('Password', 'wrong');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Wrong email or password.');
    fill('Password', 'a-long-password');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Sign in' })).toBeNull());
    expect(await screen.findByText('Signed in as Mina')).toBeTruthy();
  });

  it('stays signed in across a reload, and signing out forgets the session and disconnects', async () => {
    const storage = memoryStorage();
    createSessionStore(storage).set(signedIn);
    const api = fakeApi();
    const { connections } = renderApp(api, storage);
    fireEvent.click(await screen.findByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeTruthy();
    expect(connections[0]?.calls.at(-1)?.method).toBe('disconnect');
    expect(createSessionStore(storage).get()).toBeNull();
  });

  it('returns to sign-in with a notice when the server refuses the session', async () => {
    const storage = memoryStorage();
    createSessionStore(storage).set(signedIn);
    const { connections } = renderApp(fakeApi(), storage);
    await screen.findByRole('button', { name: 'Sign out' });
    act(() => connections[0]!.pushStatus('unauthorized'));
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeTruthy();
    expect(screen.getByText('Your session has ended. Please sign in again.')).toBeTruthy();
  });

  it('sends to sign-in when someone else finished setup meanwhile', async () => {
    const api = fakeApi({
      setupStatus: vi.fn().mockResolvedValue({ needsSetup: true }),
      setup: vi.fn().mockRejectedValue(new ParleyClientError('PARLEY_ERR_FORBIDDEN', 'setup is done: an admin already exists')),
    });
    renderApp(api);
    fireEvent.input(await screen.findByRole('textbox', { name: 'Name' }), { target: { value: 'Mina' } });
    fill('Email', 'mina@example.com');
    fill('Password', 'a-long-password');
    fireEvent.click(screen.getByRole('button', { name: 'Create admin account' }));
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeTruthy();
    expect(screen.getByText('setup is done: an admin already exists')).toBeTruthy();
  });
});
