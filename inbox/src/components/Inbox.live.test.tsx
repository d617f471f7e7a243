/** The inbox's live side: filters, typing, read receipts, alerts, presence and language. */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { LocaleRoot } from '../locale-choice';
import type { AlertOutputs } from '../lib/use-alerts';
import { memoryStorage } from '../lib/storage';
import { saveOpenTabs } from '../lib/agent-memory';
import { fakeApis } from '../testing/fake-apis';
import { fakeConnection } from '../testing/fake-connection';
import { agentMina, assignedTo, conversation, message } from '../testing/fixtures';
import { Inbox } from './Inbox';

const jisoo = conversation({ id: 'c1', visitorName: 'Jisoo', ...assignedTo(agentMina), lastSeq: 2, lastMessagePreview: '환불하고 싶어요' });
const waiting = conversation({ id: 'c3', visitorName: 'Minho', status: 'queued', lastSeq: 1, lastMessagePreview: 'Is anyone there?' });
const history = [
  message({ conversationId: 'c1', seq: 1, text: '환불 규정이 궁금해요' }),
  message({ conversationId: 'c1', seq: 2, text: '확인해 드릴게요.', author: { kind: 'agent', id: agentMina.id, name: 'Mina' } }),
];

class FakeNotification {
  static permission: NotificationPermission = 'granted';
  static shown: { title: string; body: string | undefined; tag: string | undefined }[] = [];
  static requestPermission = vi.fn(async () => 'granted' as NotificationPermission);
  onclick: (() => void) | null = null;
  constructor(title: string, options: NotificationOptions = {}) {
    FakeNotification.shown.push({ title, body: options.body, tag: options.tag });
  }
  close() {}
}

function renderInbox(options: { permission?: NotificationPermission; storage?: ReturnType<typeof memoryStorage> } = {}) {
  FakeNotification.permission = options.permission ?? 'granted';
  FakeNotification.shown = [];
  const connection = fakeConnection({ conversations: [jisoo, waiting], messages: history });
  const playSound = vi.fn();
  const outputs: AlertOutputs = { notification: FakeNotification as unknown as typeof Notification, playSound };
  const storage = options.storage ?? memoryStorage();
  render(
    <LocaleRoot storage={storage} browserLanguage="en-US">
      <Inbox connection={connection} agent={agentMina} storage={storage} apis={fakeApis()} alertOutputs={outputs} onSignOut={vi.fn()} />
    </LocaleRoot>,
  );
  return { connection, playSound, storage };
}

const openFromList = async (visitor: string) => {
  fireEvent.click(await screen.findByRole('button', { name: new RegExp(`^${visitor}`) }));
  return screen.findByRole('tabpanel', { name: visitor });
};

