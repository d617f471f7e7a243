import { resolveLocale, strings } from './i18n';

describe('resolveLocale', () => {
  it('takes the boot option first', () => {
    expect(resolveLocale({ option: 'ko', htmlLang: 'en', browser: 'en-US' })).toBe('ko');
  });

  it('then the page’s <html lang>, then the browser, then English', () => {
    expect(resolveLocale({ htmlLang: 'ko-KR', browser: 'en-US' })).toBe('ko');
    expect(resolveLocale({ htmlLang: 'fr', browser: 'ko' })).toBe('ko');
    expect(resolveLocale({ htmlLang: '', browser: 'EN-gb' })).toBe('en');
    expect(resolveLocale({ htmlLang: 'ja', browser: 'de-DE' })).toBe('en');
    expect(resolveLocale({})).toBe('en');
  });

  it('ignores an unsupported boot option instead of failing', () => {
    expect(resolveLocale({ option: 'fr', htmlLang: 'ko' })).toBe('ko');
  });
});

describe('strings', () => {
  it('has every English string in Korean too', () => {
    const shape = (value: object): string[] =>
      Object.entries(value).flatMap(([key, entry]) => (typeof entry === 'object' ? shape(entry).map((inner) => `${key}.${inner}`) : [key]));
    expect(shape(strings.ko).sort()).toEqual(shape(strings.en).sort());
  });

  it('keeps the accessible names browser tests and site owners rely on', () => {
    const names = (locale: 'en' | 'ko') => {
      const { openChat, closeChat, message, send, talkToHuman, conversation } = strings[locale];
      return { openChat, closeChat, message, send, talkToHuman, conversation };
    };
    expect(names('en')).toEqual({ openChat: 'Open chat', closeChat: 'Close chat', message: 'Message', send: 'Send', talkToHuman: 'Talk to a human', conversation: 'Conversation' });
    expect(names('ko')).toEqual({ openChat: '채팅 열기', closeChat: '채팅 닫기', message: '메시지', send: '보내기', talkToHuman: '상담원 연결', conversation: '대화' });
  });
});
