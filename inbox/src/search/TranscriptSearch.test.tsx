import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import type { Conversation } from '../../../shared/domain';
import type { ConversationSearchResult, Transcript } from '../../../shared/http';
import type { ConversationSearch } from '../../../shared/schemas';
import { ParleyClientError } from '../lib/errors';
import { agentMina, assignedTo, conversation, message } from '../testing/fixtures';
import type { SearchApi } from './search-api';
import { TranscriptSearch } from './TranscriptSearch';

const refund = conversation({ visitorName: 'Hana', status: 'closed', tags: ['refund', 'vip'], lastMessagePreview: 'Thanks, refund received', updatedAt: '2025-03-04T10:00:00.000Z' });
const shipping = conversation({ visitorName: 'Seo', lastMessagePreview: null, ...assignedTo(agentMina) });

/** A server with `total` matches, answering pages of two; its cursors are "p2", "p3", … */
function fakeSearchApi(total = 5, pageOf: (page: number) => Conversation[] = () => [refund, shipping]) {
  const searches: ConversationSearch[] = [];
  const transcripts: string[] = [];
  const api: SearchApi = {
    search: vi.fn(async (query: ConversationSearch): Promise<ConversationSearchResult> => {
      searches.push(query);
      const page = query.cursor ? Number(query.cursor.slice(1)) : 1;
      const pages = Math.ceil(total / 2);
      return { conversations: total === 0 ? [] : pageOf(page), nextCursor: page < pages ? `p${page + 1}` : null };
    }),
    transcript: vi.fn(async (conversationId: string): Promise<Transcript> => {
      transcripts.push(conversationId);
      return {
        conversation: refund,
        messages: [
          message({ conversationId, seq: 1, text: 'I want a <b>refund</b> for order 1234' }),
          message({ conversationId, seq: 2, author: { kind: 'agent', id: agentMina.id, name: 'Mina' }, text: 'Refund sent.' }),
        ],
        hasOlder: false,
      };
    }),
  };
  return { api, searches, transcripts };
}

const search = () => fireEvent.click(screen.getByRole('button', { name: 'Search' }));

describe('transcript search', () => {
  it('sends the words, email, tag and page and shows each result’s visitor, status, tags, last message and date', async () => {
    const { api, searches } = fakeSearchApi();
    render(<TranscriptSearch api={api} selfAgentId={agentMina.id} onClose={() => {}} pageSize={2} />);
    fireEvent.input(screen.getByRole('searchbox', { name: 'Words in the conversation' }), { target: { value: 'refund' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Visitor email' }), { target: { value: 'hana@example.com' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Tag' }), { target: { value: 'vip' } });
    search();

    const results = await screen.findByRole('table', { name: 'Search results' });
    expect(searches).toEqual([{ q: 'refund', email: 'hana@example.com', tag: 'vip', cursor: undefined, pageSize: 2 }]);
    const hana = within(results).getByRole('row', { name: /Hana/ });
    expect(hana.textContent).toContain('closed');
    expect(hana.textContent).toContain('refund');
    expect(hana.textContent).toContain('vip');
    expect(hana.textContent).toContain('Thanks, refund received');
    expect(within(hana).getByText(/2025/).getAttribute('datetime')).toBe('2025-03-04T10:00:00.000Z');
    expect(within(results).getByRole('row', { name: /Seo/ }).textContent).toContain('No messages yet');
    expect(screen.getByRole('status').textContent).toBe('Showing 2 conversations.');
  });

  it('asks the server for the next page with the same filters and says where the reader is', async () => {
    const { api, searches } = fakeSearchApi(5);
    render(<TranscriptSearch api={api} selfAgentId={agentMina.id} onClose={() => {}} pageSize={2} />);
    fireEvent.input(screen.getByRole('textbox', { name: 'Tag' }), { target: { value: 'vip' } });
    search();
    expect(await screen.findByText('Page 1')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Previous page' }) as HTMLButtonElement).disabled).toBe(true);

    // Paging repeats the search that was made, not what is being typed meanwhile.
    fireEvent.input(screen.getByRole('textbox', { name: 'Tag' }), { target: { value: 'draft' } });
    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('Page 2')).toBeTruthy();
    expect(searches[1]).toEqual({ tag: 'vip', q: '', email: '', cursor: 'p2', pageSize: 2 });

    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('Page 3')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Next page' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Previous page' }));
    await waitFor(() => expect(searches.map((query) => query.cursor)).toEqual([undefined, 'p2', 'p3', 'p2']));
  });

  it('opens a result’s full transcript read-only, with messages as text, and goes back to the results', async () => {
    const { api, transcripts } = fakeSearchApi();
    render(<TranscriptSearch api={api} selfAgentId={agentMina.id} onClose={() => {}} />);
    search();
    fireEvent.click(await screen.findByRole('button', { name: 'Open transcript with Hana' }));

    const transcript = await screen.findByRole('article', { name: 'Transcript with Hana' });
    expect(transcripts).toEqual([refund.id]);
    const lines = within(transcript).getAllByRole('listitem');
    expect(lines.map((line) => line.querySelector('.message-text')?.textContent)).toEqual(['I want a <b>refund</b> for order 1234', 'Refund sent.']);
    expect(transcript.querySelector('b')).toBeNull();
    expect(within(transcript).queryByRole('textbox')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(within(transcript).getByRole('heading', { name: 'Conversation with Hana' })));

    fireEvent.click(screen.getByRole('button', { name: 'Back to results' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Open transcript with Hana' })));
  });

  it('says plainly when nothing matches', async () => {
    const { api } = fakeSearchApi(0);
    render(<TranscriptSearch api={api} selfAgentId={agentMina.id} onClose={() => {}} />);
    fireEvent.input(screen.getByRole('searchbox', { name: 'Words in the conversation' }), { target: { value: 'nothing like this' } });
    search();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('No conversation matches this search. Try fewer or other words.'));
    expect(screen.queryByRole('table', { name: 'Search results' })).toBeNull();
    expect(screen.queryByRole('navigation', { name: 'Result pages' })).toBeNull();
  });

  it('shows why a search or a transcript failed', async () => {
    const { api } = fakeSearchApi();
    vi.mocked(api.search).mockRejectedValueOnce(new ParleyClientError('network', 'Parley cannot be reached'));
    vi.mocked(api.transcript).mockRejectedValueOnce(new ParleyClientError('PARLEY_ERR_CONVERSATION_NOT_FOUND', 'no such conversation on your site'));
    render(<TranscriptSearch api={api} selfAgentId={agentMina.id} onClose={() => {}} />);

    search();
    expect((await screen.findByRole('alert')).textContent).toBe('The search failed: Parley cannot be reached. Check your connection.');
    search();
    fireEvent.click(await screen.findByRole('button', { name: 'Open transcript with Hana' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The transcript could not be loaded: no such conversation on your site');
  });
});
