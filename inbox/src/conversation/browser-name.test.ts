import { browserName } from './browser-name';

describe('browser name from the user agent', () => {
  it('names Chrome on Windows', () => {
    expect(browserName('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36')).toBe('Chrome 131 on Windows');
  });
  it('tells Samsung Internet from the Chrome it is built on', () => {
    expect(browserName('Mozilla/5.0 (Linux; Android 14; SM-S918N) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36')).toBe(
      'Samsung Internet 25 on Android',
    );
  });
  it('names Safari on iOS by its version, not WebKit', () => {
    expect(browserName('Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1')).toBe('Safari 17 on iOS');
  });
  it('joins browser and system the reader’s way', () => {
    expect(browserName('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36', (browser, system) => `${system} · ${browser}`)).toBe('Linux · Chrome 156');
  });
  it('says nothing when there is nothing to say', () => {
    expect(browserName(null)).toBeNull();
    expect(browserName('curl/8.0')).toBeNull();
  });
});
