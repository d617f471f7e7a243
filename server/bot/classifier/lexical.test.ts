import { compact, dice, lexicalScores, profile, toJamo } from './lexical';

const intents = [
  { name: 'shipping', examples: ['배송 언제 와요?', '배송 조회', 'where is my order'] },
  { name: 'refund', examples: ['환불하고 싶어요', '환불', 'refund please'] },
  { name: 'hours', examples: ['영업시간', 'opening hours'] },
];
const best = (text: string) => [...lexicalScores(text, intents)].sort((a, b) => b[1] - a[1])[0]![0];

describe('lexical intent scoring', () => {
  it('normalises spacing, punctuation and case', () => {
    expect(compact(' 배송, 언제  와요?! ')).toBe('배송언제와요');
    expect(compact('Where IS my Order?')).toBe('whereismyorder');
  });

  it('decomposes Hangul into jamo', () => {
    expect(toJamo('환불')).toBe('ㅎㅘㄴㅂㅜㄹ');
  });

  it('matches short, unspaced and misspelled Korean', () => {
    expect(best('배송언제와요')).toBe('shipping');
    expect(best('환불 해주세요')).toBe('refund');
    expect(best('환뷸하고 싶어요')).toBe('refund');
    expect(best('영업 시간이 어떻게 돼요')).toBe('hours');
  });

  it('matches English phrasing and typos', () => {
    expect(best('wher is my ordr')).toBe('shipping');
    expect(best('can I get a refnd')).toBe('refund');
  });

  it('gives identical texts 1 and unrelated texts little', () => {
    expect(dice(profile('환불'), profile('환불'))).toBe(1);
    expect(Math.max(...lexicalScores('purple elephants dance', intents).values())).toBeLessThan(0.35);
  });
});
