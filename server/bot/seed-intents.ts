/** The customer-service intents every new site starts with. Korean answers in polite register. */
import type { Intent } from './intent.repository';

export const TALK_TO_HUMAN = 'talk_to_human';

export const seedIntents: Omit<Intent, 'siteId'>[] = [
  {
    name: 'greeting',
    examples: ['안녕하세요', '안녕', '반갑습니다', 'hello', 'hi', 'hey', 'good morning'],
    answer: { ko: '안녕하세요, 고객님! 무엇을 도와드릴까요?', en: 'Hello! How can I help you today?' },
    handoff: false,
    related: [],
    team: null,
  },
  {
    name: 'business_hours',
    examples: ['영업시간', '영업 시간', '운영시간', '몇 시까지', '몇시에 열어', '언제 열어', 'business hours', 'opening hours', 'open hours', 'when are you open', 'what time do you open'],
    answer: {
      ko: '저희 고객센터는 평일 오전 9시부터 오후 6시까지 운영합니다. 주말과 공휴일은 쉽니다.',
      en: 'Our support team is available on weekdays from 9 am to 6 pm (KST). We are closed on weekends and public holidays.',
    },
    handoff: false,
    related: ['shipping'],
    team: null,
  },
  {
    name: 'shipping',
    examples: ['배송', '택배', '언제 와', '배송 조회', '배송기간', 'shipping', 'delivery', 'where is my order', 'track my order', 'when will it arrive'],
    answer: {
      ko: '주문하신 상품은 결제 후 보통 2~3일 안에 도착합니다. 배송 조회는 주문 내역에서 확인하실 수 있어요.',
      en: 'Orders usually arrive within 2–3 business days after payment. You can track yours from your order history.',
    },
    handoff: false,
    related: ['refund'],
    team: null,
  },
  {
    name: 'refund',
    examples: ['환불', '환불해', '반품', '돈 돌려', 'refund', 'money back', 'return my order', 'return an item'],
    answer: {
      ko: '상품 수령 후 7일 이내에 주문 내역에서 환불을 신청하실 수 있습니다. 환불은 승인 후 3영업일 안에 처리됩니다.',
      en: 'You can request a refund from your order history within 7 days of delivery. Refunds are processed within 3 business days of approval.',
    },
    handoff: false,
    related: ['shipping'],
    team: null,
  },
  {
    name: TALK_TO_HUMAN,
    examples: ['상담원', '상담사', '상담원 연결', '사람이랑', '직원 연결', 'talk to a human', 'human', 'real person', 'agent', 'talk to someone', 'speak to a person'],
    answer: { ko: '', en: '' },
    handoff: true,
    related: [],
    team: null,
  },
];
