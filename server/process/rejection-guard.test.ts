import { spawnSync } from 'node:child_process';
import { judgeUnhandledRejection } from './rejection-guard';

const epipe = () => Object.assign(new Error('write EPIPE'), { code: 'EPIPE', syscall: 'write' });

it('rides out the driver losing the database, and stops on anything else', () => {
  expect(judgeUnhandledRejection(epipe())).toBe('ride-out');
  expect(judgeUnhandledRejection(Object.assign(new Error('connection closed'), { name: 'MongoNetworkError' }))).toBe('ride-out');
  expect(judgeUnhandledRejection(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe('stop');
  expect(judgeUnhandledRejection('a string')).toBe('stop');
});

/** Runs a real Node process with the guard installed, leaving one rejection unhandled. */
function processWithRejection(reason: string) {
  const script = `
    import { guardUnhandledRejections } from './server/process/rejection-guard.ts';
    import { createLogger } from './server/logger.ts';
    guardUnhandledRejections(createLogger('warn'));
    void Promise.reject(${reason});
    setTimeout(() => { console.log('still serving'); process.exit(0); }, 300);
  `;
  return spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 20_000 });
}

it('keeps a real process serving after a database write fails unwatched', () => {
  const run = processWithRejection(`Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })`);
  expect(run.status).toBe(0);
  expect(run.stdout).toContain('still serving');
  expect(run.stdout).toContain('the database dropped a request nobody waited for');
}, 30_000);

it('stops a real process on an unhandled programming error, saying why', () => {
  const run = processWithRejection(`new TypeError('boom')`);
  expect(run.status).toBe(1);
  expect(run.stdout).not.toContain('still serving');
  expect(run.stdout).toContain('unhandled promise rejection; stopping');
}, 30_000);
