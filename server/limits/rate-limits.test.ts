import { DEFAULT_LIMIT_SETTINGS, type LimitSettings } from '../../shared/limits';
import { ParleyError } from '../errors';
import { createRateLimits } from './rate-limits';

const tight: LimitSettings = {
  ...DEFAULT_LIMIT_SETTINGS,
  message: { perVisitor: 3, perIp: 5, perSite: 8, windowSeconds: 60 },
};

async function refusal(promise: Promise<unknown>): Promise<ParleyError | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    if (error instanceof ParleyError) return error;
    throw error;
  }
}

describe('rate limits', () => {
  it('refuses the visitor over its bucket with a retry-after, and leaves other visitors alone', async () => {
    const limits = createRateLimits({ settings: async () => tight });
    for (let i = 0; i < 3; i++) await limits.consume('message', { siteId: 's', visitorId: 'a', ip: '10.0.0.1' });
    const refused = await refusal(limits.consume('message', { siteId: 's', visitorId: 'a', ip: '10.0.0.1' }));
    expect(refused?.code).toBe('PARLEY_ERR_RATE_LIMITED');
    expect(refused?.retryAfterMs).toBeGreaterThan(0);
    expect(refused?.retryAfterMs).toBeLessThanOrEqual(60_000);
    await expect(limits.consume('message', { siteId: 's', visitorId: 'b', ip: '10.0.0.2' })).resolves.toBeUndefined();
  });

  it('limits one IP across many visitors, and one site across many IPs', async () => {
    const limits = createRateLimits({ settings: async () => tight });
    const fromOneIp = await Promise.all(Array.from({ length: 7 }, (_, i) => refusal(limits.consume('message', { siteId: 's', visitorId: `v${i}`, ip: '::ffff:10.0.0.9' }))));
    expect(fromOneIp.filter((error) => error === null)).toHaveLength(5);
    const acrossIps = await Promise.all(Array.from({ length: 6 }, (_, i) => refusal(limits.consume('message', { siteId: 's', visitorId: `w${i}`, ip: `10.1.0.${i}` }))));
    // The site bucket of 8 spent 5 on the first IP; its 2 refused attempts cost the site nothing.
    expect(acrossIps.filter((error) => error === null)).toHaveLength(3);
    await expect(limits.consume('message', { siteId: 'other', visitorId: 'x', ip: '10.1.0.1' })).resolves.toBeUndefined();
  });

  it('charges a refused attempt only to the bucket that refused it, not to the site everyone shares', async () => {
    const limits = createRateLimits({ settings: async () => ({ ...tight, message: { perVisitor: 2, perIp: 0, perSite: 5, windowSeconds: 60 } }) });
    await Promise.all(Array.from({ length: 50 }, () => refusal(limits.consume('message', { siteId: 's', visitorId: 'flooder', ip: '10.0.0.1' }))));
    for (let i = 0; i < 3; i++) await limits.consume('message', { siteId: 's', visitorId: `calm-${i}`, ip: '10.0.0.2' });
  });

  it('skips per-IP buckets for exempt addresses and buckets set to 0', async () => {
    const limits = createRateLimits({
      settings: async () => ({ ...tight, message: { ...tight.message, perSite: 0 } }),
      exemptIps: ['127.0.0.1'],
    });
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => refusal(limits.consume('message', { siteId: 's', visitorId: `v${i}`, ip: '::ffff:127.0.0.1' }))));
    expect(results.every((error) => error === null)).toBe(true);
  });

  it('never counts visitor creation per visitor', async () => {
    const limits = createRateLimits({ settings: async () => ({ ...tight, visitorCreate: { perVisitor: 1, perIp: 2, perSite: 100, windowSeconds: 60 } }) });
    await limits.consume('visitorCreate', { siteId: 's', visitorId: 'same', ip: '10.0.0.1' });
    await limits.consume('visitorCreate', { siteId: 's', visitorId: 'same', ip: '10.0.0.1' });
    expect((await refusal(limits.consume('visitorCreate', { siteId: 's', ip: '10.0.0.1' })))?.code).toBe('PARLEY_ERR_RATE_LIMITED');
  });
});
