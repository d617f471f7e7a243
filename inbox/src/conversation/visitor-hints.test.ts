import { visitorHints } from './visitor-hints';

const chrome = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

describe('hints beside an anonymous visitor’s label', () => {
  it('names the browser and the page path', () => {
    expect(visitorHints({ userAgent: chrome, pageUrl: 'https://shop.example.com/pricing?plan=pro' })).toBe('Chrome · /pricing');
  });

  it('says what it knows, and nothing when it knows nothing', () => {
    expect(visitorHints({ userAgent: null, pageUrl: 'https://shop.example.com/help' })).toBe('/help');
    expect(visitorHints({ userAgent: chrome, pageUrl: 'not a url' })).toBe('Chrome');
    expect(visitorHints({ userAgent: null, pageUrl: null })).toBeNull();
    expect(visitorHints(null)).toBeNull();
  });
});
