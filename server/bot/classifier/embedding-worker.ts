/**
 * Runs the sentence-embedding models off the main thread: mean-pooled, normalised
 * sentence vectors (local-extractor), one batch per request. One worker
 * serves every model of the process, because onnxruntime-node's native module cannot be
 * loaded into a second worker of the same process ("Module did not self-register").
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import type { HostRequest, LoadRequest, WorkerMessage } from './embedding-protocol';
import { installLeanVocabulary } from './lean-vocabulary';
import { localExtractor, type Extractor } from './local-extractor';
import { installSessionOptions, sessionOptions } from './session-options';

const port = parentPort!;
/**
 * Sentences per model run. onnxruntime's arena keeps the largest activations it ever
 * needed (batch × longest sentence) for the life of the process: one 400-sentence batch
 * (the abuse model's exemplars) left the server ~300 MB heavier for good.
 */
const MAX_BATCH = 32;
const send = (message: WorkerMessage) => port.postMessage(message);

const extractors = new Map<string, Extractor>();
const { env } = await import('@xenova/transformers/src/env.js');
installLeanVocabulary();

// Loads run one at a time: transformers.js reads its model folder from a global setting.
let loading: Promise<unknown> = Promise.resolve();

async function load(request: LoadRequest) {
  env.localModelPath = request.modelsDir;
  env.allowLocalModels = true;
  env.allowRemoteModels = request.allowRemote;
  const file = join(request.modelsDir, request.modelId, 'onnx', 'model_quantized.onnx');
  try {
    const extractor = existsSync(file) ? await localExtractor(request.modelId, file, sessionOptions()) : await download(request);
    await extractor(['warm up']);
    extractors.set(request.key, extractor);
    send({ type: 'ready', key: request.key });
  } catch (error) {
    send({ type: 'failed', key: request.key, reason: error instanceof Error ? error.message : String(error) });
  }
}

/** A model fetched from the hub: transformers.js's pipeline downloads it, reporting progress. */
async function download(request: LoadRequest): Promise<Extractor> {
  const { pipeline } = await import('@xenova/transformers');
  installSessionOptions();
  const extractor = (await pipeline('feature-extraction', request.modelId, {
    quantized: true,
    progress_callback: (progress: { status?: string; file?: string; progress?: number }) => {
      if (progress.status === 'progress' && progress.file) send({ type: 'progress', key: request.key, file: progress.file, percent: Math.round(progress.progress ?? 0) });
    },
  })) as unknown as (texts: string[], options: { pooling: 'mean'; normalize: boolean }) => ReturnType<Extractor>;
  return (texts) => extractor(texts, { pooling: 'mean', normalize: true });
}

port.on('message', async (request: HostRequest) => {
  if (request.type === 'load') {
    loading = loading.then(() => load(request));
    return;
  }
  try {
    await loading;
    const extractor = extractors.get(request.key);
    if (!extractor) throw new Error('model not loaded');
    const vectors: Float32Array[] = [];
    for (let start = 0; start < request.texts.length; start += MAX_BATCH) {
      const texts = request.texts.slice(start, start + MAX_BATCH);
      const output = await extractor(texts);
      const width = output.dims[output.dims.length - 1]!;
      texts.forEach((_, i) => vectors.push(output.data.slice(i * width, (i + 1) * width)));
    }
    send({ type: 'vectors', id: request.id, vectors });
  } catch (error) {
    send({ type: 'error', id: request.id, reason: error instanceof Error ? error.message : String(error) });
  }
});
