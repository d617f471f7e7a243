import { strings } from './i18n';

describe('strings', () => {
  it('has every English string in Korean too', () => {
    const shape = (value: object): string[] =>
      Object.entries(value).flatMap(([key, entry]) => (typeof entry === 'object' ? shape(entry).map((inner) => `${key}.${inner}`) : [key]));
    expect(shape(strings.ko).sort()).toEqual(shape(strings.en).sort());
  });

  it('keeps the accessible names browser tests and site owners rely on', () => {
    const names = (locale: 'en' | 'ko') => {
      const { openChat, closeChat, message, send, talkToHuman, conversation, attach } = strings[locale];
      return { openChat, closeChat, message, send, talkToHuman, conversation, attach };
    };
    expect(names('en')).toEqual({ openChat: 'Open chat', closeChat: 'Close chat', message: 'Message', send: 'Send', talkToHuman: 'Talk to a human', conversation: 'Conversation', attach: 'Attach a file' });
    expect(names('ko')).toEqual({ openChat: '채팅 열기', closeChat: '채팅 닫기', message: '메시지', send: '보내기', talkToHuman: '상담원 연결', conversation: '대화', attach: '파일 첨부' });
  });

  it('speaks Korean in the polite register: sentences end in -요 or -니다, never in plain -다', () => {
    const sentences = (value: object): string[] =>
      Object.values(value).flatMap((entry) => (typeof entry === 'object' ? sentences(entry) : typeof entry === 'function' ? [String(entry('Mina', 2))] : [String(entry)]));
    const plain = sentences(strings.ko).filter((text) => /[가-힣]다[.!]?$/.test(text.trim()) && !/(니|습니)다[.!]?$/.test(text.trim()));
    expect(plain).toEqual([]);
  });
});
