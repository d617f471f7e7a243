import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { agentMina, assignedTo, conversation, message } from '../testing/fixtures';
import { fakeConnection } from '../testing/fake-connection';
import { ParleyClientError } from '../lib/errors';
import { saveOpenTabs } from '../lib/agent-memory';
import { memoryStorage } from '../lib/storage';
import { fakeApis } from '../testing/fake-apis';
import { Inbox } from './Inbox';

const silent = { notification: undefined, playSound: () => {} };

const jisoo = conversation({ id: 'c1', visitorName: 'Jisoo', ...assignedTo(agentMina), lastSeq: 2, lastMessagePreview: '환불하고 싶어요' });
const hana = conversation({ id: 'c2', visitorName: 'Hana', ...assignedTo(agentMina), lastSeq: 1, lastMessagePreview: 'Hello?' });
const waiting = conversation({ id: 'c3', visitorName: 'Minho', status: 'queued', lastSeq: 1, lastMessagePreview: 'Is anyone there?' });
const history = [
  message({ conversationId: 'c1', seq: 1, text: '환불 규정이 궁금해요' }),
  message({ conversationId: 'c1', seq: 2, text: '환불하고 싶어요' }),
  message({ conversationId: 'c2', seq: 1, text: 'Hello?' }),
  message({ conversationId: 'c3', seq: 1, text: 'Is anyone there?' }),
];

function renderInbox(storage = memoryStorage()) {
  const connection = fakeConnection({ conversations: [jisoo, hana, waiting], messages: history });
  let ids = 0;
  render(<Inbox connection={connection} agent={agentMina} storage={storage} apis={fakeApis()} alertOutputs={silent} onSignOut={vi.fn()} newClientId={() => `client-${++ids}-test`} />);
  return connection;
}

const region = (name: RegExp) => within(screen.getByRole('region', { name }));
const openFromList = async (visitor: string) => {
  fireEvent.click(await screen.findByRole('button', { name: new RegExp(`^${visitor}`) }));
  return screen.findByRole('tabpanel', { name: visitor });
};

