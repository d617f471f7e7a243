import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { ParleyClientError } from '../lib/errors';
import { FirstRunSetup } from './FirstRunSetup';

function fillForm() {
  fireEvent.input(screen.getByRole('textbox', { name: 'Name' }), { target: { value: 'Mina' } });
  fireEvent.input(screen.getByRole('textbox', { name: 'Email' }), { target: { value: 'mina@example.com' } });
  fireEvent.input(screen.getByLabelText('Password'), { target: { value: 'a-long-password' } });
}

describe('FirstRunSetup', () => {
  it('creates the admin account from name, email and password', async () => {
    const onCreate = vi.fn().mockResolvedValue(undefined);
    render(<FirstRunSetup onCreate={onCreate} />);
    fillForm();
    fireEvent.click(screen.getByRole('button', { name: 'Create admin account' }));
    await waitFor(() => expect(onCreate).toHaveBeenCalledWith({ name: 'Mina', email: 'mina@example.com', password: 'a-long-password' }));
  });

  it('asks for at least 8 password characters and shows a refusal as an alert', async () => {
    const onCreate = vi.fn().mockRejectedValue(new ParleyClientError('PARLEY_ERR_INVALID_PAYLOAD', 'password needs at least 8 characters'));
    render(<FirstRunSetup onCreate={onCreate} />);
    expect((screen.getByLabelText('Password') as HTMLInputElement).minLength).toBe(8);
    fillForm();
    fireEvent.click(screen.getByRole('button', { name: 'Create admin account' }));
    expect((await screen.findByRole('alert')).textContent).toContain('password needs at least 8 characters');
  });
});
