import { pageReport, refusalCode, retryAfterMs, shouldRetryRefusal, visitorAuth } from './connection-rules';

describe('connection rules', () => {
  it('reads the catalog code the server attached to a refused connection', () => {
    const refused = Object.assign(new Error('PARLEY_ERR_SITE_NOT_FOUND'), { data: { code: 'PARLEY_ERR_SITE_NOT_FOUND', message: 'no site' } });
    expect(refusalCode(refused)).toBe('PARLEY_ERR_SITE_NOT_FOUND');
    expect(refusalCode(Object.assign(new Error('x'), { data: { code: 'SOMETHING_ELSE' } }))).toBeNull();
    expect(refusalCode(new Error('xhr poll error'))).toBeNull();
  });

  it('gives up only on refusals a retry cannot fix', () => {
    expect(shouldRetryRefusal('PARLEY_ERR_SITE_NOT_FOUND')).toBe(false);
    expect(shouldRetryRefusal('PARLEY_ERR_INVALID_PAYLOAD')).toBe(false);
    expect(shouldRetryRefusal('PARLEY_ERR_INTERNAL')).toBe(true);
    expect(shouldRetryRefusal(null)).toBe(true);
  });

  it('sends the token in the handshake only when the visitor has one', () => {
    expect(visitorAuth('demo', 'en', null)).toEqual({ siteKey: 'demo', locale: 'en' });
    expect(visitorAuth('demo', 'ko', 'abc')).toEqual({ siteKey: 'demo', locale: 'ko', token: 'abc' });
  });

  it('adds a signed-in user’s identity when the site gave one', () => {
    const identity = { userId: 'u1', hash: 'a'.repeat(64) };
    expect(visitorAuth('demo', 'en', null, identity)).toEqual({ siteKey: 'demo', locale: 'en', identity });
  });

  it('reports only web pages, with the title cut to the schema’s limit', () => {
    expect(pageReport('https://shop.example.com/orders/1', '  My orders ')).toEqual({ url: 'https://shop.example.com/orders/1', title: 'My orders' });
    expect(pageReport('about:blank', 'x')).toBeNull();
    expect(pageReport(`https://shop.example.com/${'a'.repeat(2100)}`, 'x')).toBeNull();
    expect(pageReport('http://localhost:3000/', 't'.repeat(400))?.title).toHaveLength(300);
  });

  it('retries a rate-limited connection after the wait the server named', () => {
    const limited = Object.assign(new Error('PARLEY_ERR_RATE_LIMITED'), { data: { code: 'PARLEY_ERR_RATE_LIMITED', message: 'slow down', retryAfterMs: 42_000 } });
    expect(refusalCode(limited)).toBe('PARLEY_ERR_RATE_LIMITED');
    expect(shouldRetryRefusal('PARLEY_ERR_RATE_LIMITED')).toBe(true);
    expect(retryAfterMs(limited)).toBe(42_000);
    expect(retryAfterMs(new Error('offline'))).toBeNull();
  });
});
