/**
 * The process's training worker (plain arithmetic, no onnxruntime): one thread, jobs in
 * order, started on first use and never keeping the process alive. It is stopped once idle
 * for a while: training is rare (an intent edit), and a trained head leaves the worker's
 * heap holding tens of megabytes that V8 does not hand back while the thread lives.
 */
import { Worker } from 'node:worker_threads';
import type { Calibration } from './calibration/threshold';
import type { HeadJob, IntentHead } from './intent-head';

export type TrainingRequest =
  | { id: number; kind: 'head'; job: HeadJob }
  | { id: number; kind: 'lexical'; intents: { name: string; examples: string[] }[] };

export type TrainingReply =
  | { id: number; ok: true; head: IntentHead }
  | { id: number; ok: true; lexical: Calibration }
  | { id: number; ok: false; reason: string };

let worker: Worker | null = null;
let idleTimer: NodeJS.Timeout | null = null;
let nextId = 1;
/** How long an idle training worker is kept for the next job (an admin editing several intents). */
const IDLE_MS = 15_000;
const waiting = new Map<number, (reply: TrainingReply) => void>();

function trainingWorker(): Worker {
  if (worker) return worker;
  const started = new Worker(new URL('./worker-bootstrap.mjs', import.meta.url), { workerData: { entry: new URL('./training-worker.ts', import.meta.url).href } });
  started.on('message', (reply: TrainingReply) => {
    waiting.get(reply.id)?.(reply);
    waiting.delete(reply.id);
  });
  const fail = (reason: string) => {
    worker = null;
    waiting.forEach((settle, id) => settle({ id, ok: false, reason }));
    waiting.clear();
  };
  started.on('error', (error) => fail(error.message));
  started.on('exit', (code) => {
    if (worker === started) fail(`training worker exited (${code})`);
  });
  // After the listeners: attaching them would ref the worker again.
  started.unref();
  return (worker = started);
}

function stopIdle(idle: Worker) {
  if (worker !== idle || waiting.size > 0) return;
  worker = null;
  void idle.terminate();
}

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

function run(request: WithoutId<TrainingRequest>): Promise<TrainingReply> {
  const id = nextId++;
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  const current = trainingWorker();
  // Keep the process alive while a job is out; an idle worker must not.
  if (waiting.size === 0) current.ref();
  return new Promise((resolve) => {
    waiting.set(id, (reply) => {
      if (waiting.size === 1) {
        current.unref();
        idleTimer = setTimeout(() => stopIdle(current), IDLE_MS).unref();
      }
      resolve(reply);
    });
    current.postMessage({ ...request, id });
  });
}

export async function trainHeadInWorker(job: HeadJob): Promise<IntentHead> {
  const reply = await run({ kind: 'head', job });
  if (!reply.ok) throw new Error(reply.reason);
  if (!('head' in reply)) throw new Error('unexpected training reply');
  return reply.head;
}

export async function calibrateLexicalInWorker(intents: { name: string; examples: string[] }[]): Promise<Calibration> {
  const reply = await run({ kind: 'lexical', intents });
  if (!reply.ok) throw new Error(reply.reason);
  if (!('lexical' in reply)) throw new Error('unexpected training reply');
  return reply.lexical;
}
