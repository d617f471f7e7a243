/**
 * The signed-in agent's own account: change the password (other sessions end; this tab
 * carries on with the new token the server returns) and sign out everywhere.
 */
import { useState } from 'preact/hooks';
import { useStrings } from '../i18n';
import type { AccountApi } from './account-api';
import { failureText } from './failure-text';

export const accountTexts = {
  en: {
    screen: 'My account',
    title: 'My account',
    back: 'Back to conversations',
    passwordTitle: 'Change password',
    current: 'Current password',
    next: 'New password',
    repeat: 'New password again',
    save: 'Change password',
    tooShort: 'The new password needs at least 8 characters.',
    mismatch: 'The two new passwords differ.',
    changed: 'Password changed. Your other sessions were signed out.',
    signOutEverywhere: 'Sign out everywhere',
  },
  ko: {
    screen: '내 계정',
    title: '내 계정',
    back: '대화 목록으로 돌아가기',
    passwordTitle: '비밀번호 변경',
    current: '현재 비밀번호',
    next: '새 비밀번호',
    repeat: '새 비밀번호 확인',
    save: '비밀번호 변경',
    tooShort: '새 비밀번호는 8자 이상이어야 합니다.',
    mismatch: '새 비밀번호 두 개가 서로 다릅니다.',
    changed: '비밀번호를 변경했습니다. 다른 곳의 로그인은 모두 종료되었습니다.',
    signOutEverywhere: '모든 기기에서 로그아웃',
  },
};

interface AccountSettingsProps {
  api: AccountApi;
  onClose: () => void;
  /** The new token after a password change, for this tab's session. */
  onToken: (token: string) => void;
  onSignOut: () => void;
}

export function AccountSettings({ api, onClose, onToken, onSignOut }: AccountSettingsProps) {
  const strings = useStrings();
  const text = accountTexts[strings.locale];
  const [fields, setFields] = useState({ current: '', next: '', repeat: '' });
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const field = (name: keyof typeof fields, label: string, autoComplete: string) => (
    <label>
      {label}
      <input type="password" autoComplete={autoComplete} value={fields[name]} onInput={(event) => setFields({ ...fields, [name]: (event.target as HTMLInputElement).value })} />
    </label>
  );

  const submit = async (event: Event) => {
    event.preventDefault();
    setStatus(null);
    if (fields.next.length < 8) return setError(text.tooShort);
    if (fields.next !== fields.repeat) return setError(text.mismatch);
    try {
      const token = await api.changePassword({ currentPassword: fields.current, newPassword: fields.next });
      setError(null);
      setFields({ current: '', next: '', repeat: '' });
      setStatus(text.changed);
      onToken(token);
    } catch (failure) {
      setError(failureText(strings, failure));
    }
  };

  return (
    <section class="intent-admin" aria-labelledby="account-title">
      <header>
        <h2 id="account-title">{text.title}</h2>
        <button type="button" onClick={onClose}>{text.back}</button>
      </header>
      <form class="admin-panel" aria-labelledby="password-title" onSubmit={(event) => void submit(event)}>
        <h3 id="password-title">{text.passwordTitle}</h3>
        {field('current', text.current, 'current-password')}
        {field('next', text.next, 'new-password')}
        {field('repeat', text.repeat, 'new-password')}
        {error && <p role="alert">{error}</p>}
        {status && <p role="status">{status}</p>}
        <button type="submit">{text.save}</button>
      </form>
      <button type="button" onClick={onSignOut}>{text.signOutEverywhere}</button>
    </section>
  );
}