describe('Inbox', () => {
  it('lists the agent’s conversations and the queue as soon as it is connected', async () => {
    renderInbox();
    expect(await region(/^Mine/).findByRole('button', { name: /^Jisoo/ })).toBeTruthy();
    expect(region(/^Queue/).getByRole('button', { name: /^Minho/ })).toBeTruthy();
  });

  it('opens a conversation from the list in a tab with its transcript, and sends a reply', async () => {
    const connection = renderInbox();
    const panel = await openFromList('Jisoo');
    await within(panel).findByText('환불 규정이 궁금해요');
    fireEvent.input(within(panel).getByRole('textbox', { name: 'Reply' }), { target: { value: '확인해 드릴게요.' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Send' }));
    expect(connection.calls).toContainEqual({ method: 'send', args: [{ conversationId: 'c1', clientId: 'client-1-test', text: '확인해 드릴게요.' }] });
    const log = within(panel).getByRole('log', { name: 'Conversation with Jisoo' });
    await waitFor(() => expect(log.querySelector('.delivery-sent:last-child')?.textContent).toContain('확인해 드릴게요.'));
  });

  it('keeps several conversations open as tabs and switches between them from the keyboard', async () => {
    renderInbox();
    await openFromList('Jisoo');
    await openFromList('Hana');
    expect(screen.getAllByRole('tab').map((tab) => tab.getAttribute('aria-label'))).toEqual(['Jisoo', 'Hana']);
    expect(screen.getByRole('tab', { name: 'Hana' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(document.body, { key: 'ArrowLeft', ctrlKey: true, altKey: true });
    expect(screen.getByRole('tab', { name: 'Jisoo' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel', { name: 'Jisoo' })).toBeTruthy();
  });

  it('takes a queued conversation: it moves to Mine and opens, ready for a reply', async () => {
    const connection = renderInbox();
    fireEvent.click(await screen.findByRole('button', { name: 'Take conversation from Minho' }));
    const panel = await screen.findByRole('tabpanel', { name: 'Minho' });
    expect(connection.calls.some((call) => call.method === 'take' && call.args[0] === 'c3')).toBe(true);
    expect(region(/^Mine/).getByRole('button', { name: /^Minho/ })).toBeTruthy();
    await waitFor(() => expect((within(panel).getByRole('textbox', { name: 'Reply' }) as HTMLTextAreaElement).disabled).toBe(false));
  });

  it('counts unread messages of background conversations and clears them when the tab comes to the front', async () => {
    const connection = renderInbox();
    await openFromList('Jisoo');
    await openFromList('Hana');
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Hana.*unread/ })).toBeNull());
    act(() => connection.pushMessage(message({ conversationId: 'c1', seq: 3, text: '아직 계세요?' })));
    await waitFor(() => expect(region(/^Mine/).getByRole('button', { name: /^Jisoo 아직 계세요\? assigned 1 unread message$/ })).toBeTruthy());
    fireEvent.click(screen.getByRole('tab', { name: 'Jisoo' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Jisoo.*unread/ })).toBeNull());
  });

  it('follows live updates: a new queue entry appears, a conversation taken by someone else leaves the queue', async () => {
    const connection = renderInbox();
    await screen.findByRole('button', { name: /^Minho/ });
    act(() => connection.pushConversation(conversation({ id: 'c4', visitorName: 'Yuna', status: 'queued', updatedAt: '2025-01-01T10:00:00.000Z' })));
    expect(await region(/^Queue/).findByRole('button', { name: /^Yuna/ })).toBeTruthy();
    act(() => connection.pushConversation({ ...waiting, status: 'assigned', assignedAgentId: 'someone-else', assignedAgentName: 'Jun', updatedAt: '2025-01-01T10:01:00.000Z' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Minho/ })).toBeNull());
  });

  it('re-reads the list after a reconnect', async () => {
    const connection = renderInbox();
    await screen.findByRole('button', { name: /^Jisoo/ });
    act(() => connection.pushStatus('offline'));
    expect(screen.getByRole('status').textContent).toContain('Reconnecting');
    act(() => connection.pushStatus('online'));
    await waitFor(() => expect(connection.calls.filter((call) => call.method === 'list')).toHaveLength(2));
  });

  it('fetches messages it missed when a live message skips a seq', async () => {
    const connection = renderInbox();
    const panel = await openFromList('Jisoo');
    await within(panel).findByText('환불하고 싶어요', { selector: 'p' });
    connection.messages.set('c1', [...history.slice(0, 2), message({ conversationId: 'c1', seq: 3, text: 'lost in a race' }), message({ conversationId: 'c1', seq: 4, text: 'arrived' })]);
    act(() => connection.pushMessage(message({ conversationId: 'c1', seq: 4, text: 'arrived' })));
    expect(await within(panel).findByText('lost in a race')).toBeTruthy();
    expect(connection.calls).toContainEqual({ method: 'sync', args: ['c1', 2] });
  });

  it('does not mistake a burst of consecutive messages for a hole', async () => {
    const connection = renderInbox();
    const panel = await openFromList('Jisoo');
    await within(panel).findByText('환불 규정이 궁금해요');
    act(() => {
      connection.pushMessage(message({ conversationId: 'c1', seq: 3, text: 'three' }));
      connection.pushMessage(message({ conversationId: 'c1', seq: 4, text: 'four' }));
    });
    expect(await within(panel).findByText('four')).toBeTruthy();
    expect(connection.calls.some((call) => call.method === 'sync')).toBe(false);
  });

  it('marks a reply that could not be sent and resends it with the same clientId', async () => {
    const connection = renderInbox();
    const panel = await openFromList('Jisoo');
    connection.failSendsWith = new ParleyClientError('timeout', 'no ack');
    fireEvent.input(within(panel).getByRole('textbox', { name: 'Reply' }), { target: { value: 'hello' } });
    fireEvent.keyDown(within(panel).getByRole('textbox', { name: 'Reply' }), { key: 'Enter' });
    expect((await within(panel).findByRole('alert')).textContent).toContain('did not answer in time');
    connection.failSendsWith = null;
    fireEvent.click(within(panel).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(within(panel).queryByRole('button', { name: 'Retry' })).toBeNull());
    const sends = connection.calls.filter((call) => call.method === 'send').map((call) => (call.args[0] as { clientId: string }).clientId);
    expect(sends).toEqual(['client-1-test', 'client-1-test']);
  });

  it('closes a tab and stops following that conversation', async () => {
    const connection = renderInbox();
    await openFromList('Jisoo');
    fireEvent.click(screen.getByRole('button', { name: 'Close tab Jisoo' }));
    expect(screen.queryByRole('tab')).toBeNull();
    expect(connection.calls).toContainEqual({ method: 'forget', args: ['c1'] });
  });

  it('brings back the tabs that were open before a reload, closing ones that no longer exist', async () => {
    const storage = memoryStorage();
    saveOpenTabs(storage, agentMina.id, { ids: ['c1', 'deleted', 'c2'], active: 'c1' });
    renderInbox(storage);
    const panel = await screen.findByRole('tabpanel', { name: 'Jisoo' });
    expect(await within(panel).findByText('환불 규정이 궁금해요')).toBeTruthy();
    await waitFor(() => expect(screen.getAllByRole('tab').map((tab) => tab.getAttribute('aria-label'))).toEqual(['Jisoo', 'Hana']));
  });
});
