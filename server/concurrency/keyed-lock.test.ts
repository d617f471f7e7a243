import { createKeyedLock } from './keyed-lock';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('keyed lock', () => {
  it('runs work for one key one at a time, in call order, even when one fails', async () => {
    const lock = createKeyedLock();
    const log: string[] = [];
    const job = (name: string, fail = false) => async () => {
      log.push(`start ${name}`);
      await tick();
      log.push(`end ${name}`);
      if (fail) throw new Error(name);
      return name;
    };
    const results = await Promise.allSettled([lock.run('a', job('1', true)), lock.run('a', job('2')), lock.run('a', job('3'))]);
    expect(log).toEqual(['start 1', 'end 1', 'start 2', 'end 2', 'start 3', 'end 3']);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
  });

  it('lets different keys run side by side', async () => {
    const lock = createKeyedLock();
    const log: string[] = [];
    const job = (name: string) => async () => {
      log.push(`start ${name}`);
      await tick();
      log.push(`end ${name}`);
    };
    await Promise.all([lock.run('a', job('a')), lock.run('b', job('b'))]);
    expect(log.slice(0, 2)).toEqual(['start a', 'start b']);
  });
});
