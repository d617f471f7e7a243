import { decideBotReply } from './bot-reply';
import { seedIntents } from './seed-intents';

const classified = (name: string | null) => ({ best: name ? { name, score: 0.9 } : null, ranked: [], mode: 'lexical' as const });

describe('the bot reply', () => {
  it('answers a known intent in the visitor language with a human button', () => {
    const reply = decideBotReply(classified('refund'), seedIntents, 'ko');
    expect(reply).toMatchObject({ kind: 'answer', intent: 'refund', quickReplies: [{ label: '상담원 연결', action: 'handoff' }] });
    expect(reply.kind === 'answer' && reply.text).toContain('환불');
  });

  it('hands off when the intent asks for a human', () => {
    expect(decideBotReply(classified('talk_to_human'), seedIntents, 'en')).toMatchObject({ kind: 'handoff' });
  });

  it('admits it is not sure and offers a human when nothing matched', () => {
    expect(decideBotReply(classified(null), seedIntents, 'en')).toMatchObject({
      kind: 'fallback',
      quickReplies: [{ label: 'Talk to a human', action: 'handoff' }],
    });
  });
});
