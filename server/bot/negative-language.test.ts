import { isNegativeOrAbusive } from './negative-language';

describe('negative or abusive language', () => {
  it.each(['진짜 짜증나네요', '이거 완전 사기꾼 아니에요?', 'this is the worst service', 'WHY IS NOTHING WORKING', 'hello???!!'])('flags "%s"', (text) => {
    expect(isNegativeOrAbusive(text)).toBe(true);
  });

  it.each(['배송 언제 와요?', '환불하고 싶어요', 'Where is my order?', 'OK', 'Thanks!'])('lets "%s" pass', (text) => {
    expect(isNegativeOrAbusive(text)).toBe(false);
  });
});
