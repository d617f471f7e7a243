/**
 * Password hashing (bcrypt, cost 10) on a worker thread. bcrypt is deliberately slow
 * (~60 ms of CPU per hash); on the main thread a burst of sign-in attempts stalls
 * every socket's acks, so the hashing runs beside the event loop instead.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

const COST = 10;

/**
 * The worker's source, run as CommonJS so it needs no TypeScript loader (tsx, vitest)
 * inside the thread. It loads the same bcryptjs the server depends on.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const bcrypt = require(workerData.bcryptPath);
parentPort.on('message', ({ id, op, password, hash, cost }) => {
  try {
    const result = op === 'hash' ? bcrypt.hashSync(password, cost) : bcrypt.compareSync(password, hash);
    parentPort.postMessage({ id, result });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message || error) });
  }
});
`;

type Job = { resolve: (value: string | boolean) => void; reject: (error: Error) => void };

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, Job>();

function hasher(): Worker {
  if (worker) return worker;
  const bcryptPath = createRequire(import.meta.url).resolve('bcryptjs');
  const started = new Worker(WORKER_SOURCE, { eval: true, workerData: { bcryptPath } });
  started.on('message', ({ id, result, error }: { id: number; result?: string | boolean; error?: string }) => {
    const job = pending.get(id);
    pending.delete(id);
    if (!job) return;
    if (error !== undefined) job.reject(new Error(`password hashing failed: ${error}`));
    else job.resolve(result!);
  });
  started.on('error', (error) => failAll(error));
  started.on('exit', () => {
    if (worker === started) worker = null;
    failAll(new Error('password hashing worker stopped'));
  });
  // An idle hasher must not keep a stopping process (or a test run) alive. After the
  // listeners: attaching a 'message' listener refs the worker's port again.
  started.unref();
  worker = started;
  return started;
}

function failAll(error: Error) {
  for (const job of pending.values()) job.reject(error);
  pending.clear();
}

function run<T extends string | boolean>(message: { op: 'hash' | 'compare'; password: string; hash?: string; cost?: number }): Promise<T> {
  const id = nextId++;
  return new Promise<T>((resolve, reject) => {
    pending.set(id, { resolve: resolve as Job['resolve'], reject });
    hasher().postMessage({ id, ...message });
  });
}

export const hashPassword = (password: string) => run<string>({ op: 'hash', password, cost: COST });
export const verifyPassword = (password: string, hash: string) => run<boolean>({ op: 'compare', password, hash });
