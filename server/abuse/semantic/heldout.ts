/**
 * A labelled set, written apart from the exemplars, on which the abuse model's thresholds
 * are calibrated and measured (calibrate.ts). Harmful sentences avoid the word lists where
 * they can, because the lists catch the rest; the harmless ones are the hard cases — angry
 * complaints, frustration without swearing, threats of a bad review or a regulator, and
 * ordinary questions that mention visiting, finding or ending something.
 */

export type HeldOutLabel = 'threat' | 'insult' | 'harassment' | 'complaint' | 'frustration' | 'question';

export interface HeldOutSentence {
  text: string;
  label: HeldOutLabel;
}

export const isHarmful = (label: HeldOutLabel) => label === 'threat' || label === 'insult' || label === 'harassment';

export const HELD_OUT: readonly HeldOutSentence[] = [
  { label: 'threat', text: '찾아가겠습니다' },
  { label: 'threat', text: '두고 보세요 반드시 후회하게 해 드릴게요' },
  { label: 'threat', text: '당신 이름 알아냈으니 집 앞에서 기다릴게' },
  { label: 'threat', text: '몸 성히 집에 가고 싶으면 빨리 처리해' },
  { label: 'threat', text: '내일 칼 들고 매장 갑니다' },
  { label: 'threat', text: '너희 사무실 폭파시켜 버린다' },
  { label: 'threat', text: '혼자 있을 때 만나면 어떻게 되는지 보자' },
  { label: 'threat', text: "you'll be sorry you ever answered this chat" },
  { label: 'threat', text: 'I will find out where you live' },
  { label: 'threat', text: 'better hope we never meet in person' },
  { label: 'threat', text: 'I am bringing a gun to your shop tomorrow' },
  { label: 'threat', text: 'people like you end up getting hurt' },
  { label: 'threat', text: 'count your days, you are finished' },
  { label: 'insult', text: '너 진짜 멍청하구나 초등학생도 이것보단 낫겠다' },
  { label: 'insult', text: '이런 머저리한테 상담을 받다니' },
  { label: 'insult', text: '인간 쓰레기랑은 대화가 안 되네' },
  { label: 'insult', text: '너 같은 게 왜 태어났냐' },
  { label: 'insult', text: '뇌가 있긴 한 거냐' },
  { label: 'insult', text: '밥벌레 주제에 말이 많네' },
  { label: 'insult', text: 'you are too stupid to do this job' },
  { label: 'insult', text: 'talking to you is like talking to a brick, you dimwit' },
  { label: 'insult', text: 'what a useless waste of oxygen you are' },
  { label: 'insult', text: 'go back to school, you illiterate clown' },
  { label: 'insult', text: 'you disgusting pig' },
  { label: 'harassment', text: '상담원님 애인 있어요? 나랑 자볼래?' },
  { label: 'harassment', text: '예쁜 언니 셀카 한 장만 보내 줘' },
  { label: 'harassment', text: '지금 침대에 누워서 상담하는 거야?' },
  { label: 'harassment', text: 'you sound cute, send nudes' },
  { label: 'harassment', text: 'come over to my place tonight baby' },
  { label: 'harassment', text: 'I want to touch you' },
  { label: 'complaint', text: '배송이 일주일째 안 와서 너무 화가 나요' },
  { label: 'complaint', text: '불량품을 보내 놓고 사과도 없네요' },
  { label: 'complaint', text: '환불 안 해 주시면 소비자원에 민원 넣겠습니다' },
  { label: 'complaint', text: '이런 식이면 다시는 주문 안 할 거예요' },
  { label: 'complaint', text: '별점 하나 주고 후기에 다 적을게요' },
  { label: 'complaint', text: '고객을 이렇게 대하시면 안 되죠' },
  { label: 'complaint', text: '변호사와 상의해 보겠습니다' },
  { label: 'complaint', text: 'your courier lost my package and nobody cares' },
  { label: 'complaint', text: 'I demand a full refund right now' },
  { label: 'complaint', text: 'I will dispute the charge with my bank' },
  { label: 'complaint', text: 'this product is garbage and so is your return policy' },
  { label: 'complaint', text: 'I am going to tell everyone how bad this company is' },
  { label: 'complaint', text: 'I will take legal action if this is not resolved' },
  { label: 'frustration', text: '벌써 한 시간째 기다리고 있어요' },
  { label: 'frustration', text: '몇 번을 말해야 알아들으시나요' },
  { label: 'frustration', text: '답답해서 미치겠네요 정말' },
  { label: 'frustration', text: '아무도 제대로 대답을 안 해 주네요' },
  { label: 'frustration', text: 'I have explained this three times already' },
  { label: 'frustration', text: 'this is driving me crazy' },
  { label: 'frustration', text: 'why is this so hard, I just want my money back' },
  { label: 'frustration', text: 'I am losing my patience here' },
  { label: 'question', text: '오늘 매장에 찾아가면 바로 교환되나요?' },
  { label: 'question', text: '주문 취소하고 싶어요' },
  { label: 'question', text: '사무실 주소가 어떻게 되나요?' },
  { label: 'question', text: '사진 첨부해서 보내 드려도 될까요?' },
  { label: 'question', text: '배터리가 터질 수도 있나요?' },
  { label: 'question', text: '칼라 옵션은 몇 가지인가요?' },
  { label: 'question', text: 'can I come by the store to pick it up?' },
  { label: 'question', text: 'how do I find my tracking number?' },
  { label: 'question', text: 'where is your head office located?' },
  { label: 'question', text: 'can I send you a photo of the damage?' },
  { label: 'question', text: 'is this knife set dishwasher safe?' },
  { label: 'question', text: 'I want to end my subscription' },
];
