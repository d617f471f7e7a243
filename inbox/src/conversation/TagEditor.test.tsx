import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { ParleyClientError } from '../lib/errors';
import { TagEditor } from './TagEditor';

describe('conversation tags', () => {
  it('adds a trimmed tag and removes one', async () => {
    const onSave = vi.fn(async () => undefined);
    render(<TagEditor tags={['vip']} onSave={onSave} />);
    fireEvent.input(screen.getByRole('textbox', { name: 'New tag' }), { target: { value: '  환불 ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add tag' }));
    expect(onSave).toHaveBeenCalledWith(['vip', '환불']);
    await waitFor(() => expect((screen.getByRole('textbox', { name: 'New tag' }) as HTMLInputElement).value).toBe(''));
    fireEvent.click(screen.getByRole('button', { name: 'Remove tag vip' }));
    expect(onSave).toHaveBeenLastCalledWith([]);
  });

  it('does not save a tag twice', () => {
    const onSave = vi.fn(async () => undefined);
    render(<TagEditor tags={['vip']} onSave={onSave} />);
    fireEvent.input(screen.getByRole('textbox', { name: 'New tag' }), { target: { value: 'vip' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add tag' }));
    expect(onSave).not.toHaveBeenCalled();
  });

  it('shows why a change was refused and keeps the typed tag', async () => {
    const onSave = vi.fn(async () => {
      throw new ParleyClientError('PARLEY_ERR_FORBIDDEN', 'not your conversation');
    });
    render(<TagEditor tags={[]} onSave={onSave} />);
    fireEvent.input(screen.getByRole('textbox', { name: 'New tag' }), { target: { value: 'refund' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add tag' }));
    expect((await screen.findByRole('alert')).textContent).toBe('not your conversation');
    expect((screen.getByRole('textbox', { name: 'New tag' }) as HTMLInputElement).value).toBe('refund');
  });
});
