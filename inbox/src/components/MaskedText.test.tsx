import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { RevealApiContext, type RevealApi } from '../audit/reveal-api';
import { StringsContext, stringsFor } from '../i18n';
import { ParleyClientError } from '../lib/errors';
import { message } from '../testing/fixtures';
import { MessageItem } from './MessageItem';

const visitor = { kind: 'visitor', id: 'v1', name: null } as const;
const MASKED = '카드번호 ****-****-****-1111 로 결제했어요';
const TYPED = '카드번호 4111-1111-1111-1111 로 결제했어요';
const maskedEntry = { ...message({ conversationId: 'c1', seq: 7, text: MASKED, author: visitor, masked: true }), delivery: 'sent' as const };

function withApi(api: RevealApi | null, children: ComponentChildren, locale: 'en' | 'ko' = 'en') {
  return (
    <StringsContext.Provider value={stringsFor(locale)}>
      <RevealApiContext.Provider value={api}>{children}</RevealApiContext.Provider>
    </StringsContext.Provider>
  );
}

describe('masked sensitive numbers in a visitor message', () => {
  it('shows the masked text with a reveal control, and the typed text once the server answers', async () => {
    const api: RevealApi = { reveal: vi.fn(async () => ({ conversationId: 'c1', seq: 7, text: TYPED })) };
    render(withApi(api, <MessageItem entry={maskedEntry} selfAgentId="a1" onRetry={() => {}} />));
    expect(screen.getByText(MASKED)).toBeTruthy();
    expect(screen.getByText(/Card, ID, account and phone numbers are hidden/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show hidden numbers' }));
    expect(await screen.findByText(TYPED)).toBeTruthy();
    expect(api.reveal).toHaveBeenCalledWith('c1', 7);
    expect(screen.queryByText(MASKED)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Show hidden numbers' })).toBeNull();
    expect(screen.getByText(/Every reveal is recorded in the audit log/)).toBeTruthy();
  });

  it('speaks Korean to a Korean agent and says so when the reveal fails', async () => {
    const api: RevealApi = { reveal: vi.fn(async () => Promise.reject(new ParleyClientError('PARLEY_ERR_NOT_FOUND', 'gone'))) };
    render(withApi(api, <MessageItem entry={maskedEntry} selfAgentId="a1" onRetry={() => {}} />, 'ko'));
    fireEvent.click(screen.getByRole('button', { name: '가려진 번호 보기' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('번호를 표시하지 못했습니다. 다시 시도해 주세요.'));
    expect(screen.getByText(MASKED)).toBeTruthy();
  });

  it('offers no reveal for an ordinary message, nor without a server to ask', () => {
    const api: RevealApi = { reveal: vi.fn() };
    const { unmount } = render(withApi(api, <MessageItem entry={{ ...maskedEntry, text: '주문번호 2024112300123', masked: undefined }} selfAgentId="a1" onRetry={() => {}} />));
    expect(screen.queryByRole('button', { name: 'Show hidden numbers' })).toBeNull();
    unmount();
    render(withApi(null, <MessageItem entry={maskedEntry} selfAgentId="a1" onRetry={() => {}} />));
    expect(screen.getByText(MASKED)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Show hidden numbers' })).toBeNull();
  });
});
