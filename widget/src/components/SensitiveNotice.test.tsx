import { fireEvent, screen } from '@testing-library/preact';
import { fakeChat } from '../testing/fixtures';
import { renderPanel } from '../testing/render-panel';

const sendText = (box: string, send: string, text: string) => {
  fireEvent.input(screen.getByRole('textbox', { name: box }), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: send }));
};

describe('a visitor who sends a sensitive number', () => {
  it('is asked politely, in Korean, not to send such numbers, right after sending one', () => {
    const chat = fakeChat();
    renderPanel(chat, { locale: 'ko' });
    sendText('메시지', '보내기', '배송 언제 오나요? 주문번호 2024112300123 입니다');
    expect(screen.queryByText(/채팅으로 보내지 말아 주시기 바랍니다/)).toBeNull();

    sendText('메시지', '보내기', '제 카드번호는 4111-1111-1111-1111 입니다');
    expect(chat.send).toHaveBeenLastCalledWith('제 카드번호는 4111-1111-1111-1111 입니다');
    const notice = screen.getByText(/채팅으로 보내지 말아 주시기 바랍니다/);
    expect(notice.textContent).toContain('고객님');
    expect(notice.closest('[role="status"]')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '닫기' }));
    expect(screen.queryByText(/채팅으로 보내지 말아 주시기 바랍니다/)).toBeNull();
  });

  it('is told in English too, and the reminder goes once an ordinary message follows', () => {
    const chat = fakeChat();
    renderPanel(chat);
    sendText('Message', 'Send', 'call me on 010-1234-5678 please');
    expect(screen.getByText(/please do not send card, ID, account or phone numbers in chat/)).toBeTruthy();
    sendText('Message', 'Send', 'thanks!');
    expect(screen.queryByText(/please do not send card/)).toBeNull();
  });
});
