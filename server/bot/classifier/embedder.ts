/**
 * Sentence embeddings from a local transformers.js model, computed in a worker thread
 * so a classification never blocks other sockets. Requests arriving in the same tick
 * are sent as one batch. When the model is missing or fails to load, `ready` resolves
 * false and the classifier carries on with lexical scores alone.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { createBatcher } from './batcher';
import type { CloseRequest, EmbeddingRequest, WorkerMessage, WorkerOptions } from './embedding-protocol';

export interface Embedder {
  /** True once the model is loaded and warmed up; false when it cannot be. */
  readonly ready: Promise<boolean>;
  embed(texts: string[]): Promise<Float32Array[]>;
  close(): Promise<void>;
}

export interface EmbedderLogger {
  info(message: string): void;
  warn(message: string): void;
}

/** Whether `<modelsDir>/<modelId>` holds a transformers.js model. */
export function modelIsPresent(modelsDir: string, modelId: string): boolean {
  return existsSync(join(modelsDir, modelId, 'config.json')) && existsSync(join(modelsDir, modelId, 'onnx', 'model_quantized.onnx'));
}

export function createWorkerEmbedder(options: WorkerOptions & { logger: EmbedderLogger }): Embedder {
  const { logger } = options;
  if (!options.allowRemote && !modelIsPresent(options.modelsDir, options.modelId)) {
    logger.warn(`intent model ${options.modelId} not found in ${options.modelsDir}: the bot uses lexical matching only`);
    return { ready: Promise.resolve(false), embed: () => Promise.reject(new Error('no model')), close: async () => {} };
  }

  const worker = new Worker(new URL('./worker-bootstrap.mjs', import.meta.url), {
    workerData: { ...options, logger: undefined, entry: new URL('./embedding-worker.ts', import.meta.url).href },
  });
  const waiting = new Map<number, { resolve(vectors: Float32Array[]): void; reject(error: Error): void }>();
  let workerExited = false;
  worker.once('exit', () => (workerExited = true));
  let nextId = 1;

  const ready = new Promise<boolean>((resolve) => {
    worker.on('message', (message: WorkerMessage) => {
      switch (message.type) {
        case 'ready':
          logger.info(`intent model ${options.modelId} loaded`);
          return resolve(true);
        case 'failed':
          logger.warn(`intent model ${options.modelId} could not load (${message.reason}): the bot uses lexical matching only`);
          return resolve(false);
        case 'progress':
          return logger.info(`downloading ${message.file}: ${message.percent}%`);
        case 'vectors':
          waiting.get(message.id)?.resolve(message.vectors);
          waiting.delete(message.id);
          return;
        case 'error':
          waiting.get(message.id)?.reject(new Error(message.reason));
          waiting.delete(message.id);
      }
    });
    worker.on('error', (error) => {
      logger.warn(`intent model worker failed (${error.message}): the bot uses lexical matching only`);
      resolve(false);
      waiting.forEach((pending) => pending.reject(error));
      waiting.clear();
    });
  });

  const embedInWorker = createBatcher<string, Float32Array>(
    (texts) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, texts } satisfies EmbeddingRequest);
      }),
  );

  return {
    ready,
    embed: embedInWorker,
    async close() {
      if (workerExited) return;
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      worker.postMessage({ close: true } satisfies CloseRequest);
      const forced = setTimeout(() => void worker.terminate(), 10_000);
      await exited;
      clearTimeout(forced);
    },
  };
}
