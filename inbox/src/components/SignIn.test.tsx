import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { ParleyClientError } from '../lib/errors';
import { SignIn } from './SignIn';

function fill(label: string, value: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

describe('SignIn', () => {
  it('submits the email and password', async () => {
    const onSignIn = vi.fn().mockResolvedValue(undefined);
    render(<SignIn onSignIn={onSignIn} />);
    fireEvent.input(screen.getByRole('textbox', { name: 'Email' }), { target: { value: ' mina@example.com ' } });
    fill('Password', 'a-long-password');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(onSignIn).toHaveBeenCalledWith({ email: 'mina@example.com', password: 'a-long-password' }));
  });

  it('shows why sign-in failed as an alert and lets the agent try again', async () => {
    const onSignIn = vi.fn().mockRejectedValue(new ParleyClientError('PARLEY_ERR_INVALID_CREDENTIALS', 'wrong email or password'));
    render(<SignIn onSignIn={onSignIn} />);
    fill('Email', 'mina@example.com');
    fill('Password', 'wrong');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Wrong email or password.');
    expect((screen.getByRole('button', { name: 'Sign in' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('shows the server’s own message for errors it has no words for', async () => {
    const onSignIn = vi.fn().mockRejectedValue(new ParleyClientError('PARLEY_ERR_INTERNAL', 'database unavailable'));
    render(<SignIn onSignIn={onSignIn} />);
    fill('Email', 'mina@example.com');
    fill('Password', 'whatever');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toContain('database unavailable');
  });
});
