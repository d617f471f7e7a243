import { clusterQuestions, clusterQuestionsAsync, cosine, ngrams, type ClusterInput } from './clustering';

const vec = (...values: number[]) => Float32Array.from(values);
const q = (id: string, text: string, at: number, vector: Float32Array | null = null): ClusterInput => ({ id, text, at, vector });

describe('clusterQuestions by meaning (vectors)', () => {
  it('groups questions whose vectors are close and puts the most frequent cluster first', () => {
    const clusters = clusterQuestions([
      q('a1', '반품 주소가 어디예요', 1, vec(1, 0, 0)),
      q('b1', 'do you ship to Japan', 2, vec(0, 1, 0)),
      q('a2', '반품은 어디로 보내나요', 3, vec(0.95, 0.1, 0)),
      q('a3', 'where do I send returns', 4, vec(0.9, 0, 0.1)),
      q('b2', 'shipping to Japan?', 5, vec(0.1, 0.97, 0)),
      q('c1', 'gift cards', 6, vec(0, 0, 1)),
    ]);
    expect(clusters.map((cluster) => cluster.ids)).toEqual([['a1', 'a2', 'a3'], ['b1', 'b2'], ['c1']]);
    expect(clusters[0]).toMatchObject({ count: 3, lastAt: 4, mode: 'semantic' });
    // The question that formed the cluster first, then the others newest first.
    expect(clusters[0]!.samples).toEqual(['반품 주소가 어디예요', 'where do I send returns', '반품은 어디로 보내나요']);
  });

  it('keeps unrelated questions apart at the threshold and orders ties by the newest question', () => {
    const clusters = clusterQuestions([q('x', 'one', 1, vec(1, 0)), q('y', 'two', 2, vec(0.5, 0.866))], { semanticThreshold: 0.6 });
    expect(clusters.map((cluster) => cluster.ids)).toEqual([['y'], ['x']]);
    expect(clusterQuestions([q('x', 'one', 1, vec(1, 0)), q('y', 'two', 2, vec(0.5, 0.866))], { semanticThreshold: 0.5 })).toHaveLength(1);
  });

  it('lists each distinct text once among the samples and caps them', () => {
    const many = Array.from({ length: 8 }, (_, i) => q(`m${i}`, i < 3 ? 'same words' : `variant ${i}`, i, vec(1, 0)));
    const [cluster] = clusterQuestions(many, { samples: 4 });
    expect(cluster!.count).toBe(8);
    expect(cluster!.samples).toEqual(['same words', 'variant 7', 'variant 6', 'variant 5']);
  });

  it('clusters the same when it yields to the event loop between slices', async () => {
    const many = Array.from({ length: 120 }, (_, i) => q(`n${i}`, `t${i}`, i, i % 3 === 0 ? vec(1, 0, 0) : i % 3 === 1 ? vec(0, 1, 0) : vec(0, 0, 1)));
    const clusters = await clusterQuestionsAsync(many);
    expect(clusters).toEqual(clusterQuestions(many));
    expect(clusters.map((cluster) => cluster.count)).toEqual([40, 40, 40]);
  });

  it('gives the same clusters whatever order the store returned them in', () => {
    const input = [q('a', 'a', 1, vec(1, 0)), q('b', 'b', 2, vec(0.7, 0.71)), q('c', 'c', 3, vec(0, 1))];
    expect(clusterQuestions([...input].reverse())).toEqual(clusterQuestions(input));
  });
});

describe('clusterQuestions by words (no model)', () => {
  it('groups rewordings that share most characters, in Korean and English', () => {
    const clusters = clusterQuestions([
      q('k1', '포인트 적립은 언제 되나요?', 1),
      q('e1', 'Can I pay with PayPal?', 2),
      q('k2', '포인트 적립 언제 되나요', 3),
      q('e2', 'can i pay with paypal', 4),
      q('k3', '포인트는 언제 적립되나요', 5),
      q('z1', '매장 주차 가능한가요', 6),
    ]);
    expect(clusters.map((cluster) => cluster.ids)).toEqual([['k1', 'k2', 'k3'], ['e1', 'e2'], ['z1']]);
    expect(clusters.every((cluster) => cluster.mode === 'lexical')).toBe(true);
  });

  it('falls back to words for all when any question lacks a vector', () => {
    const clusters = clusterQuestions([q('a', 'refund please', 1, vec(1, 0)), q('b', 'refund please!', 2, null)]);
    expect(clusters).toEqual([expect.objectContaining({ ids: ['a', 'b'], mode: 'lexical' })]);
  });

  it('returns nothing for no questions', () => {
    expect(clusterQuestions([])).toEqual([]);
  });
});

describe('similarity', () => {
  it('scores identical n-gram bags 1 and disjoint ones 0', () => {
    expect(cosine(ngrams('배송 조회'), ngrams('배송 조회'))).toBeCloseTo(1);
    expect(cosine(ngrams('배송'), ngrams('refund'))).toBe(0);
    expect(cosine(vec(1, 0), vec(0, 0))).toBe(0);
  });
});
