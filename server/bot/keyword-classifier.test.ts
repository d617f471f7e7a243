import { createKeywordClassifier, normalise, scoreKeywords } from './keyword-classifier';
import { seedIntents, TALK_TO_HUMAN } from './seed-intents';

describe('keyword intent matching', () => {
  it('ignores spacing and punctuation, so "영업 시간" matches "영업시간이 어떻게 되나요?"', () => {
    expect(normalise('영업 시간, 알려주세요!')).toBe('영업시간알려주세요');
    expect(scoreKeywords('영업시간이 어떻게 되나요?', seedIntents)[0]?.name).toBe('business_hours');
  });

  it('recognises a request for a human in Korean and English', () => {
    expect(scoreKeywords('상담원 연결해 주세요', seedIntents)[0]?.name).toBe(TALK_TO_HUMAN);
    expect(scoreKeywords('Can I talk to a human please', seedIntents)[0]?.name).toBe(TALK_TO_HUMAN);
  });

  it('ranks the intent whose phrase covers more of the message first', () => {
    const ranked = scoreKeywords('refund for shipping damage', [
      { name: 'a', examples: ['refund'] },
      { name: 'b', examples: ['refund for shipping'] },
    ]);
    expect(ranked.map((r) => r.name)).toEqual(['b', 'a']);
  });

  it('returns no best intent when nothing matches', async () => {
    const result = await createKeywordClassifier().classify('purple elephants', seedIntents);
    expect(result).toEqual({ best: null, ranked: [], mode: 'lexical' });
  });
});
