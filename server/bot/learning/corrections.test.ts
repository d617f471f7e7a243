import type { Message } from '../../../shared/domain';
import { questionFor } from './corrections';
import { newExamples } from './intent-examples';

const message = (seq: number, kind: Message['author']['kind'], text: string, internal = false): Message => ({
  id: `m${seq}`,
  conversationId: 'c',
  clientId: `k${seq}`,
  seq,
  author: { kind, id: null, name: null },
  text,
  ...(internal ? { internal } : {}),
  createdAt: new Date(seq * 1000).toISOString(),
});

describe('questionFor', () => {
  const transcript = [
    message(1, 'visitor', '배송 언제 와요?'),
    message(2, 'bot', '2~3일 걸립니다.'),
    message(3, 'visitor', '쇼룸 있어요?'),
    message(4, 'bot', '정확히 이해하지 못했어요.'),
    message(5, 'system', '상담원을 연결합니다.'),
    message(6, 'agent', '안녕하세요'),
    message(7, 'visitor', '네 쇼룸이요'),
  ];

  it('is the visitor message before the answer marked wrong', () => {
    expect(questionFor(transcript, 4)?.text).toBe('쇼룸 있어요?');
    expect(questionFor(transcript, 2)?.text).toBe('배송 언제 와요?');
  });

  it('without an answer (the handoff card) is the last question before an agent spoke', () => {
    expect(questionFor(transcript, null)?.text).toBe('쇼룸 있어요?');
    expect(questionFor(transcript.slice(0, 5), null)?.text).toBe('쇼룸 있어요?');
  });

  it('skips internal notes and finds nothing before the first question', () => {
    expect(questionFor([message(1, 'visitor', 'secret', true), message(2, 'bot', 'hi')], 2)).toBeNull();
    expect(questionFor(transcript, 1)).toBeNull();
  });
});

describe('newExamples', () => {
  it('trims, cuts to 300 characters, and leaves out what the intent already has (any case) or repeats', () => {
    expect(newExamples(['Where is my order'], ['  where is my order ', '쇼룸 있어요?', '쇼룸 있어요?', '', 'x'.repeat(400)])).toEqual(['쇼룸 있어요?', 'x'.repeat(300)]);
  });
});
