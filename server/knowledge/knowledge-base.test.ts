/** The knowledge base's search over in-memory articles, lexically (no model): caching, edits and the bot's time budget. */
import type { Article } from '../../shared/knowledge';
import { createMemoryEmbeddingStore } from '../bot/classifier/embedding-store';
import type { ArticleRepository } from './article.repository';
import { createKnowledgeBase } from './knowledge-base';

const article = (id: string, title: string, body: string): Article => ({ id: id.padStart(24, '0'), title, body, tags: [], locale: 'ko', published: true, updatedAt: '2026-01-01T00:00:00.000Z' });
const washing = article('1', '니트 세탁 방법', '울 니트는 찬물에 중성세제로 손세탁해 주세요.');
const pickup = article('2', '매장 픽업 안내', '온라인으로 주문하신 상품을 가까운 매장에서 직접 받으실 수 있습니다.');

function repository(initial: Article[]) {
  let published = initial;
  let reads = 0;
  const articles = { listPublished: async () => (reads++, published) } as unknown as ArticleRepository;
  return { articles, set: (next: Article[]) => (published = next), reads: () => reads };
}

it('offers the matching article with its page and passage, and nothing for an off-topic question', async () => {
  const kb = createKnowledgeBase({ articles: repository([washing, pickup]).articles, embedder: null, store: createMemoryEmbeddingStore() });
  expect(await kb.offer('s1', '니트 손세탁 해도 되나요')).toEqual([{ id: washing.id, title: '니트 세탁 방법', snippet: washing.body, url: `/kb/s1/${washing.id}` }]);
  expect(await kb.offer('s1', '오늘 저녁 메뉴 좀 추천해 주세요')).toEqual([]);
});

it('reads a site’s articles once while they are fresh, and again at once after an edit', async () => {
  const repo = repository([washing]);
  const kb = createKnowledgeBase({ articles: repo.articles, embedder: null, store: createMemoryEmbeddingStore() });
  await kb.search('s1', '니트 세탁');
  await kb.search('s1', '니트 세탁');
  expect(repo.reads()).toBe(1);
  repo.set([washing, pickup]);
  kb.changed('s1');
  expect((await kb.search('s1', '매장 픽업 안내', { strict: false })).map((hit) => hit.title)).toContain('매장 픽업 안내');
  expect(repo.reads()).toBe(2);
});

it('answers the bot within its budget: a site still being indexed offers nothing rather than keep the visitor waiting', async () => {
  const slow = { listPublished: () => new Promise<Article[]>(() => {}) } as unknown as ArticleRepository;
  const kb = createKnowledgeBase({ articles: slow, embedder: null, store: createMemoryEmbeddingStore(), offerBudgetMs: 30 });
  const started = Date.now();
  expect(await kb.offer('s1', '니트 세탁')).toEqual([]);
  expect(Date.now() - started).toBeLessThan(1_000);
});
