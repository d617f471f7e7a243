import type { Conversation, Message } from '../../shared/domain';
import { transcriptAsText, transcriptTimeZone } from './transcript-text';

const conversation = (locale: 'ko' | 'en') => ({ id: 'c1', locale, createdAt: '2026-12-02T04:00:00.000Z' }) as Conversation;
const message = (kind: Message['author']['kind'], text: string, name: string | null = null) =>
  ({ id: text, author: { kind, id: null, name }, text, createdAt: '2026-12-02T04:05:09.000Z' }) as Message;
const thread = [message('visitor', '환불하고 싶습니다'), message('bot', '주문 내역에서 신청하실 수 있습니다.'), message('agent', '도와드리겠습니다.', 'Mina')];

describe('the transcript download', () => {
  it('writes times on the Seoul wall clock by default, not in UTC', () => {
    const text = transcriptAsText(conversation('ko'), thread);
    // 04:05:09 UTC is 13:05:09 in Seoul (ICU versions differ on "오후" or "PM").
    expect(text).toMatch(/\[2026\. 12\. 2\. (오후|PM) 1:05:09\] 나: 환불하고 싶습니다/);
    expect(text).not.toContain('4:05:09');
    expect(text).not.toContain('UTC');
    expect(text).toContain('시간대: Asia/Seoul');
  });

  it('speaks the visitor’s language, authors included', () => {
    const ko = transcriptAsText(conversation('ko'), thread).split('\n');
    expect(ko[0]).toBe('Parley 상담 내역 c1');
    expect(ko.slice(4, 7).map((line) => line.replace(/^\[[^\]]+\] /, ''))).toEqual(['나: 환불하고 싶습니다', 'Parley 챗봇: 주문 내역에서 신청하실 수 있습니다.', 'Mina: 도와드리겠습니다.']);
    const en = transcriptAsText(conversation('en'), thread, 'America/New_York');
    expect(en).toContain('[Dec 1, 2026, 11:05:09 PM] You: 환불하고 싶습니다');
    expect(en).toContain('Parley Bot: ');
  });

  it('accepts a timezone the runtime knows and falls back to Asia/Seoul otherwise', () => {
    expect(transcriptTimeZone('Europe/Berlin')).toBe('Europe/Berlin');
    expect(transcriptTimeZone('Mars/Olympus')).toBe('Asia/Seoul');
    expect(transcriptTimeZone(undefined)).toBe('Asia/Seoul');
    expect(transcriptTimeZone(['Europe/Berlin'])).toBe('Asia/Seoul');
  });
});
