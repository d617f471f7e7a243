import { cosine, lexicalCoverage, rankArticles } from './ranking';

describe('cosine', () => {
  it('is 1 for the same direction, 0 for orthogonal or empty vectors', () => {
    expect(cosine(Float32Array.from([1, 2]), Float32Array.from([2, 4]))).toBeCloseTo(1);
    expect(cosine(Float32Array.from([1, 0]), Float32Array.from([0, 3]))).toBe(0);
    expect(cosine(Float32Array.from([0, 0]), Float32Array.from([1, 1]))).toBe(0);
  });
});

describe('lexicalCoverage', () => {
  it('is high when the passage holds the question’s words, low for an unrelated question', () => {
    const passage = '매장 픽업 안내 온라인으로 주문하신 상품을 가까운 매장에서 직접 받으실 수 있습니다.';
    expect(lexicalCoverage('매장 픽업', passage)).toBe(1);
    expect(lexicalCoverage('매장에서 픽업 받을 수 있나요', passage)).toBeGreaterThan(0.6);
    expect(lexicalCoverage('오늘 저녁 메뉴 좀 추천해 주세요', passage)).toBeLessThan(0.2);
    expect(lexicalCoverage('?!', passage)).toBe(0);
  });
});

describe('rankArticles', () => {
  const passages = [
    { articleId: 'wash', text: 'hand wash', score: 0.55 },
    { articleId: 'wash', text: 'dry flat', score: 0.61 },
    { articleId: 'pickup', text: 'pick up in store', score: 0.52 },
    { articleId: 'gift', text: 'gift cards', score: 0.2 },
  ];

  it('scores an article by its best passage and offers at most two above the bar, best first', () => {
    expect(rankArticles(passages, 0.4)).toEqual([
      { articleId: 'wash', score: 0.61, passage: 'dry flat' },
      { articleId: 'pickup', score: 0.52, passage: 'pick up in store' },
    ]);
    expect(rankArticles(passages, 0.4, 1)).toHaveLength(1);
  });

  it('offers nothing when no passage reaches the bar (an off-topic question)', () => {
    expect(rankArticles(passages, 0.7)).toEqual([]);
  });

  it('shows a clear winner alone: a runner-up far behind is left out', () => {
    expect(rankArticles(passages, 0.4, 2, 0.05).map((article) => article.articleId)).toEqual(['wash']);
  });
});
