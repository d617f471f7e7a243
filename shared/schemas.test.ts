import { visitorAttributesSchema, visitorPageSchema } from './schemas';

describe('visitor input schemas', () => {
  it('refuses attribute names that would become database paths or operators', () => {
    for (const key of ['a.', '.a', 'a..b', 'a.b', '$where', '', 'x'.repeat(41), 'a b']) {
      expect(visitorAttributesSchema.safeParse({ attributes: { [key]: 1 } }).success, key).toBe(false);
    }
    expect(visitorAttributesSchema.parse({ attributes: { plan: 'pro', seat_count: 3, 'is-vip': true } }).attributes).toEqual({ plan: 'pro', seat_count: 3, 'is-vip': true });
  });

  it('takes only http(s) page URLs', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<p>', 'file:///etc/passwd', 'ftp://example.com/']) {
      expect(visitorPageSchema.safeParse({ url }).success, url).toBe(false);
    }
    expect(visitorPageSchema.parse({ url: 'https://shop.example.com/orders?id=1' }).url).toBe('https://shop.example.com/orders?id=1');
    expect(visitorPageSchema.safeParse({ url: 'HTTP://EXAMPLE.COM/' }).success).toBe(true);
  });
});
