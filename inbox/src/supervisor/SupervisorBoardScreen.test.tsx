import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import type { Agent } from '../../../shared/domain';
import type { SupervisorBoard } from '../../../shared/http';
import { ParleyClientError } from '../lib/errors';
import { fakeConnection } from '../testing/fake-connection';
import { agentMina, assignedTo, conversation } from '../testing/fixtures';
import type { BoardApi } from './board-api';
import { SupervisorBoardScreen } from './SupervisorBoardScreen';

const joon: Agent = { ...agentMina, id: 'a00000000000000000000002', email: 'joon@example.com', name: 'Joon', role: 'agent', presence: 'away', capacity: 2, teams: ['billing'] };
const waiting = conversation({ visitorName: 'Hana', team: 'billing', priority: 1, queuedAt: '2025-01-01T09:00:00.000Z' });
const held = conversation({ visitorName: 'Seo', lastSeq: 3, ...assignedTo(agentMina) });

function fakeBoardApi(board: SupervisorBoard = { queue: [waiting], agents: [{ agent: agentMina, openConversations: 1 }, { agent: joon, openConversations: 2 }] }) {
  const get = vi.fn(async () => board);
  const api: BoardApi = { get };
  return { api, get };
}

const fiveMinutesLater = () => Date.parse('2025-01-01T09:05:00.000Z');

describe('supervisor board', () => {
  it('shows the queue with waiting time, team and priority, and every agent’s presence, load and teams', async () => {
    const { api } = fakeBoardApi();
    render(<SupervisorBoardScreen api={api} connection={fakeConnection({ conversations: [held] })} onClose={() => {}} now={fiveMinutesLater} />);

    const queue = await screen.findByRole('table', { name: 'Queue' });
    const hana = within(queue).getByRole('row', { name: /Hana/ });
    expect(hana.textContent).toContain('5 min');
    expect(hana.textContent).toContain('billing');
    expect(within(hana).getAllByRole('cell')[2]!.textContent).toBe('1');

    const agents = screen.getByRole('table', { name: 'Agents' });
    expect(within(agents).getByRole('row', { name: /Mina/ }).textContent).toContain('1/3');
    const joonRow = within(agents).getByRole('row', { name: /Joon/ });
    expect(joonRow.textContent).toContain('2/2');
    expect(joonRow.textContent).toContain('full');
    expect(joonRow.textContent).toContain('Away');
    expect(joonRow.textContent).toContain('billing');

    const assigned = screen.getByRole('table', { name: 'Assigned conversations' });
    expect(within(assigned).getByRole('row', { name: /Seo/ }).textContent).toContain('Mina');
  });

  it('says plainly when no one is waiting', async () => {
    const { api } = fakeBoardApi({ queue: [], agents: [] });
    render(<SupervisorBoardScreen api={api} connection={fakeConnection()} onClose={() => {}} />);
    expect(await screen.findByText('No one is waiting.')).toBeTruthy();
    expect(screen.queryByRole('table', { name: 'Queue' })).toBeNull();
  });

  it('refetches once shortly after the connection reports conversation updates', async () => {
    const { api, get } = fakeBoardApi();
    const connection = fakeConnection({ conversations: [held] });
    render(<SupervisorBoardScreen api={api} connection={connection} onClose={() => {}} timing={{ coalesceMs: 30, intervalMs: 60_000 }} />);
    await screen.findByRole('table', { name: 'Queue' });
    expect(get).toHaveBeenCalledTimes(1);

    connection.pushConversation({ ...waiting, status: 'assigned' });
    connection.pushConversation(held);
    await waitFor(() => expect(get).toHaveBeenCalledTimes(2));
    expect(connection.calls.filter((call) => call.method === 'list')).toEqual([
      { method: 'list', args: ['open'] },
      { method: 'list', args: ['open'] },
    ]);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(get).toHaveBeenCalledTimes(2);

    // A new list preview of the same conversation changes nothing on the board.
    connection.pushConversation({ ...held, lastMessagePreview: 'still typing away', updatedAt: '2030-01-01T00:00:00.000Z' });
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(get).toHaveBeenCalledTimes(2);
  });

  it('stops refreshing when it is closed', async () => {
    const { api, get } = fakeBoardApi();
    const connection = fakeConnection();
    const { unmount } = render(<SupervisorBoardScreen api={api} connection={connection} onClose={() => {}} timing={{ coalesceMs: 10, intervalMs: 20 }} />);
    await waitFor(() => expect(get.mock.calls.length).toBeGreaterThan(1));
    unmount();
    const calls = get.mock.calls.length;
    connection.pushConversation(held);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(get).toHaveBeenCalledTimes(calls);
  });

  it('reassigns a conversation to the chosen agent and refreshes the board', async () => {
    const { api, get } = fakeBoardApi();
    const connection = fakeConnection({ conversations: [held] });
    render(<SupervisorBoardScreen api={api} connection={connection} onClose={() => {}} />);

    const target = await screen.findByRole('combobox', { name: 'Reassign Seo to' });
    expect(within(target).queryByRole('option', { name: /Mina/ })).toBeNull();
    fireEvent.change(target, { target: { value: joon.id } });
    fireEvent.click(screen.getByRole('button', { name: 'Reassign Seo' }));

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Handed over to Joon.'));
    expect(connection.calls.find((call) => call.method === 'reassign')).toEqual({ method: 'reassign', args: [held.id, joon.id] });
    await waitFor(() => expect(get).toHaveBeenCalledTimes(2));
  });

  it('shows the server’s refusal when the chosen agent is at capacity', async () => {
    const { api } = fakeBoardApi();
    const connection = fakeConnection({ conversations: [held] });
    connection.reassign = async (conversationId, toAgentId) => {
      connection.calls.push({ method: 'reassign', args: [conversationId, toAgentId] });
      throw new ParleyClientError('PARLEY_ERR_AGENT_AT_CAPACITY', 'the agent is at capacity');
    };
    render(<SupervisorBoardScreen api={api} connection={connection} onClose={() => {}} />);

    fireEvent.change(await screen.findByRole('combobox', { name: 'Reassign Hana to' }), { target: { value: joon.id } });
    fireEvent.click(screen.getByRole('button', { name: 'Reassign Hana' }));

    expect((await screen.findByRole('alert')).textContent).toBe('Joon is at their conversation limit. Choose someone else or raise their capacity.');
    expect(connection.calls.filter((call) => call.method === 'reassign')).toEqual([{ method: 'reassign', args: [waiting.id, joon.id] }]);
  });

  it('keeps the last board and says so when a refresh fails', async () => {
    const { api, get } = fakeBoardApi();
    render(<SupervisorBoardScreen api={api} connection={fakeConnection()} onClose={() => {}} />);
    await screen.findByRole('table', { name: 'Queue' });
    get.mockRejectedValueOnce(new ParleyClientError('network', 'Parley cannot be reached'));
    fireEvent.click(screen.getByRole('button', { name: 'Refresh board' }));
    expect((await screen.findByRole('alert')).textContent).toContain('The board could not be refreshed');
    expect(screen.getByRole('table', { name: 'Queue' })).toBeTruthy();
  });
});
