import { EMPTY_BOT_MEMORY, botTexts, decideBotTurn, displayName, intentNamed, offerArticles, routeHandoff, type BotDecision } from './bot-policy';

describe('intent display names', () => {
  const refund = { name: 'refund_request', displayName: { ko: '환불 안내', en: '' } };

  it('uses the admin’s name in the visitor’s language, the other language’s, else the readable id', () => {
    expect(displayName(refund, 'ko')).toBe('환불 안내');
    expect(displayName(refund, 'en')).toBe('환불 안내');
    expect(displayName({ name: 'gift_wrap' }, 'en')).toBe('Gift wrap');
  });

  it('recognises a pressed quick reply by its display name, ignoring case and spaces around it', () => {
    expect(intentNamed(' 환불 안내 ', [refund])).toBe('refund_request');
    expect(intentNamed('환불 안내 부탁해요', [refund])).toBeNull();
    expect(intentNamed('', [{ name: 'empty', displayName: { ko: '', en: '' } }])).toBeNull();
  });
});

describe('where a request for a person goes', () => {
  it('queues only when it is business hours and an agent can take it; otherwise a message, saying why', () => {
    expect(routeHandoff({ withinBusinessHours: true, agentsOnline: 1 })).toEqual({ kind: 'queue' });
    expect(routeHandoff({ withinBusinessHours: true, agentsOnline: 0 })).toEqual({ kind: 'message', why: 'nobodyOnline' });
    expect(routeHandoff({ withinBusinessHours: false, agentsOnline: 3 })).toEqual({ kind: 'message', why: 'afterHours' });
  });
});

describe('help articles when no intent is confident', () => {
  const card = { id: 'a1', title: '니트 세탁 방법', snippet: '찬물에 손세탁해 주세요.', url: '/kb/s/a1' };
  const turn = (memory = EMPTY_BOT_MEMORY) =>
    decideBotTurn({ text: '스웨터 빨래는 어떻게 하나요', classification: { best: null, ranked: [], mode: 'lexical' }, intents: [], locale: 'ko', memory, talkToHumanIntent: 'talk_to_human' });

  it('offers the articles with "this helped" (solved) and the human option instead of the unsure reply', () => {
    const decision = offerArticles(turn(), EMPTY_BOT_MEMORY, [card], 'ko');
    expect(decision).toMatchObject({ kind: 'articles', articles: [card] });
    if (decision.kind !== 'articles') throw new Error('expected articles');
    expect(decision.text.startsWith(botTexts.ko.disclosure)).toBe(true);
    expect(decision.quickReplies).toEqual([{ label: '도움이 됐어요', action: 'solved' }, { label: '상담원 연결', action: 'handoff' }]);
    expect(decision.memory).toMatchObject({ lowConfidenceStreak: 0, answers: ['니트 세탁 방법'] });
  });

  it('answers with an article rather than stepping aside on the second unsure turn', () => {
    const memory = { ...EMPTY_BOT_MEMORY, lowConfidenceStreak: 1, answers: ['earlier'] };
    expect(turn(memory)).toMatchObject({ kind: 'handoff', reason: 'low_confidence' });
    const decision = offerArticles(turn(memory), memory, [card], 'en');
    expect(decision).toMatchObject({ kind: 'articles', text: botTexts.en.articlesFound, quickReplies: [{ label: 'This helped', action: 'solved' }, { label: 'Talk to a human', action: 'handoff' }] });
  });

  it('keeps the unsure reply when no article matched, and never overrides a confident answer or a handoff the visitor asked for', () => {
    expect(offerArticles(turn(), EMPTY_BOT_MEMORY, [], 'ko')).toMatchObject({ kind: 'unsure' });
    const asked: BotDecision = { kind: 'handoff', reason: 'visitor_request', memory: EMPTY_BOT_MEMORY };
    expect(offerArticles(asked, EMPTY_BOT_MEMORY, [card], 'ko')).toBe(asked);
    const answered: BotDecision = { kind: 'answer', intent: 'shipping', text: 'x', quickReplies: [], memory: EMPTY_BOT_MEMORY };
    expect(offerArticles(answered, EMPTY_BOT_MEMORY, [card], 'ko')).toBe(answered);
  });
});
