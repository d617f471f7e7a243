/**
 * The process's one embedding worker, shared by every embedder. It starts on first use,
 * stays for the life of the process and does not keep the process alive (unref): a
 * second worker would fail to load onnxruntime-node ("Module did not self-register"),
 * and terminating one mid-inference can abort the process.
 */
import { Worker } from 'node:worker_threads';
import type { HostRequest, WorkerMessage } from './embedding-protocol';

export interface LoadListener {
  ready(): void;
  failed(reason: string): void;
  progress(file: string, percent: number): void;
}

interface Host {
  worker: Worker;
  loads: Map<string, Promise<string | null>>;
  listeners: Map<string, LoadListener[]>;
  waiting: Map<number, { resolve(vectors: Float32Array[]): void; reject(error: Error): void }>;
  nextId: number;
  dead: Error | null;
  /** Loads and batches in flight: the worker keeps the process alive only while there are some. */
  busy: number;
}

/** Counts work in flight; an idle worker must not keep the process alive. */
function hold<T>(current: Host, work: Promise<T>): Promise<T> {
  if (current.busy++ === 0) current.worker.ref();
  const release = () => {
    if (--current.busy === 0) current.worker.unref();
  };
  work.then(release, release);
  return work;
}

let host: Host | null = null;

function startHost(): Host {
  const worker = new Worker(new URL('./worker-bootstrap.mjs', import.meta.url), {
    workerData: { entry: new URL('./embedding-worker.ts', import.meta.url).href },
    // A small young generation: the worker's own objects are few (tokens, pooled vectors), and V8
    // kept the default's pages, grown while the tokenizer's vocabulary was parsed (−36 MB resident).
    resourceLimits: { maxYoungGenerationSizeMb: 8 },
  });
  const started: Host = { worker, loads: new Map(), listeners: new Map(), waiting: new Map(), nextId: 1, dead: null, busy: 0 };
  const each = (key: string, call: (listener: LoadListener) => void) => started.listeners.get(key)?.forEach(call);
  worker.on('message', (message: WorkerMessage) => {
    switch (message.type) {
      case 'ready':
        return each(message.key, (listener) => listener.ready());
      case 'failed':
        return each(message.key, (listener) => listener.failed(message.reason));
      case 'progress':
        return each(message.key, (listener) => listener.progress(message.file, message.percent));
      case 'vectors':
        started.waiting.get(message.id)?.resolve(message.vectors);
        started.waiting.delete(message.id);
        return;
      case 'error':
        started.waiting.get(message.id)?.reject(new Error(message.reason));
        started.waiting.delete(message.id);
    }
  });
  const die = (error: Error) => {
    started.dead = error;
    started.listeners.forEach((listeners) => listeners.forEach((listener) => listener.failed(error.message)));
    started.waiting.forEach((pending) => pending.reject(error));
    started.waiting.clear();
  };
  worker.on('error', die);
  worker.on('exit', (code) => die(new Error(`embedding worker exited (${code})`)));
  // After the listeners: attaching them would ref the worker again.
  worker.unref();
  return started;
}

const sharedHost = () => (host && !host.dead ? host : (host = startHost()));

/**
 * Loads a model into the shared worker once; later callers share the same outcome:
 * null when it is ready, else the reason it could not load.
 */
export function loadModel(options: { modelId: string; modelsDir: string; allowRemote: boolean }, onProgress: (file: string, percent: number) => void): { key: string; outcome: Promise<string | null> } {
  const current = sharedHost();
  const key = `${options.modelsDir}|${options.modelId}`;
  const existing = current.loads.get(key);
  if (existing) return { key, outcome: existing };
  const outcome = new Promise<string | null>((resolve) => {
    current.listeners.set(key, [{ ready: () => resolve(null), failed: resolve, progress: onProgress }]);
  });
  current.loads.set(key, hold(current, outcome));
  current.worker.postMessage({ type: 'load', key, ...options } satisfies HostRequest);
  return { key, outcome: current.loads.get(key)! };
}

/** Embeds texts with a model loaded by loadModel. */
export function embedWith(key: string, texts: string[]): Promise<Float32Array[]> {
  const current = sharedHost();
  return hold(
    current,
    new Promise((resolve, reject) => {
      const id = current.nextId++;
      current.waiting.set(id, { resolve, reject });
      current.worker.postMessage({ type: 'embed', id, key, texts } satisfies HostRequest);
    }),
  );
}
