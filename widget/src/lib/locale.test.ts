import { resolveLocale } from './locale';

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
