/**
 * The customer-service intents every new site starts with, Korean and English.
 * Korean answers are in polite register (합쇼체/해요체, "고객님"). Admins edit them in the inbox.
 */
import type { Intent } from './intent.repository';

export const TALK_TO_HUMAN = 'talk_to_human';

type SeedIntent = Omit<Intent, 'siteId'>;

const intent = (name: string, examples: string[], ko: string, en: string, related: string[] = [], extra: Partial<SeedIntent> = {}): SeedIntent => ({
  name,
  examples,
  answer: { ko, en },
  handoff: false,
  related,
  team: null,
  ...extra,
});

/** What visitors see on quick replies and agents on the handoff card: short, natural names, never example fragments. */
const DISPLAY_NAMES: Record<string, [ko: string, en: string]> = {
  greeting: ['인사', 'Greeting'],
  business_hours: ['상담 운영 시간', 'Business hours'],
  shipping: ['배송 안내', 'Shipping'],
  delivery_delay: ['배송 지연 문의', 'Late delivery'],
  refund: ['환불 안내', 'Refunds'],
  exchange: ['교환 안내', 'Exchanges'],
  order_cancel: ['주문 취소', 'Cancel an order'],
  address_change: ['배송지 변경', 'Change the address'],
  damaged_item: ['파손·불량 상품', 'Damaged item'],
  password_reset: ['비밀번호 재설정', 'Reset my password'],
  payment_methods: ['결제 수단', 'Payment methods'],
  thanks_bye: ['감사 인사', 'Thanks and goodbye'],
  coupon: ['쿠폰 사용', 'Coupons'],
  membership: ['멤버십·적립금', 'Membership and points'],
  invoice_receipt: ['영수증 발급', 'Receipts and invoices'],
  account_delete: ['회원 탈퇴', 'Delete my account'],
  size_guide: ['사이즈 안내', 'Size guide'],
  stock_availability: ['재고·재입고', 'Stock and restocks'],
  store_location: ['매장 안내', 'Our stores'],
  talk_to_human: ['상담원 연결', 'Talk to a person'],
};

