import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import type { Agent } from '../../../shared/domain';
import { ParleyClientError } from '../lib/errors';
import { agentMina } from '../testing/fixtures';
import { TransferDialog } from './TransferDialog';

const jun: Agent = { ...agentMina, id: 'a00000000000000000000002', name: 'Jun', role: 'agent', presence: 'away' };

function renderDialog(onTransfer = vi.fn(async () => undefined)) {
  const onDone = vi.fn();
  const onCancel = vi.fn();
  render(<TransferDialog conversationId="c1" selfAgentId={agentMina.id} agents={[agentMina, jun]} teams={['billing']} onTransfer={onTransfer} onDone={onDone} onCancel={onCancel} />);
  return { onTransfer, onDone, onCancel };
}

const target = () => screen.getByRole('combobox', { name: 'Transfer to' }) as HTMLSelectElement;

describe('transfer dialog', () => {
  it('lists the other agents with their presence, and the teams', () => {
    renderDialog();
    const options = Array.from(target().options).map((option) => option.textContent);
    expect(options).toEqual(['—', 'Jun (away)', 'billing']);
    expect(document.activeElement).toBe(target());
  });

  it('transfers to an agent with the note for them', async () => {
    const { onTransfer, onDone } = renderDialog();
    fireEvent.change(target(), { target: { value: `agent:${jun.id}` } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Note for the next agent' }), { target: { value: '환불 승인 필요' } });
    fireEvent.click(screen.getByRole('button', { name: 'Transfer' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('Jun'));
    expect(onTransfer).toHaveBeenCalledWith({ conversationId: 'c1', toAgentId: jun.id, note: '환불 승인 필요' });
  });

  it('transfers to a team', async () => {
    const { onTransfer } = renderDialog();
    fireEvent.change(target(), { target: { value: 'team:billing' } });
    fireEvent.click(screen.getByRole('button', { name: 'Transfer' }));
    await waitFor(() => expect(onTransfer).toHaveBeenCalledWith({ conversationId: 'c1', toTeam: 'billing', note: '' }));
  });

  it('asks for a target instead of sending nothing', () => {
    const { onTransfer } = renderDialog();
    fireEvent.click(screen.getByRole('button', { name: 'Transfer' }));
    expect(screen.getByRole('alert').textContent).toBe('Choose an agent or a team.');
    expect(onTransfer).not.toHaveBeenCalled();
  });

  it('shows the refusal and stays open', async () => {
    const { onDone } = renderDialog(
      vi.fn(async () => {
        throw new ParleyClientError('PARLEY_ERR_AGENT_AT_CAPACITY', 'Jun is at capacity');
      }),
    );
    fireEvent.change(target(), { target: { value: `agent:${jun.id}` } });
    fireEvent.click(screen.getByRole('button', { name: 'Transfer' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Jun is at their conversation limit. Choose someone else or their team.');
    expect(onDone).not.toHaveBeenCalled();
    expect(screen.getByRole('dialog', { name: 'Transfer conversation' })).toBeTruthy();
  });

  it('closes on Escape', () => {
    const { onCancel } = renderDialog();
    fireEvent.keyDown(target(), { key: 'Escape' });
    expect(onCancel).toHaveBeenCalled();
  });
});
