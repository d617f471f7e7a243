/** A throw-away redis-server on a free loopback port, for multi-process tests. */
import { spawn } from 'node:child_process';
import { freePort } from './free-port';

export interface RunningRedis {
  url: string;
  stop(): Promise<void>;
}


export async function startRedis(): Promise<RunningRedis> {
  const binary = process.env.PARLEY_REDIS_SERVER ?? 'redis-server';
  const port = await freePort();
  const child = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('redis-server did not start in 10 s')), 10_000);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`redis-server could not start (apt-get install -y redis-server, or set PARLEY_REDIS_SERVER): ${error.message}`));
    });
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
