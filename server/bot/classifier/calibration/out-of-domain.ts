/**
 * Generic sentences that no site's intents should claim, in Korean and English, shipped
 * with Parley so every site's out-of-scope threshold is calibrated against something it
 * must decline (small talk, trivia, other people's business). Written for Parley; none is
 * taken from an evaluation set. Keep them off any one business's topics.
 */
export const OUT_OF_DOMAIN_SENTENCES: readonly string[] = [
  // Korean, 존댓말 and 반말
  '오늘 날씨 어때요?', '내일 비 온대?', '주말에 뭐 하세요?', '점심 뭐 먹을까', '요즘 볼 만한 영화 추천해 주세요',
  '재미있는 농담 하나 해 줘', '너 몇 살이야?', '결혼하셨어요?', '노래 한 곡 불러 줄래?', '지금 몇 시야',
  '서울에서 부산까지 몇 킬로미터예요?', '대한민국 대통령이 누구예요?', '김치찌개 끓이는 법 알려 주세요', '라면 맛있게 끓이는 방법', '고양이가 왜 밤에 울어요?',
  '강아지 산책은 하루에 몇 번 시켜야 하나요', '다이어트 하려면 뭘 먹어야 돼?', '잠이 안 와요', '심심해', '로또 번호 좀 알려줘',
  '주식 지금 사도 될까요?', '비트코인 오를까?', '축구 경기 결과 알려 주세요', '야구 누가 이겼어?', '제주도 여행 코스 추천해 줘',
  '영어 공부 어떻게 해요?', '파이썬 코딩 가르쳐 줄 수 있어?', '수학 숙제 좀 도와주세요', '2 더하기 2는?', '지구는 왜 둥글어요?',
  '사랑이 뭘까요', '인생의 의미가 뭐야', '외계인은 있을까?', '달까지 얼마나 걸려?', '우리 엄마 생일 선물 뭐가 좋을까',
  '오늘 기분이 좀 그래요', '피자 시켜 먹을까 치킨 시켜 먹을까', '공룡은 언제 멸종했어요?', '이순신 장군에 대해 알려 줘', '시 한 편 써 주세요',
  '내 이름 기억해?', '아무 말이나 해 봐', 'ㅋㅋㅋㅋㅋ', '음…', '테스트',
  '운전면허 시험 어렵나요?', '감기 걸렸을 때 뭐 먹어요?', '헬스장 추천 좀', '비행기 표 싸게 사는 법', '이사할 때 체크리스트 있어?',
  '오늘 무슨 요일이야?', '환율이 얼마예요', '블랙홀은 어떻게 생겨요', '우주에서 가장 큰 별은?', '기타 치는 법 알려 줄래',
  '좋아하는 색깔이 뭐예요?', '꿈에서 뱀을 봤어요', '회사 그만두고 싶다', '친구랑 싸웠어', '봄에는 어디로 놀러 가요?',
  // English
  "what's the weather like today", 'will it rain tomorrow', 'tell me a joke', 'how old are you', 'are you married',
  'sing me a song', 'what time is it', 'who is the president of France', 'how far is the moon', 'what is the capital of Australia',
  'how do I cook pasta carbonara', 'best way to boil an egg', 'why do cats purr', 'how often should I walk my dog', 'recommend a good movie',
  'what should I have for lunch', "I can't sleep", "I'm bored", 'give me lottery numbers', 'should I buy bitcoin now',
  'who won the football match last night', 'plan a trip to Jeju island for me', 'how do I learn English fast', 'can you teach me python', 'help me with my math homework',
  'what is 2 plus 2', 'why is the sky blue', 'what is the meaning of life', 'do aliens exist', 'write me a poem about the sea',
  'do you remember my name', 'say something funny', 'lol', 'hmm', 'test test',
  'is the driving test hard', 'what to eat when you have a cold', 'how do black holes form', 'what is your favourite colour', 'I dreamt about a snake',
  'I want to quit my job', 'I had a fight with my friend', 'where should I go on holiday in spring', 'how do I play guitar', 'translate hello into French',
  'how many legs does a spider have', 'when did the dinosaurs die out', 'what is the tallest mountain in the world', 'how do airplanes fly', 'what day is it today',
  'recommend a podcast', 'how to grow tomatoes on a balcony', 'is coffee bad for you', 'what is the population of Seoul', 'who wrote Romeo and Juliet',
];
