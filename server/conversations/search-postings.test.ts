import { grams, normalise, queryGrams, weekOf } from './search-postings';

it('ignores spaces, punctuation and case, and folds compatibility forms', () => {
  expect(normalise('배송지 변경, 부탁드려요!')).toBe('배송지변경부탁드려요');
  expect(normalise('Shipping  ADDRESS?')).toBe('shippingaddress');
  expect(normalise('ＡＢＣ１２３')).toBe('abc123');
});

it('makes the bigrams and trigrams a message is found by', () => {
  expect(grams('배송 지', 2)).toEqual(['배송', '송지']);
  expect(grams('배송지변경', 3)).toEqual(['배송지', '송지변', '지변경']);
  expect(grams('a', 2)).toEqual(['a']);
  expect(grams('ab', 3)).toEqual(['ab']);
});

it('asks for the trigrams of a longer query and the bigram of a two-character one', () => {
  expect(queryGrams('배송지변경')).toEqual(['배송지', '송지변', '지변경']);
  expect(queryGrams('환 불')).toEqual(['환불']);
  expect(queryGrams('  ')).toEqual([]);
  // Every trigram of "배송지 변경" is among the message's own: the query finds it.
  const message = new Set(grams('배송지 변경하고 싶어요', 3));
  expect(queryGrams('배송지변경').every((gram) => message.has(gram))).toBe(true);
});

it('puts a whole week in one bucket', () => {
  const monday = new Date('2026-11-30T00:00:00Z');
  expect(weekOf(new Date(monday.getTime() + 86_400_000))).toBe(weekOf(new Date(monday.getTime() + 2 * 86_400_000)));
  expect(weekOf(new Date(monday.getTime() + 8 * 86_400_000))).toBe(weekOf(monday) + 1);
});
