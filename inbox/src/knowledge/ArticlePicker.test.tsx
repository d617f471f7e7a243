import { fireEvent, render, screen, within } from '@testing-library/preact';
import type { ArticleHit } from '../../../shared/knowledge';
import { Composer } from '../components/Composer';
import { StringsContext, stringsFor } from '../i18n';
import { KnowledgeApiContext } from './knowledge-api';

const hit: ArticleHit = { id: 'a1', title: '니트 세탁 방법', snippet: '찬물에 손세탁해 주세요.', url: '/kb/s1/a1', score: 0.61 };

function renderComposer(locale: 'en' | 'ko' = 'en', hits: ArticleHit[] = [hit]) {
  const search = vi.fn(async (_query: string) => hits);
  const onSend = vi.fn();
  render(
    <StringsContext.Provider value={stringsFor(locale)}>
      <KnowledgeApiContext.Provider value={{ search }}>
        <Composer onSend={onSend} disabled={false} />
      </KnowledgeApiContext.Provider>
    </StringsContext.Provider>,
  );
  return { search, onSend };
}

describe('inserting a help article link from the composer', () => {
  it('searches published articles and appends the chosen one’s title and full page address to the draft', async () => {
    const { search } = renderComposer();
    const reply = screen.getByRole('textbox', { name: 'Reply' }) as HTMLTextAreaElement;
    fireEvent.input(reply, { target: { value: '이 문서를 참고해 주세요:' } });
    fireEvent.click(screen.getByRole('button', { name: 'Insert article link' }));
    const picker = screen.getByRole('group', { name: 'Insert article link' });
    fireEvent.input(within(picker).getByRole('searchbox', { name: 'Search help articles' }), { target: { value: '세탁' } });
    fireEvent.keyDown(within(picker).getByRole('searchbox', { name: 'Search help articles' }), { key: 'Enter' });
    fireEvent.click(await within(picker).findByRole('button', { name: 'Insert link to 니트 세탁 방법' }));
    expect(search).toHaveBeenCalledWith('세탁');
    expect(reply.value).toBe(`이 문서를 참고해 주세요: 니트 세탁 방법 ${window.location.origin}/kb/s1/a1`);
    expect(screen.queryByRole('group', { name: 'Insert article link' })).toBeNull();
  });

  it('says so when nothing matches, in Korean too', async () => {
    renderComposer('ko', []);
    fireEvent.click(screen.getByRole('button', { name: '도움말 링크 넣기' }));
    fireEvent.input(screen.getByRole('searchbox', { name: '도움말 문서 검색' }), { target: { value: '없는 주제' } });
    fireEvent.click(screen.getByRole('button', { name: '찾기' }));
    expect(await screen.findByText('맞는 게시 문서가 없습니다.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '도움말 검색 닫기' }));
    expect(screen.getByRole('button', { name: '도움말 링크 넣기' })).toBeTruthy();
  });

  it('offers no picker without the knowledge base, and a disabled one while writing a note', () => {
    const { unmount } = render(<Composer onSend={() => {}} disabled={false} />);
    expect(screen.queryByRole('button', { name: 'Insert article link' })).toBeNull();
    unmount();
    render(
      <KnowledgeApiContext.Provider value={{ search: async () => [] }}>
        <Composer onSend={() => {}} disabled={true} notesAllowed={true} />
      </KnowledgeApiContext.Provider>,
    );
    expect((screen.getByRole('button', { name: 'Insert article link' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