const seeds: SeedIntent[] = [
  intent('greeting', ['안녕하세요', '안녕', '반갑습니다', '저기요', 'hello', 'hi', 'hey', 'good morning', '안녕하세요 문의가 있어서요', '여기 상담 되나요?', 'hello, is anyone there?', 'hi, I have a question'], '안녕하세요, 고객님! 무엇을 도와드릴까요?', 'Hello! How can I help you today?', ['shipping', 'refund']),
  intent(
    'business_hours',
    ['영업시간', '영업 시간', '운영시간', '몇 시까지', '몇시에 열어', '언제 열어', '상담 시간', 'business hours', 'opening hours', 'open hours', 'when are you open', 'what time do you open', '고객센터는 몇 시부터 몇 시까지 하나요?', '주말에도 상담하나요?', 'what time does support close?', 'are you open on weekends?'],
    '고객님, 저희 고객센터는 평일 오전 9시부터 오후 6시까지 운영합니다. 주말과 공휴일에는 쉽니다.',
    'Our support team is available on weekdays from 9 am to 6 pm (KST). We are closed on weekends and public holidays.',
    ['shipping'],
  ),
  intent(
    'shipping',
    ['배송', '택배', '언제 와', '언제와', '배송 조회', '배송기간', '배송 상태', 'shipping', 'delivery', 'where is my order', 'track my order', 'when will it arrive', 'order status', '주문한 상품은 언제 받을 수 있나요?', '택배가 지금 어디쯤인지 알고 싶어요', 'how long does delivery take?', 'when will my parcel be delivered?'],
    '고객님, 주문하신 상품은 결제 후 보통 2~3일 안에 도착합니다. 배송 조회는 주문 내역에서 확인하실 수 있어요.',
    'Orders usually arrive within 2–3 business days after payment. You can track yours from your order history.',
    ['delivery_delay', 'address_change'],
  ),
  intent(
    'delivery_delay',
    ['배송이 늦', '아직 안 왔', '아직 안 와', '배송 지연', '너무 늦어', 'late delivery', 'not arrived yet', 'still not here', 'delayed', '주문한 지 오래됐는데 아직 배송이 안 왔어요', '도착 예정일이 지났는데 물건이 안 와요', 'my package is taking too long', 'the delivery date has passed and nothing came'],
    '고객님, 배송이 늦어져 불편을 드려 죄송합니다. 주문 번호를 알려 주시면 택배사에 바로 확인해 드리겠습니다.',
    "We're sorry your order is late. Share your order number and we'll check with the courier right away.",
    ['shipping'],
  ),
  intent(
    'refund',
    ['환불', '환불해', '반품', '돈 돌려', '취소하고 환불', 'refund', 'money back', 'return my order', 'return an item', '반품하고 돈을 돌려받고 싶어요', '환불은 언제 들어오나요?', 'how do I get my money back?', 'I would like a refund for my order'],
    '고객님, 상품 수령 후 7일 이내에 주문 내역에서 환불을 신청하실 수 있습니다. 환불은 승인 후 3영업일 안에 처리됩니다.',
    'You can request a refund from your order history within 7 days of delivery. Refunds are processed within 3 business days of approval.',
    ['exchange', 'order_cancel'],
  ),
  intent(
    'exchange',
    ['교환', '사이즈 교환', '다른 색', '바꾸고 싶', 'exchange', 'different size', 'swap', 'replace with another', '사이즈가 안 맞아서 다른 걸로 바꾸고 싶어요', '다른 색상으로 교환할 수 있나요?', 'can I exchange it for another size?', 'I want to swap it for a different colour'],
    '고객님, 상품 수령 후 7일 이내에 주문 내역에서 교환을 신청하실 수 있어요. 사이즈·색상 교환 배송비는 무료입니다.',
    'You can request an exchange from your order history within 7 days of delivery. Size and colour exchanges ship free.',
    ['refund'],
  ),
  intent(
    'order_cancel',
    ['주문 취소', '취소하고 싶', '결제 취소', 'cancel my order', 'cancel order', 'cancel the purchase', '방금 한 주문을 취소하고 싶어요', '주문을 잘못해서 취소해야 해요', 'I want to cancel the order I just placed', 'can I still cancel my purchase?'],
    '고객님, 배송 준비 전이라면 주문 내역에서 바로 취소하실 수 있습니다. 이미 출고된 경우에는 반품으로 접수해 드릴게요.',
    "If your order hasn't been prepared for shipping yet, you can cancel it from your order history. Once shipped, we'll handle it as a return.",
    ['refund'],
  ),
  intent(
    'address_change',
    ['주소 변경', '배송지 변경', '주소 바꾸', '주소를 바꾸', 'change address', 'change my address', 'wrong address', 'shipping address', '받는 주소를 다른 곳으로 바꾸고 싶어요', '배송 주소를 잘못 적었어요', 'I need to update my delivery address', 'please send it to a different address'],
    '고객님, 출고 전이라면 주문 내역의 배송지 변경에서 바꾸실 수 있어요. 이미 출고되었다면 상담원이 택배사에 요청해 드리겠습니다.',
    "Before your order ships you can change the address in your order history. If it has shipped, an agent can ask the courier for you.",
    ['shipping'],
  ),
  intent(
    'damaged_item',
    ['파손', '깨져', '불량', '고장', '찢어져', 'damaged', 'broken', 'defective', 'arrived broken', '받은 상품이 망가져 있어요', '제품에 하자가 있어요', 'the product I received is damaged', 'my item came broken'],
    '고객님, 불편을 드려 정말 죄송합니다. 상품 사진을 보내 주시면 확인 후 무료로 교환 또는 환불해 드리겠습니다.',
    "We're very sorry. Send us a photo of the item and we'll replace or refund it free of charge.",
    ['exchange', 'refund'],
  ),
  intent(
    'password_reset',
    ['비밀번호', '비번', '로그인이 안', '비밀번호 찾기', '비밀번호 재설정', 'password', 'reset my password', 'forgot password', "can't log in", '비밀번호가 기억이 안 나요', '로그인을 못 하겠어요', 'I forgot my password and cannot sign in', 'how do I change my password?'],
    '고객님, 로그인 화면의 "비밀번호 찾기"를 누르시면 가입하신 이메일로 재설정 링크를 보내 드립니다.',
    'Press "Forgot password" on the sign-in page and we will email you a link to set a new one.',
  ),
  intent(
    'payment_methods',
    ['결제 방법', '결제수단', '카드 결제', '무통장', '카카오페이', '네이버페이', 'payment methods', 'pay with card', 'how can I pay', 'paypal', '어떤 결제 수단을 쓸 수 있나요?', '카드 말고 다른 방법으로 결제할 수 있어요?', 'which payment options do you accept?', 'can I pay by bank transfer?'],
    '고객님, 신용·체크카드, 무통장 입금, 카카오페이와 네이버페이로 결제하실 수 있습니다.',
    'You can pay by credit or debit card, bank transfer, Kakao Pay or Naver Pay.',
    ['refund'],
  ),
  intent(
    'thanks_bye',
    ['감사합니다', '고마워요', '고맙습니다', '수고하세요', '안녕히', 'thanks', 'thank you', 'bye', 'goodbye', '도와주셔서 감사합니다', '덕분에 해결됐어요', 'thanks for your help', 'that is all, goodbye'],
    '이용해 주셔서 감사합니다, 고객님. 좋은 하루 보내세요!',
    'Thank you for reaching out. Have a great day!',
  ),
  intent(
    'coupon',
    ['쿠폰', '할인 코드', '할인코드', '프로모션 코드', '쿠폰 적용', 'coupon', 'discount code', 'promo code', 'voucher', '할인 쿠폰은 어떻게 쓰나요?', '쿠폰 코드가 적용이 안 돼요', 'how do I use my discount code?', 'my promo code does not work'],
    '고객님, 쿠폰은 결제 화면의 "쿠폰 적용"에서 사용하실 수 있어요. 쿠폰마다 최소 주문 금액과 유효 기간이 있으니 확인해 주세요.',
    'Apply coupons under "Apply coupon" at checkout. Each coupon has a minimum order amount and an expiry date.',
    ['membership'],
  ),
  intent(
    'membership',
    ['멤버십', '회원 등급', '적립금', '포인트', 'VIP', 'membership', 'loyalty points', 'member tier', 'reward points', '적립금은 어떻게 사용하나요?', '회원 등급 혜택이 궁금해요', 'how do my reward points work?', 'what are the membership levels?'],
    '고객님, 구매 금액의 1%가 포인트로 적립되고, 연간 구매 금액에 따라 회원 등급이 올라갑니다. 등급별 혜택은 마이페이지에서 확인하실 수 있어요.',
    'You earn 1% of every purchase as points, and your tier rises with your yearly spending. See tier benefits under My page.',
    ['coupon'],
  ),
  intent(
    'invoice_receipt',
    ['영수증', '현금영수증', '세금계산서', '거래명세서', 'receipt', 'invoice', 'tax invoice', 'billing statement', '영수증을 발급받고 싶어요', '현금영수증 신청은 어떻게 하나요?', 'can I get a receipt for my purchase?', 'please issue an invoice to my business'],
    '고객님, 영수증과 현금영수증은 주문 내역의 "영수증 출력"에서 바로 발급하실 수 있습니다. 세금계산서는 상담원이 도와드릴게요.',
    'Receipts can be printed from "Print receipt" in your order history. For tax invoices, an agent will help you.',
    ['payment_methods'],
  ),
  intent(
    'account_delete',
    ['회원 탈퇴', '탈퇴', '계정 삭제', '계정 지우', 'delete my account', 'close my account', 'remove my account', 'deactivate account', '회원 탈퇴는 어떻게 하나요?', '제 계정을 없애고 싶어요', 'how can I delete my account?', 'please remove my account and data'],
    '고객님, 회원 탈퇴는 마이페이지 > 설정 > 회원 탈퇴에서 하실 수 있습니다. 탈퇴하시면 적립금과 쿠폰은 복구되지 않으니 참고해 주세요.',
    'You can delete your account under My page > Settings > Delete account. Points and coupons cannot be restored afterwards.',
  ),
  intent(
    'size_guide',
    ['사이즈', '치수', '사이즈표', '몇 사이즈', '크기', 'size guide', 'size chart', 'what size', 'measurements', '제게 맞는 사이즈를 모르겠어요', '사이즈표는 어디서 보나요?', 'which size should I order?', 'does this fit true to size?'],
    '고객님, 상품 상세 페이지 아래쪽의 사이즈표에서 실측 치수를 확인하실 수 있어요. 평소 사이즈보다 한 치수 크게 주문하시는 분이 많습니다.',
    'Each product page has a size chart with exact measurements at the bottom. Many customers order one size up.',
    ['exchange'],
  ),
  intent(
    'stock_availability',
    ['재고', '품절', '재입고', '입고', '언제 들어와', 'in stock', 'out of stock', 'restock', 'back in stock', 'available', '품절된 상품은 언제 다시 들어오나요?', '이 상품 재고가 있나요?', 'is this item in stock?', 'when will it be available again?'],
    '고객님, 품절 상품은 상세 페이지의 "재입고 알림"을 신청하시면 입고되는 대로 알려 드립니다.',
    'For sold-out items, press "Notify me" on the product page and we will tell you as soon as it is back.',
  ),
  intent(
    'store_location',
    ['매장', '오프라인 매장', '매장 위치', '가게 어디', '방문', 'store location', 'physical store', 'shop address', 'where is your store', '직접 가서 볼 수 있는 매장이 있나요?', '매장 주소를 알려 주세요', 'do you have a shop I can visit?', 'where are your stores?'],
    '고객님, 오프라인 매장은 서울 성수동과 부산 서면에 있습니다. 매장별 운영 시간은 홈페이지 하단 "매장 안내"에서 확인하실 수 있어요.',
    'Our stores are in Seongsu (Seoul) and Seomyeon (Busan). Opening hours per store are under "Stores" at the bottom of our website.',
    ['business_hours'],
  ),
  intent(
    TALK_TO_HUMAN,
    ['상담원', '상담사', '상담원 연결', '사람이랑', '사람과', '직원 연결', '사람 바꿔', 'talk to a human', 'human', 'real person', 'agent', 'talk to someone', 'speak to a person', 'operator', '상담원과 직접 이야기하고 싶어요', '사람 직원과 연결해 주세요', 'can I speak with a real person?', 'please connect me to an agent'],
    '',
    '',
    [],
    { handoff: true },
  ),
];

export const seedIntents: SeedIntent[] = seeds.map((seed) => {
  const [ko, en] = DISPLAY_NAMES[seed.name] ?? ['', ''];
  return { ...seed, displayName: { ko, en } };
});
