/**
 * `npm run demo:traffic` against a fresh database: it fills it, the reports answer from
 * the replayed fortnight, and the command exits by itself (it once stayed alive for good:
 * the password worker's port was ref'd again by its own listener).
 */
import { spawn } from 'node:child_process';
import mongoose from 'mongoose';
import { testDatabaseUri } from '../server/testing/test-server';

it('replays a fortnight into a fresh database and exits', async () => {
  const uri = testDatabaseUri();
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/demo-traffic.ts'], {
    env: { ...process.env, MONGODB_URI: uri, PARLEY_ADMIN_EMAIL: 'lead@example.com', PARLEY_ADMIN_PASSWORD: 'demo-lead-password', PARLEY_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve(null);
    }, 100_000);
    child.on('exit', (exit) => {
      clearTimeout(timer);
      resolve(exit);
    });
  });
  expect(code, output).toBe(0);
  const replayed = /Replayed 14 days: (\d+) conversations from (\d+) visitors, (\d+) messages; reports rebuilt from (\d+)\./.exec(output);
  expect(replayed, output).not.toBeNull();
  const [, conversations, , messages, rebuilt] = replayed!.map(Number);
  expect(conversations).toBeGreaterThan(500);
  expect(rebuilt).toBe(conversations);

  const connection = await mongoose.createConnection(uri).asPromise();
  try {
    expect(await connection.collection('conversations').countDocuments()).toBe(conversations);
    expect(await connection.collection('messages').countDocuments()).toBe(messages);
    expect(await connection.collection('reportslices').countDocuments()).toBeGreaterThan(0);
    // A second run refuses the same database: the traffic is invented.
    const again = spawn(process.execPath, ['--import', 'tsx', 'scripts/demo-traffic.ts'], { env: { ...process.env, MONGODB_URI: uri, PARLEY_LOG_LEVEL: 'warn' }, stdio: 'ignore' });
    expect(await new Promise((resolve) => again.on('exit', resolve))).not.toBe(0);
    expect(await connection.collection('conversations').countDocuments()).toBe(conversations);
  } finally {
    await connection.dropDatabase();
    await connection.close();
  }
}, 150_000);
