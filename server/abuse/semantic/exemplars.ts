/**
 * The sentences the abuse model compares each visitor message with (semantic-abuse.ts).
 * Abusive ones avoid the word lists on purpose (shared/abuse.ts catches those already):
 * they are what a list cannot see — threats put politely, insults without swear words,
 * harassment. The benign ones are their near neighbours that must stay visible: an angry
 * but legitimate complaint, frustration, an ordinary question. None of these sentences is
 * in the held-out set the threshold is calibrated on (heldout.ts).
 */

export type AbuseKind = 'insult' | 'threat' | 'harassment';

export interface AbuseExemplar {
  text: string;
  kind: AbuseKind;
}

export const ABUSIVE_EXEMPLARS: readonly AbuseExemplar[] = [
  // Threats, most of them indirect.
  { kind: 'threat', text: '가만두지 않겠습니다' },
  { kind: 'threat', text: '회사로 직접 찾아가겠습니다' },
  { kind: 'threat', text: '퇴근길 조심하세요' },
  { kind: 'threat', text: '너 어디 사는지 다 알아낼 거야' },
  { kind: 'threat', text: '밤길 조심해라 진짜' },
  { kind: 'threat', text: '내가 너 얼굴 기억해 뒀다' },
  { kind: 'threat', text: '각오하고 있어라 무슨 일 생겨도 난 모른다' },
  { kind: 'threat', text: '매장에 불 질러 버릴 거예요' },
  { kind: 'threat', text: '가족들까지 다 책임지게 만들어 주겠다' },
  { kind: 'threat', text: "you'll regret this" },
  { kind: 'threat', text: 'I know where your office is and I am coming' },
  { kind: 'threat', text: 'watch your back when you leave work' },
  { kind: 'threat', text: 'something bad is going to happen to you' },
  { kind: 'threat', text: 'I will make you pay for this personally' },
  { kind: 'threat', text: 'I am going to burn your store down' },
  { kind: 'threat', text: 'you and your family better be careful' },
  { kind: 'threat', text: '다치기 싫으면 말 조심해' },
  { kind: 'threat', text: '내 손에 걸리면 끝이야' },
  { kind: 'threat', text: 'I am going to hurt you badly' },
  { kind: 'threat', text: 'wait until I get my hands on you' },
  // Insults without list words.
  { kind: 'insult', text: '머리가 나쁘면 이런 일 하지 마' },
  { kind: 'insult', text: '너 같은 건 상담원 할 자격도 없어' },
  { kind: 'insult', text: '돌대가리야 말귀를 못 알아듣냐' },
  { kind: 'insult', text: '니 부모가 그렇게 가르쳤냐' },
  { kind: 'insult', text: '쓰레기 같은 인간이랑 말하기 싫다' },
  { kind: 'insult', text: '벌레만도 못한 게 어디서 말대꾸야' },
  { kind: 'insult', text: '하는 짓이 딱 인생 실패자네' },
  { kind: 'insult', text: 'you are a worthless piece of garbage' },
  { kind: 'insult', text: 'are you brain dead or just useless' },
  { kind: 'insult', text: 'nobody could be as dumb as you' },
  { kind: 'insult', text: 'you pathetic loser, get a real job' },
  { kind: 'insult', text: 'your mother should be ashamed of you' },
  { kind: 'insult', text: 'you are subhuman trash' },
  // Sexual harassment.
  { kind: 'harassment', text: '목소리 들어보니 예쁠 것 같은데 사진 보내줘' },
  { kind: 'harassment', text: '상담 말고 나랑 따로 만나서 놀자 몸매 좋지?' },
  { kind: 'harassment', text: '지금 무슨 옷 입고 있어요?' },
  { kind: 'harassment', text: '속옷 색깔 알려주면 주문할게' },
  { kind: 'harassment', text: 'send me a picture of yourself in bed' },
  { kind: 'harassment', text: 'what are you wearing right now sexy' },
  { kind: 'harassment', text: 'I bet you look hot, want to hook up tonight' },
  { kind: 'harassment', text: 'tell me about your body' },
];

export const BENIGN_EXEMPLARS: readonly string[] = [
  // Angry but legitimate.
  '배송이 너무 늦어서 화가 납니다',
  '이건 정말 말이 안 됩니다 환불해 주세요',
  '세 번째 문의인데 아직도 해결이 안 됐어요',
  '서비스가 최악이네요 다시는 이용 안 합니다',
  '소비자보호원에 신고하겠습니다',
  '책임자와 통화하고 싶습니다',
  '제품이 고장 나서 너무 실망했어요',
  '기다리다 지쳤어요 도대체 언제 오나요',
  '리뷰에 솔직하게 다 쓰겠습니다',
  'this is unacceptable, refund me',
  'I am really angry about this delay',
  'worst customer service I have ever had',
  'I will report this to consumer protection',
  'I want to speak to your manager',
  'I am going to leave a bad review',
  'this is the third time I am asking, fix it',
  'I am so frustrated, nothing works',
  'I will cancel my subscription if this is not fixed today',
  // Ordinary questions.
  '주문한 상품 언제 도착하나요?',
  '비밀번호를 잊어버렸어요',
  '교환하려면 어떻게 해야 하나요?',
  '영업시간이 어떻게 되나요?',
  '매장에 직접 찾아가도 되나요?',
  'where is my order?',
  'how do I change my delivery address?',
  'can I visit your office in person?',
  'what time do you close today?',
  'thank you for your help',
  '안녕하세요',
  '네 알겠습니다 감사합니다',
  '잠시만요',
  'hello',
  'ok thanks',
  'hold on a second',
  '지점 위치 알려주세요',
  'which branch is nearest to me?',
  '제품 사진을 보여 주실 수 있나요?',
  'can you show me a picture of the product?',
];
