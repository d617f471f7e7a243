import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import type { Article, ArticleInput } from '../../../shared/knowledge';
import { StringsContext, stringsFor } from '../i18n';
import { ParleyClientError } from '../lib/errors';
import type { KnowledgeApi } from './knowledge-api';
import { KnowledgeAdmin } from './KnowledgeAdmin';

const SITE = '64b7f0c2a1b2c3d4e5f60718';
const washing: Article = { id: 'a1', title: '니트 세탁 방법', body: '찬물에 <b>손세탁</b>해 주세요.', tags: ['care'], locale: 'ko', published: true, updatedAt: '2026-01-01T00:00:00.000Z' };
const draft: Article = { id: 'a2', title: 'Gift cards', body: 'They never expire.', tags: [], locale: 'en', published: false, updatedAt: '2026-01-01T00:00:00.000Z' };

function fakeApi() {
  let articles = [washing, draft];
  const created: ArticleInput[] = [];
  const updated: { id: string; input: ArticleInput }[] = [];
  const removed: string[] = [];
  const api: KnowledgeApi = {
    list: async () => ({ articles, siteId: SITE, thresholds: { minSimilarity: 0.38, minCoverage: 0.5, mode: 'semantic' } }),
    create: async (input) => {
      created.push(input);
      if (input.title === 'taken') throw new ParleyClientError('PARLEY_ERR_INVALID_PAYLOAD', 'a site keeps at most 200 articles');
      const article: Article = { id: `a${articles.length + 1}`, title: input.title, body: input.body, tags: input.tags ?? [], locale: input.locale, published: input.published ?? false, updatedAt: '2026-01-02T00:00:00.000Z' };
      articles = [article, ...articles];
      return article;
    },
    update: async (id, input) => {
      updated.push({ id, input });
      const article = { ...articles.find((other) => other.id === id)!, ...input, tags: input.tags ?? [], published: input.published ?? false };
      articles = articles.map((other) => (other.id === id ? article : other));
      return article;
    },
    remove: async (id) => {
      removed.push(id);
      articles = articles.filter((other) => other.id !== id);
    },
    search: async () => [],
  };
  return { api, created, updated, removed };
}

const type = (form: HTMLElement, name: RegExp, value: string) => fireEvent.input(within(form).getByRole('textbox', { name }), { target: { value } });

describe('the knowledge base screen', () => {
  it('lists articles with their state, body as plain text, and a link to each published page', async () => {
    render(<KnowledgeAdmin api={fakeApi().api} onClose={() => {}} />);
    const list = await screen.findByRole('list', { name: 'Articles' });
    expect(within(list).getByText('찬물에 <b>손세탁</b>해 주세요.')).toBeTruthy();
    expect(list.querySelector('b')).toBeNull();
    expect(within(list).getByRole('link', { name: 'View 니트 세탁 방법' }).getAttribute('href')).toBe(`/kb/${SITE}/a1`);
    expect(within(list).queryByRole('link', { name: 'View Gift cards' })).toBeNull();
    expect(within(list).getByText(/Draft/)).toBeTruthy();
    expect(screen.getByText(/reaches a similarity of 0\.38/)).toBeTruthy();
  });

  it('creates an article from the form, tags split at commas', async () => {
    const fake = fakeApi();
    render(<KnowledgeAdmin api={fake.api} onClose={() => {}} />);
    const form = await screen.findByRole('form', { name: 'New article' });
    type(form, /^Title/, 'Store pickup');
    type(form, /^Body/, 'Pick up your order in a store.');
    type(form, /^Tags/, 'pickup, store ,');
    fireEvent.change(within(form).getByRole('combobox', { name: 'Language' }), { target: { value: 'en' } });
    fireEvent.click(within(form).getByRole('checkbox', { name: /Published/ }));
    fireEvent.click(within(form).getByRole('button', { name: 'Create article' }));
    await screen.findByText('Created "Store pickup".');
    expect(fake.created).toEqual([{ title: 'Store pickup', body: 'Pick up your order in a store.', tags: ['pickup', 'store'], locale: 'en', published: true }]);
    expect(within(screen.getByRole('list', { name: 'Articles' })).getByRole('heading', { name: 'Store pickup' })).toBeTruthy();
  });

  it('shows the server’s refusal in the form', async () => {
    render(<KnowledgeAdmin api={fakeApi().api} onClose={() => {}} />);
    const form = await screen.findByRole('form', { name: 'New article' });
    type(form, /^Title/, 'taken');
    type(form, /^Body/, 'x');
    fireEvent.click(within(form).getByRole('button', { name: 'Create article' }));
    expect(await within(form).findByRole('alert')).toBeTruthy();
  });

  it('edits, publishes and deletes (after confirming) an article', async () => {
    const fake = fakeApi();
    render(<KnowledgeAdmin api={fake.api} onClose={() => {}} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Publish Gift cards' }));
    await screen.findByRole('button', { name: 'Unpublish Gift cards' });
    expect(fake.updated[0]).toMatchObject({ id: 'a2', input: { published: true, title: 'Gift cards' } });

    fireEvent.click(screen.getByRole('button', { name: 'Edit 니트 세탁 방법' }));
    const edit = screen.getByRole('form', { name: 'Edit article 니트 세탁 방법' });
    type(edit, /^Title/, '니트 관리 방법');
    fireEvent.click(within(edit).getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved "니트 관리 방법".');
    expect(fake.updated[1]).toMatchObject({ id: 'a1', input: { title: '니트 관리 방법', tags: ['care'], locale: 'ko', published: true } });

    fireEvent.click(screen.getByRole('button', { name: 'Delete Gift cards' }));
    expect(fake.removed).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Confirm delete Gift cards' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Gift cards' })).toBeNull());
    expect(fake.removed).toEqual(['a2']);
  });

  it('speaks Korean', async () => {
    render(
      <StringsContext.Provider value={stringsFor('ko')}>
        <KnowledgeAdmin api={fakeApi().api} onClose={() => {}} />
      </StringsContext.Provider>,
    );
    expect(screen.getByRole('heading', { name: '도움말 문서' })).toBeTruthy();
    const list = await screen.findByRole('list', { name: '문서 목록' });
    expect(within(list).getByRole('button', { name: 'Gift cards 게시' })).toBeTruthy();
    expect(within(screen.getByRole('form', { name: '새 문서' })).getByRole('button', { name: '문서 만들기' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '대화 목록으로 돌아가기' })).toBeTruthy();
  });
});
