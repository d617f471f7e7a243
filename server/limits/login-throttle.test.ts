import type { ParleyError } from '../errors';
import { ACCOUNT_POLICY, createLoginThrottle, lockSeconds } from './login-throttle';

const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: ParleyError) => error);

describe('login throttle', () => {
  it('backs off exponentially after the free tries, then locks out', () => {
    expect([1, 5, 6, 7, 8, 9].map((n) => lockSeconds(ACCOUNT_POLICY, n))).toEqual([0, 0, 1, 2, 4, 8]);
    expect(lockSeconds(ACCOUNT_POLICY, 10)).toBe(15 * 60);
    expect(lockSeconds(ACCOUNT_POLICY, 30)).toBe(15 * 60);
  });

  it('locks an account after its free failures, whatever address the guesses come from', async () => {
    const throttle = createLoginThrottle({ account: { free: 2, lockoutAfter: 4, lockoutSeconds: 600, windowSeconds: 3600 } });
    for (let i = 0; i < 2; i++) {
      await throttle.check('Mina@example.com', `10.0.0.${i}`);
      await throttle.failed('Mina@example.com', `10.0.0.${i}`);
    }
    await throttle.check('mina@example.com', '10.0.0.9');
    await throttle.failed('mina@example.com', '10.0.0.9');
    const locked = await refusal(throttle.check('mina@example.com', '10.0.0.10'));
    expect(locked?.code).toBe('PARLEY_ERR_RATE_LIMITED');
    expect(locked?.retryAfterMs).toBeGreaterThan(0);
    expect(locked?.retryAfterMs).toBeLessThanOrEqual(1000);
    await throttle.failed('mina@example.com', '10.0.0.11');
    expect((await refusal(throttle.check('mina@example.com', '10.0.0.12')))?.retryAfterMs).toBeGreaterThan(590_000);
    await expect(throttle.check('joon@example.com', '10.0.0.12')).resolves.toBeUndefined();
  });

  it('locks an address that guesses across many accounts, and a success clears only the account', async () => {
    const throttle = createLoginThrottle({ address: { free: 3, lockoutAfter: 4, lockoutSeconds: 600, windowSeconds: 3600 } });
    for (let i = 0; i < 4; i++) await throttle.failed(`user${i}@example.com`, '203.0.113.5');
    expect((await refusal(throttle.check('someone@example.com', '203.0.113.5')))?.code).toBe('PARLEY_ERR_RATE_LIMITED');
    await expect(throttle.check('someone@example.com', '203.0.113.6')).resolves.toBeUndefined();
    await throttle.succeeded('user0@example.com');
    expect((await refusal(throttle.check('user0@example.com', '203.0.113.5')))?.code).toBe('PARLEY_ERR_RATE_LIMITED');
  });
});
