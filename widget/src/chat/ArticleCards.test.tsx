import { fireEvent, render, screen } from '@testing-library/preact';
import { BOT_NAME, type Message, type QuickReply } from '../../../shared/domain';
import { strings } from '../i18n';
import { buildThread } from '../lib/thread';
import { aMessage } from '../testing/fixtures';
import { MessageList } from '../components/MessageList';

const card = { id: 'a1', title: '니트 세탁 방법', snippet: '울 니트는 찬물에 손세탁해 주세요. <b>x</b>', url: '/kb/s1/a1' };
const offer = aMessage({
  seq: 2,
  author: { kind: 'bot', id: null, name: BOT_NAME },
  text: '고객님, 도움이 될 만한 도움말을 찾았어요.',
  articles: [card],
  quickReplies: [{ label: '도움이 됐어요', action: 'solved' }, { label: '상담원 연결', action: 'handoff' }],
});

function renderList(messages: Message[]) {
  const onQuickReply = vi.fn<(reply: QuickReply) => void>();
  render(
    <MessageList
      thread={buildThread(messages, [])}
      t={strings.ko}
      locale="ko"
      greeting=""
      agentReadSeq={0}
      onQuickReply={onQuickReply}
      onRetry={() => {}}
      loadAttachment={async () => ''}
      onDownloadError={() => {}}
    />,
  );
  return onQuickReply;
}

describe('article cards in the transcript', () => {
  it('links each offered article by its title to its page on the Parley server, in a new tab, with the passage as text', () => {
    renderList([offer]);
    const link = screen.getByRole('link', { name: '니트 세탁 방법' });
    expect(link.getAttribute('href')).toMatch(/\/kb\/s1\/a1$/);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener');
    expect(screen.getByText(/울 니트는 찬물에 손세탁해 주세요\. <b>x<\/b>/)).toBeTruthy();
  });

  it('offers "this helped" (solved) and the human option under the cards', () => {
    const onQuickReply = renderList([offer]);
    fireEvent.click(screen.getByRole('button', { name: '도움이 됐어요' }));
    expect(onQuickReply).toHaveBeenCalledWith({ label: '도움이 됐어요', action: 'solved' });
    expect(screen.getByRole('button', { name: '상담원 연결' })).toBeTruthy();
  });

  it('shows no card on a message without articles', () => {
    renderList([aMessage({ seq: 1, text: 'hello' })]);
    expect(screen.queryByRole('link')).toBeNull();
  });
});
