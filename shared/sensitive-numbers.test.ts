import { containsSensitiveNumber, findSensitiveNumbers, maskSensitiveNumbers, type SensitiveKind } from './sensitive-numbers';

/** Each sentence holds exactly one number of its kind, written the way customers write it. */
const positives: [SensitiveKind, string, string][] = [
  ['rrn', '제 주민등록번호는 900101-1234567 입니다.', '제 주민등록번호는 900101-1****** 입니다.'],
  ['rrn', '본인 확인용으로 850315 - 2345678 보내드려요', '본인 확인용으로 850315 - 2****** 보내드려요'],
  ['rrn', '주민번호 9001011234567 맞나요?', '주민번호 9001011****** 맞나요?'],
  ['rrn', 'My resident registration number is 020304-3123456, is that enough?', 'My resident registration number is 020304-3******, is that enough?'],
  ['rrn', 'here you go 8503152345678 thanks', 'here you go 8503152****** thanks'],
  ['card', '카드번호 4111-1111-1111-1111 로 결제했어요', '카드번호 ****-****-****-1111 로 결제했어요'],
  ['card', '결제한 건 5500 0000 0000 0004 이고 유효기간은 12/27 입니다', '결제한 건 **** **** **** 0004 이고 유효기간은 12/27 입니다'],
  ['card', 'My card is 4111111111111111, please refund it', 'My card is ************1111, please refund it'],
  ['card', 'amex 3782 822463 10005 was charged twice', 'amex **** ****** *0005 was charged twice'],
  ['card', '국내 카드 9410 1234 5678 9051 으로 했습니다', '국내 카드 **** **** **** 9051 으로 했습니다'],
  ['account', '환불은 국민은행 123456-12-123456 으로 부탁드려요', '환불은 국민은행 ******-**-**3456 으로 부탁드려요'],
  ['account', '신한 110-123-456789 예금주 홍길동입니다', '신한 ***-***-**6789 예금주 홍길동입니다'],
  ['account', '하나 123-456789-12345 로 보내 주세요', '하나 ***-******-*2345 로 보내 주세요'],
  ['account', '환불 계좌번호 12345678901234 입니다', '환불 계좌번호 **********1234 입니다'],
  ['account', 'Please refund to my bank account 1002-123-456789.', 'Please refund to my bank account ****-***-**6789.'],
  ['phone', '연락은 010-1234-5678 로 주세요', '연락은 010-****-5678 로 주세요'],
  ['phone', '01012345678 번으로 전화 부탁드립니다', '010****5678 번으로 전화 부탁드립니다'],
  ['phone', '사무실은 02-123-4567 입니다', '사무실은 02-***-4567 입니다'],
  ['phone', '경기 지점 031-1234-5678 로 연락 주세요', '경기 지점 031-****-5678 로 연락 주세요'],
  ['phone', 'Call me at +82 10-1234-5678 after 6pm', 'Call me at +82 **-****-5678 after 6pm'],
  ['phone', 'my office is +82-2-123-4567', 'my office is +82-*-***-4567'],
];

/** Messages agents read every day: none of their numbers is sensitive. */
const ordinary = [
  '주문번호 2024112300123 배송 언제 오나요?',
  '주문번호: 2411231012345 인데 아직 못 받았어요',
  'order #100234 has not arrived yet',
  'My order number is 2411231012345 and it is late',
  '운송장 번호 6865012345678 조회가 안 돼요',
  'CJ대한통운 송장 1234-5678-9012 입니다',
  'tracking number 1Z999AA10123456784, please check',
  'tracking 612345678901 shows no movement',
  '가격이 39,900원인데 쿠폰 적용하면 35,910원 맞나요?',
  '2024-11-23 14:30에 주문했어요',
  '2024.11.23에 결제했고 11월 30일까지 반품 가능하다고 들었어요',
  'The price was $1,299.99 for order 20241123-0001',
  '고객센터 1588-1234 연결이 안 돼요',
  '사이즈 270mm, 수량 2개, 색상 3번으로 바꿔 주세요',
  '모델명 SM-G991N 시리얼 R58R123456A 입니다',
  '쿠폰 코드 2024-1123-5678 이 적용되지 않아요',
  'receipt 12345678 dated 2024/11/23, total 45000 won',
  'ISBN 978-89-1234-567-8 책 재고 있나요?',
  '사업자등록번호 123-45-67890 으로 세금계산서 부탁드려요',
  'I was charged 3 times: 12000, 12000 and 12000',
  '예약번호 5512345678901234 로 확인 부탁드립니다',
  '상품번호 4111111111111111 재입고 언제 되나요?',
  '1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16',
  'Version 10.15.7 on build 20231123',
];

describe('sensitive numbers', () => {
  it.each(positives)('finds the %s in “%s” and masks it', (kind, sentence, masked) => {
    const spans = findSensitiveNumbers(sentence);
    expect(spans.map((span) => span.kind)).toEqual([kind]);
    expect(maskSensitiveNumbers(sentence)).toBe(masked);
    expect(containsSensitiveNumber(sentence)).toBe(true);
  });

  it.each(ordinary)('leaves the ordinary message “%s” alone', (sentence) => {
    expect(findSensitiveNumbers(sentence)).toEqual([]);
    expect(maskSensitiveNumbers(sentence)).toBe(sentence);
  });

  it('finds every number of a message, each with its own span', () => {
    const text = '카드 4111 1111 1111 1111 10000원 결제, 연락처 010-9876-5432, 주민 900101-2345678';
    const spans = findSensitiveNumbers(text);
    expect(spans.map((span) => [span.kind, text.slice(span.start, span.end)])).toEqual([
      ['card', '4111 1111 1111 1111'],
      ['phone', '010-9876-5432'],
      ['rrn', '900101-2345678'],
    ]);
    expect(maskSensitiveNumbers(text)).toBe('카드 **** **** **** 1111 10000원 결제, 연락처 010-****-5432, 주민 900101-2******');
  });

  it('rejects what only looks like a card or an RRN', () => {
    // One digit off fails Luhn; 13 February 30th is no birthday; gender digit 9 is not issued.
    expect(findSensitiveNumbers('card 4111-1111-1111-1112')).toEqual([]);
    expect(findSensitiveNumbers('900230-1234567')).toEqual([]);
    expect(findSensitiveNumbers('900101-9234567')).toEqual([]);
    // Bare 13 digits with a wrong check digit and no word saying what they are.
    expect(findSensitiveNumbers('9001011234567')).toEqual([]);
  });
});
