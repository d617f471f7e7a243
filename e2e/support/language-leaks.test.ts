import { findLeaks } from './language-leaks';

describe('the language-leak check', () => {
  it('catches English catalogue words, English phrases and raw keys on a Korean screen', () => {
    const leaks = findLeaks(['대화 목록', 'Send', 'Bot intents', 'takeConversation', '상담원 연결'], 'ko');
    expect(leaks.map((leak) => leak.text)).toEqual(['Send', 'Bot intents', 'takeConversation']);
  });

  it('catches Hangul on an English screen, but not seeded data or language names', () => {
    const leaks = findLeaks(['Conversations', '보내기', 'Jisoo wrote 안녕하세요', '한국어'], 'en', ['안녕하세요']);
    expect(leaks.map((leak) => leak.text)).toEqual(['보내기']);
  });

  it('lets brand names, emails and keyboard keys through', () => {
    expect(findLeaks(['Parley 상담함', 'mina@example.com', 'Enter 보내기, Shift+Enter 줄바꿈', 'PM 1:05'], 'ko')).toEqual([]);
  });
});
