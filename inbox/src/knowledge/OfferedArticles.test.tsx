import { render, screen, within } from '@testing-library/preact';
import { BOT_NAME } from '../../../shared/domain';
import { MessageItem } from '../components/MessageItem';
import { StringsContext, stringsFor } from '../i18n';
import type { TranscriptEntry } from '../lib/messages';

const offer: TranscriptEntry = {
  id: 'm1',
  conversationId: 'c1',
  clientId: 'bot-1',
  seq: 2,
  author: { kind: 'bot', id: null, name: BOT_NAME },
  text: '고객님, 도움이 될 만한 도움말을 찾았어요.',
  articles: [{ id: 'a1', title: '니트 세탁 방법', snippet: '찬물에 <b>손세탁</b>해 주세요.', url: '/kb/s1/a1' }],
  quickReplies: [{ label: '도움이 됐어요', action: 'solved' }],
  createdAt: '2026-01-01T00:00:00.000Z',
  delivery: 'sent',
};

describe('articles the bot offered, in the agent’s transcript', () => {
  it('lists each by a link to its page with the passage as text, in English and Korean', () => {
    const { unmount } = render(<MessageItem entry={offer} selfAgentId="a" onRetry={() => {}} />);
    const list = screen.getByRole('list', { name: 'Help articles' });
    expect(within(list).getByRole('link', { name: '니트 세탁 방법' }).getAttribute('href')).toBe('/kb/s1/a1');
    expect(within(list).getByText('찬물에 <b>손세탁</b>해 주세요.')).toBeTruthy();
    unmount();
    render(
      <StringsContext.Provider value={stringsFor('ko')}>
        <MessageItem entry={offer} selfAgentId="a" onRetry={() => {}} />
      </StringsContext.Provider>,
    );
    expect(screen.getByRole('list', { name: '도움말 문서' })).toBeTruthy();
  });
});
