/**
 * Sentence embeddings from a local transformers.js model, computed in the process's
 * shared worker thread (embedding-host) so a classification never blocks other sockets.
 * Requests arriving in the same tick are sent as one batch. When the model is missing
 * or fails to load, `ready` resolves false and the classifier carries on lexically.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createBatcher } from './batcher';
import { embedWith, loadModel } from './embedding-host';

export interface Embedder {
  readonly modelId: string;
  /** Whether the model's files are there (or may be downloaded). */
  readonly present: boolean;
  /** True once the model is loaded and warmed up; false when it cannot be. */
  readonly ready: Promise<boolean>;
  /** Why the model is not in use, once `ready` resolved false. */
  readonly problem: () => string | null;
  embed(texts: string[]): Promise<Float32Array[]>;
  close(): Promise<void>;
}

export interface EmbedderLogger {
  info(message: string): void;
  warn(message: string): void;
}

export interface EmbedderOptions {
  modelId: string;
  modelsDir: string;
  allowRemote: boolean;
  logger: EmbedderLogger;
}

/** Whether `<modelsDir>/<modelId>` holds a transformers.js model. */
export function modelIsPresent(modelsDir: string, modelId: string): boolean {
  return existsSync(join(modelsDir, modelId, 'config.json')) && existsSync(join(modelsDir, modelId, 'onnx', 'model_quantized.onnx'));
}

export function createWorkerEmbedder(options: EmbedderOptions): Embedder {
  const { logger, modelId } = options;
  if (!options.allowRemote && !modelIsPresent(options.modelsDir, modelId)) {
    const problem = `intent model ${modelId} not found in ${options.modelsDir}`;
    logger.warn(`${problem}: the bot uses lexical matching only`);
    return { modelId, present: false, ready: Promise.resolve(false), problem: () => problem, embed: () => Promise.reject(new Error('no model')), close: async () => {} };
  }

  const { key, outcome } = loadModel({ modelId, modelsDir: options.modelsDir, allowRemote: options.allowRemote }, (file, percent) =>
    logger.info(`downloading ${file}: ${percent}%`),
  );
  let problem: string | null = null;
  const ready = outcome.then((reason) => {
    if (reason === null) {
      logger.info(`intent model ${modelId} loaded`);
      return true;
    }
    problem = `intent model ${modelId} could not load (${reason})`;
    logger.warn(`${problem}: the bot uses lexical matching only`);
    return false;
  });
  const embed = createBatcher<string, Float32Array>((texts) => embedWith(key, texts));

  return {
    modelId,
    present: true,
    ready,
    problem: () => problem,
    embed,
    // The shared worker outlives every embedder (see embedding-host); nothing to release.
    close: async () => {},
  };
}

/**
 * Two or more models as one: each text's normalised vectors side by side, scaled so the
 * result is normalised again. Lets a site combine models when that measures better.
 */
export function combineEmbedders(parts: Embedder[]): Embedder {
  const scale = 1 / Math.sqrt(parts.length);
  return {
    modelId: parts.map((part) => part.modelId).join('+'),
    present: parts.every((part) => part.present),
    ready: Promise.all(parts.map((part) => part.ready)).then((ready) => ready.every(Boolean)),
    problem: () => parts.map((part) => part.problem()).find((problem) => problem !== null) ?? null,
    async embed(texts) {
      const each = await Promise.all(parts.map((part) => part.embed(texts)));
      return texts.map((_, i) => {
        const joined = new Float32Array(each.reduce((width, vectors) => width + vectors[i]!.length, 0));
        let offset = 0;
        for (const vectors of each) {
          joined.set(vectors[i]!.map((value) => value * scale), offset);
          offset += vectors[i]!.length;
        }
        return joined;
      });
    },
    close: async () => {},
  };
}
