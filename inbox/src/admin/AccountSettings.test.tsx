import { fireEvent, render, screen, within } from '@testing-library/preact';
import { ParleyClientError } from '../lib/errors';
import type { AccountApi } from './account-api';
import { AccountSettings } from './AccountSettings';

function setUp(changePassword: AccountApi['changePassword']) {
  const tokens: string[] = [];
  const signOuts: number[] = [];
  const api: AccountApi = { logout: async () => {}, changePassword };
  render(<AccountSettings api={api} onClose={() => {}} onToken={(token) => tokens.push(token)} onSignOut={() => signOuts.push(1)} />);
  const form = screen.getByRole('form', { name: 'Change password' });
  const fill = (current: string, next: string, repeat = next) => {
    fireEvent.input(within(form).getByLabelText('Current password'), { target: { value: current } });
    fireEvent.input(within(form).getByLabelText('New password'), { target: { value: next } });
    fireEvent.input(within(form).getByLabelText('New password again'), { target: { value: repeat } });
    fireEvent.click(within(form).getByRole('button', { name: 'Change password' }));
  };
  return { form, fill, tokens, signOuts };
}

describe('my account', () => {
  it('changes the password and hands the new token to the session', async () => {
    const { form, fill, tokens } = setUp(async (change) => (change.currentPassword === 'old-password' ? 'new-token' : Promise.reject(new Error('no'))));
    fill('old-password', 'brand-new-pass');
    expect((await within(form).findByRole('status')).textContent).toContain('Password changed');
    expect(tokens).toEqual(['new-token']);
  });

  it('checks the new password locally and shows the server’s refusal', async () => {
    const { form, fill, tokens } = setUp(async () => {
      throw new ParleyClientError('PARLEY_ERR_INVALID_CREDENTIALS', 'the current password is wrong');
    });
    fill('x', 'short');
    expect(within(form).getByRole('alert').textContent).toContain('at least 8');
    fill('x', 'long-enough-1', 'long-enough-2');
    expect(within(form).getByRole('alert').textContent).toContain('differ');
    fill('wrong', 'long-enough-1');
    expect((await within(form).findByRole('alert')).textContent).not.toContain('differ');
    expect(tokens).toEqual([]);
  });

  it('signs out everywhere', () => {
    const { signOuts } = setUp(async () => 'unused');
    fireEvent.click(screen.getByRole('button', { name: 'Sign out everywhere' }));
    expect(signOuts).toEqual([1]);
  });
});
