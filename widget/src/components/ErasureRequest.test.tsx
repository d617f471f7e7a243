import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { aConversation, fakeChat } from '../testing/fixtures';
import { renderPanel } from '../testing/render-panel';
import { flush, setUp } from '../testing/scripted-socket';
import { EV } from '../../../shared/events';

describe('a visitor asking for their chat history to be deleted', () => {
  it('confirms first in Korean, sends one request, and is told an admin will take care of it', async () => {
    const chat = fakeChat({ conversation: aConversation() });
    renderPanel(chat, { locale: 'ko' });
    fireEvent.click(screen.getByRole('button', { name: '내 대화 기록 삭제 요청' }));
    const dialog = screen.getByRole('alertdialog', { name: '내 대화 기록 삭제 요청' });
    expect(dialog.textContent).toContain('고객님의 대화 기록 삭제를 요청하시겠습니까?');
    expect(chat.requestErasure).not.toHaveBeenCalled();

    const confirm = screen.getByRole('button', { name: '요청하기' });
    expect(document.activeElement).toBe(confirm);
    fireEvent.click(confirm);
    fireEvent.click(confirm);
    expect(await screen.findByRole('status')).toHaveProperty('textContent', '요청이 접수되었습니다. 관리자가 확인 후 처리해 드리겠습니다.');
    expect(chat.requestErasure).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: '내 대화 기록 삭제 요청' })).toBeNull();
  });

  it('can change their mind in English, and nothing is sent', () => {
    const chat = fakeChat({ conversation: aConversation() });
    renderPanel(chat);
    fireEvent.click(screen.getByRole('button', { name: 'Request deletion of my chat history' }));
    expect(screen.getByRole('alertdialog', { name: 'Request deletion of my chat history' }).textContent).toContain('An admin will review your request.');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(chat.requestErasure).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Message' }));
  });

  it('is told in English once the request is received, and offered the link again if it fails', async () => {
    const chat = fakeChat({ conversation: aConversation() });
    vi.mocked(chat.requestErasure).mockResolvedValueOnce(false);
    renderPanel(chat);
    fireEvent.click(screen.getByRole('button', { name: 'Request deletion of my chat history' }));
    fireEvent.click(screen.getByRole('button', { name: 'Send request' }));
    await screen.findByRole('button', { name: 'Request deletion of my chat history' });
    fireEvent.click(screen.getByRole('button', { name: 'Request deletion of my chat history' }));
    fireEvent.click(screen.getByRole('button', { name: 'Send request' }));
    expect(await screen.findByRole('status')).toHaveProperty('textContent', 'Your request has been received. An admin will review it and take care of it.');
    expect(chat.requestErasure).toHaveBeenCalledTimes(2);
  });

  it('is not offered before there is any conversation to delete', () => {
    renderPanel(fakeChat());
    expect(screen.queryByRole('button', { name: 'Request deletion of my chat history' })).toBeNull();
  });
});

describe('the erasure request on the wire', () => {
  it('POSTs once to the visitor endpoint with the visitor token', async () => {
    const { connection, socket, session, download } = setUp();
    socket().serverSends(EV.sessionReady, session());
    await expect(connection.requestErasure()).resolves.toBe(true);
    expect(download).toHaveBeenCalledTimes(1);
    expect(download).toHaveBeenCalledWith('https://chat.example.com', '/api/visitor/erasure-request', 'token-1', 'POST');
    connection.close();
  });

  it('shows a notice when the request fails', async () => {
    const { connection, socket, session, download } = setUp();
    download.mockRejectedValueOnce(new Error('request refused: 500'));
    socket().serverSends(EV.sessionReady, session());
    await expect(connection.requestErasure()).resolves.toBe(false);
    await flush();
    await waitFor(() => expect(connection.get().notice).toBe('PARLEY_ERR_INTERNAL'));
    connection.close();
  });
});
