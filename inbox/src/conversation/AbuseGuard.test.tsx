import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { politeClosing } from '../../../shared/abuse';
import { StringsContext, stringsFor } from '../i18n';
import { MessageItem } from '../components/MessageItem';
import { message } from '../testing/fixtures';
import { AbuseBanner } from './AbuseGuard';

const visitor = { kind: 'visitor', id: 'v1', name: null } as const;
const entry = (seq: number, text: string) => ({ ...message({ conversationId: 'c1', seq, text, author: visitor }), delivery: 'sent' as const });

describe('protecting the agent from abuse', () => {
  it('blurs an abusive visitor message until the agent chooses to see it', () => {
    render(<MessageItem entry={entry(3, '야 이 개새끼야')} selfAgentId="a1" onRetry={() => {}} />);
    const shown = screen.getByText('야 이 개새끼야');
    expect(shown.className).toContain('blurred');
    expect(shown.getAttribute('aria-hidden')).toBe('true');
    expect(screen.getByText(/Hidden: this message may be abusive/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show message' }));
    expect(screen.getByText('야 이 개새끼야').className).not.toContain('blurred');
    expect(screen.getByRole('button', { name: 'Hide message' }).getAttribute('aria-expanded')).toBe('true');
  });

  it('leaves an unhappy but civil message as it is', () => {
    render(<MessageItem entry={entry(3, '배송이 너무 늦어서 최악이에요')} selfAgentId="a1" onRetry={() => {}} />);
    expect(screen.getByText('배송이 너무 늦어서 최악이에요').className).not.toContain('blurred');
    expect(screen.queryByRole('button', { name: 'Show message' })).toBeNull();
  });

  it('warns the agent in their language and ends the conversation with a polite closing in the visitor’s', async () => {
    const end = vi.fn(async () => {});
    render(
      <StringsContext.Provider value={stringsFor('ko')}>
        <AbuseBanner conversation={{ locale: 'en', status: 'assigned' }} entries={[entry(1, 'hello'), entry(2, 'you idiot'), entry(3, 'shut up')]} canEnd onEndPolitely={end} />
      </StringsContext.Provider>,
    );
    const banner = within(screen.getByRole('alert'));
    expect(banner.getByText(/방문자가 폭언이 담긴 메시지를 2건 보냈습니다/)).toBeTruthy();
    fireEvent.click(banner.getByRole('button', { name: '정중히 종료하기' }));
    await waitFor(() => expect(end).toHaveBeenCalledWith(politeClosing.en));
  });

  it('tells the agent to bring in a supervisor on a threat, and says nothing when there was no abuse', () => {
    const { unmount } = render(<AbuseBanner conversation={{ locale: 'ko', status: 'assigned' }} entries={[entry(1, '찾아간다 진짜')]} canEnd={false} />);
    expect(screen.getByRole('alert').textContent).toContain('Tell your supervisor now.');
    expect(screen.queryByRole('button')).toBeNull();
    unmount();
    render(<AbuseBanner conversation={{ locale: 'ko', status: 'assigned' }} entries={[entry(1, '환불해 주세요')]} canEnd />);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