describe('Inbox, live', () => {
  it('asks the server for a filter the start-up list does not cover', async () => {
    const { connection } = renderInbox();
    await screen.findByRole('button', { name: /^Jisoo/ });
    connection.conversations.set('c9', conversation({ id: 'c9', visitorName: 'Yuna', status: 'closed' }));
    fireEvent.click(screen.getByRole('button', { name: 'Closed' }));
    expect(await within(screen.getByRole('region', { name: /^Closed/ })).findByRole('button', { name: /^Yuna/ })).toBeTruthy();
    expect(connection.calls).toContainEqual({ method: 'list', args: ['closed'] });
    expect(screen.queryByRole('button', { name: /^Jisoo/ })).toBeNull();
  });

  it("shows the visitor typing, and sends the visitor a read receipt for what the agent saw", async () => {
    const { connection } = renderInbox();
    const panel = await openFromList('Jisoo');
    await within(panel).findByText('환불 규정이 궁금해요');
    await waitFor(() => expect(connection.calls).toContainEqual({ method: 'markRead', args: ['c1', 2] }));
    act(() => connection.pushTyping({ conversationId: 'c1', who: 'visitor', name: null, typing: true }));
    expect(within(panel).getByText('Jisoo is typing…')).toBeTruthy();
    act(() => connection.pushTyping({ conversationId: 'c1', who: 'visitor', name: null, typing: false }));
    expect(within(panel).queryByText('Jisoo is typing…')).toBeNull();
  });

  it('marks the reply the visitor has read as Seen', async () => {
    const { connection } = renderInbox();
    const panel = await openFromList('Jisoo');
    await within(panel).findByText('확인해 드릴게요.');
    expect(within(panel).queryByText('Seen')).toBeNull();
    act(() => connection.pushRead({ conversationId: 'c1', reader: 'visitor', seq: 2 }));
    expect(within(panel).getByText('Seen')).toBeTruthy();
  });

  it('chimes and notifies when a conversation is assigned to the agent, and when its visitor writes while they look elsewhere', async () => {
    const { connection, playSound } = renderInbox();
    await screen.findByRole('button', { name: /^Minho/ });
    act(() => connection.pushConversation({ ...waiting, ...assignedTo(agentMina), updatedAt: '2025-01-01T10:00:00.000Z' }));
    expect(FakeNotification.shown).toEqual([{ title: 'New conversation: Minho', body: 'Is anyone there?', tag: 'assigned:c3' }]);
    await openFromList('Jisoo');
    act(() => connection.pushMessage(message({ conversationId: 'c3', seq: 2, text: '여보세요?' })));
    expect(FakeNotification.shown.at(-1)).toEqual({ title: 'Minho wrote', body: '여보세요?', tag: 'message:c3' });
    act(() => connection.pushMessage(message({ conversationId: 'c1', seq: 3, text: 'in front of the agent' })));
    expect(FakeNotification.shown).toHaveLength(2);
    expect(playSound).toHaveBeenCalledTimes(2);
  });

  it('does not alert about a conversation the agent took themself', async () => {
    const { connection, playSound } = renderInbox();
    fireEvent.click(await screen.findByRole('button', { name: 'Take conversation from Minho' }));
    act(() => connection.pushConversation({ ...waiting, ...assignedTo(agentMina), updatedAt: '2025-01-01T10:00:00.000Z' }));
    expect(FakeNotification.shown).toEqual([]);
    expect(playSound).not.toHaveBeenCalled();
  });

  it('still alerts on visitor messages in a conversation the agent took by hand', async () => {
    const { connection, playSound } = renderInbox();
    fireEvent.click(await screen.findByRole('button', { name: 'Take conversation from Minho' }));
    await screen.findByRole('tabpanel', { name: 'Minho' });
    await openFromList('Jisoo');
    act(() => connection.pushMessage(message({ conversationId: 'c3', seq: 2, text: '아직 계세요?' })));
    expect(FakeNotification.shown).toEqual([{ title: 'Minho wrote', body: '아직 계세요?', tag: 'message:c3' }]);
    expect(playSound).toHaveBeenCalledTimes(1);
  });

  it('counts nothing as read while another screen covers the inbox, and alerts instead', async () => {
    const storage = memoryStorage();
    saveOpenTabs(storage, agentMina.id, { ids: ['c1'], active: 'c1' });
    const connection = fakeConnection({ conversations: [jisoo, waiting], messages: history });
    const props = { connection, agent: agentMina, storage, apis: fakeApis(), onSignOut: vi.fn() };
    const alerts = { notification: FakeNotification as unknown as typeof Notification, playSound: vi.fn() };
    FakeNotification.shown = [];
    const { rerender } = render(<Inbox {...props} alertOutputs={alerts} active={false} />);
    await waitFor(() => expect(connection.calls.some((call) => call.method === 'open')).toBe(true));
    act(() => connection.pushMessage(message({ conversationId: 'c1', seq: 3, text: '여보세요?' })));
    expect(FakeNotification.shown).toEqual([{ title: 'Jisoo wrote', body: '여보세요?', tag: 'message:c1' }]);
    expect(connection.calls.some((call) => call.method === 'markRead')).toBe(false);
    rerender(<Inbox {...props} alertOutputs={alerts} active />);
    await waitFor(() => expect(connection.calls).toContainEqual({ method: 'markRead', args: ['c1', 3] }));
  });

  it('asks for notification permission only from a button, and the sound can be turned off', async () => {
    const { connection, playSound, storage } = renderInbox({ permission: 'default' });
    await screen.findByRole('button', { name: /^Minho/ });
    fireEvent.click(screen.getByRole('button', { name: 'Enable notifications' }));
    expect(FakeNotification.requestPermission).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Sound alerts' }));
    expect(storage.get('parley.inbox.sound')).toBe('off');
    act(() => connection.pushConversation({ ...waiting, ...assignedTo(agentMina), updatedAt: '2025-01-01T10:00:00.000Z' }));
    expect(playSound).not.toHaveBeenCalled();
  });

  it('sets the agent away, and says so again after a reconnect marks them online', async () => {
    const { connection } = renderInbox();
    fireEvent.change(await screen.findByRole('combobox', { name: 'Status' }), { target: { value: 'away' } });
    expect(connection.calls).toContainEqual({ method: 'setPresence', args: ['away'] });
    act(() => connection.pushSession({ ...agentMina, presence: 'online' }));
    expect(connection.calls.filter((call) => call.method === 'setPresence')).toHaveLength(2);
  });

  it('jumps to the next conversation with unread messages on Alt+U', async () => {
    const { connection } = renderInbox();
    await openFromList('Jisoo');
    act(() => connection.pushConversation({ ...waiting, ...assignedTo(agentMina), updatedAt: '2025-01-01T10:00:00.000Z' }));
    const hello = message({ conversationId: 'c3', seq: 2, text: '여보세요?' });
    connection.messages.set('c3', [hello]);
    act(() => connection.pushMessage(hello));
    fireEvent.keyDown(document.body, { key: 'ㅕ', code: 'KeyU', altKey: true });
    const panel = await screen.findByRole('tabpanel', { name: 'Minho' });
    expect(screen.getByRole('tab', { name: 'Minho' }).getAttribute('aria-selected')).toBe('true');
    expect(await within(panel).findByText('여보세요?')).toBeTruthy();
  });

  it('re-reads the canned responses when the agent comes back from another screen', async () => {
    const connection = fakeConnection({ conversations: [jisoo], messages: history });
    const apis = fakeApis();
    const list = vi.spyOn(apis.cannedResponses, 'list');
    const props = { connection, agent: agentMina, storage: memoryStorage(), apis, alertOutputs: { playSound: () => {} }, onSignOut: vi.fn() };
    const { rerender } = render(<Inbox {...props} active />);
    await waitFor(() => expect(list).toHaveBeenCalledTimes(1));
    rerender(<Inbox {...props} active={false} />);
    rerender(<Inbox {...props} active />);
    await waitFor(() => expect(list).toHaveBeenCalledTimes(2));
  });

  it('switches the inbox to Korean and remembers it', async () => {
    const { storage } = renderInbox();
    fireEvent.change(await screen.findByRole('combobox', { name: 'Language' }), { target: { value: 'ko' } });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Parley 상담함');
    expect(storage.get('parley.inbox.locale')).toBe('ko');
    // Controls are named in the chosen language too.
    expect(screen.getByRole('button', { name: '로그아웃' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Sign out' })).toBeNull();
    expect(screen.getByRole('combobox', { name: '언어' })).toBeTruthy();
  });
});
