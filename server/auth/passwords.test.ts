import { monitorEventLoopDelay } from 'node:perf_hooks';
import bcrypt from 'bcryptjs';
import { hashPassword, verifyPassword } from './passwords';

describe('passwords', () => {
  it('hashes with bcrypt and checks a password against its hash', async () => {
    const hash = await hashPassword('correct horse');
    expect(hash).toMatch(/^\$2[aby]\$10\$/);
    expect(bcrypt.compareSync('correct horse', hash)).toBe(true);
    await expect(verifyPassword('correct horse', hash)).resolves.toBe(true);
    await expect(verifyPassword('wrong horse', hash)).resolves.toBe(false);
  });

  it('leaves the event loop free while it hashes', async () => {
    const hash = await hashPassword('warm-up');
    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    await Promise.all(Array.from({ length: 10 }, () => verifyPassword('guess', hash)));
    delay.disable();
    // Ten bcrypt checks take ~0.5 s of CPU; on the main thread the loop would stall for that long.
    expect(delay.max / 1e6).toBeLessThan(100);
  });
});
