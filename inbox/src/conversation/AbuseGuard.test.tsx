import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { politeClosing, type AbuseFlag } from '../../../shared/abuse';
import { DEFAULT_ABUSE_SETTINGS } from '../../../shared/settings';
import { StringsContext, stringsFor } from '../i18n';
import { MessageItem } from '../components/MessageItem';
import { message } from '../testing/fixtures';
import type { AbuseApi } from '../admin/AbuseApi';
import { ParleyClientError } from '../lib/errors';
import { AbuseBanner, noteAbuseFlags, setSiteAbuseLists } from './AbuseGuard';

const visitor = { kind: 'visitor', id: 'v1', name: null } as const;
const entry = (seq: number, text: string) => ({ ...message({ conversationId: 'c1', seq, text, author: visitor }), delivery: 'sent' as const });

/** The only parts of the API the banner reads: the site's settings and the conversation's flags. */
const flagsApi = (flags: AbuseFlag[]) =>
  ({ settings: async () => ({ settings: { ...DEFAULT_ABUSE_SETTINGS }, editable: false }), flags: vi.fn(async () => ({ flags })) }) as unknown as AbuseApi;

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

  it('blurs a message the abuse model flagged after it arrived, and warns of the threat', async () => {
    const threat = entry(7, '너희 사무실 폭파시켜 버린다');
    const api = flagsApi([]);
    render(
      <>
        <AbuseBanner conversation={{ id: 'c1', locale: 'ko', status: 'assigned' }} entries={[threat]} canEnd={false} api={api} />
        <ul>
          <MessageItem entry={threat} selfAgentId="a1" onRetry={() => {}} />
        </ul>
      </>,
    );
    // No list word: shown, and no banner, until the model's verdict comes in.
    expect(screen.getByText('너희 사무실 폭파시켜 버린다').className).not.toContain('blurred');
    expect(screen.queryByRole('alert')).toBeNull();
    await waitFor(() => expect(api.flags).toHaveBeenCalledWith('c1'));
    // What the inbox does with each `abuse:flagged` (components/Inbox.tsx).
    act(() => noteAbuseFlags([{ conversationId: 'c1', messageId: threat.id, seq: threat.seq, threat: true }]));
    expect(screen.getByText('너희 사무실 폭파시켜 버린다').className).toContain('blurred');
    expect(screen.getByRole('alert').textContent).toContain('Tell your supervisor now.');
  });

  it('blurs what the model flagged before the agent opened the conversation', async () => {
    const insult = entry(8, 'what a useless waste of oxygen you are');
    const api = flagsApi([{ conversationId: 'c2', messageId: insult.id, seq: insult.seq, threat: false }]);
    render(
      <>
        <AbuseBanner conversation={{ id: 'c2', locale: 'en', status: 'assigned' }} entries={[insult]} canEnd={false} api={api} />
        <ul>
          <MessageItem entry={insult} selfAgentId="a1" onRetry={() => {}} />
        </ul>
      </>,
    );
    await waitFor(() => expect(screen.getByText('what a useless waste of oxygen you are').className).toContain('blurred'));
    expect(screen.getByRole('alert').textContent).not.toContain('Tell your supervisor now.');
  });

  it('uses the site’s own words: an extra word is blurred, an allowed one is not', () => {
    setSiteAbuseLists({ extraWords: ['멍청이'], allowedWords: ['시발점'] });
    try {
      render(<MessageItem entry={entry(4, '진짜 멍청이네요')} selfAgentId="a1" onRetry={() => {}} />);
      render(<MessageItem entry={entry(5, '시발점이 어디예요?')} selfAgentId="a1" onRetry={() => {}} />);
      expect(screen.getByText('진짜 멍청이네요').className).toContain('blurred');
      expect(screen.getByText('시발점이 어디예요?').className).not.toContain('blurred');
    } finally {
      setSiteAbuseLists({});
    }
  });
});

describe('blocking an abusive visitor when ending politely', () => {
  const until = '2026-03-02T09:30:00.000Z';
  const fakeApi = (block: AbuseApi['block']): AbuseApi => ({
    settings: async () => ({ settings: { extraWords: [], allowedWords: [], escalateAfter: 3, breakAfter: 3, model: true, sensitivity: 'medium' as const }, editable: false }),
    updateSettings: async () => ({ settings: { extraWords: [], allowedWords: [], escalateAfter: 3, breakAfter: 3, model: true, sensitivity: 'medium' as const }, editable: true }),
    block,
    blocks: async () => ({ blocks: [] }),
    lift: async () => {},
    board: async () => ({ day: '2026-03-01', agents: [], escalations: [], breakAfter: 3 }),
    flags: async () => ({ flags: [] }),
  });

  it('sends the closing first, then blocks for the chosen time and says until when (Korean)', async () => {
    const calls: string[] = [];
    const end = vi.fn(async () => void calls.push('closing'));
    const block = vi.fn(async (conversationId: string, hours: number) => {
      calls.push(`block ${conversationId} ${hours}`);
      return { block: { id: 'b1', visitorId: 'v1', visitorName: null, conversationId, blockedBy: { id: 'a1', name: '민아' }, until, createdAt: until } };
    });
    render(
      <StringsContext.Provider value={stringsFor('ko')}>
        <AbuseBanner conversation={{ id: 'c1', locale: 'ko', status: 'assigned' }} entries={[entry(1, '닥쳐')]} canEnd onEndPolitely={end} api={fakeApi(block)} />
      </StringsContext.Provider>,
    );
    const choice = screen.getByRole('combobox', { name: '방문자 차단' });
    expect(within(choice).getAllByRole('option').map((option) => option.textContent)).toEqual(['차단하지 않음', '1시간', '24시간', '7일']);
    fireEvent.change(choice, { target: { value: '24' } });
    fireEvent.click(screen.getByRole('button', { name: '정중히 종료하기' }));
    expect((await screen.findByRole('status')).textContent).toMatch(/까지 방문자를 차단했습니다\.$/);
    expect(calls).toEqual(['closing', 'block c1 24']);
    expect(end).toHaveBeenCalledWith(politeClosing.ko);
  });

  it('does not block unless asked, and says so when blocking fails (English)', async () => {
    const block = vi.fn(async () => {
      throw new ParleyClientError('PARLEY_ERR_FORBIDDEN', 'only the conversation’s agent or a supervisor can block its visitor');
    });
    const end = vi.fn(async () => {});
    const { unmount } = render(<AbuseBanner conversation={{ id: 'c1', locale: 'en', status: 'assigned' }} entries={[entry(1, 'idiot')]} canEnd onEndPolitely={end} api={fakeApi(block)} />);
    fireEvent.click(screen.getByRole('button', { name: 'End politely' }));
    await waitFor(() => expect(end).toHaveBeenCalled());
    expect(block).not.toHaveBeenCalled();
    unmount();
    render(<AbuseBanner conversation={{ id: 'c1', locale: 'en', status: 'assigned' }} entries={[entry(1, 'idiot')]} canEnd onEndPolitely={end} api={fakeApi(block)} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Block the visitor' }), { target: { value: '168' } });
    fireEvent.click(screen.getByRole('button', { name: 'End politely' }));
    expect((await screen.findByText(/^That did not work:/)).closest('[role="alert"]')).toBeTruthy();
    expect(block).toHaveBeenCalledWith('c1', 168);
  });
});
