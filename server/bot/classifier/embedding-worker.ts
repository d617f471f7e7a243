/**
 * Runs the sentence-embedding model off the main thread: transformers.js feature
 * extraction with mean pooling and normalisation, one batch per request.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { CloseRequest, EmbeddingRequest, WorkerMessage, WorkerOptions } from './embedding-protocol';

const options = workerData as WorkerOptions & { entry: string };
const port = parentPort!;
const send = (message: WorkerMessage) => port.postMessage(message);

const { env, pipeline } = await import('@xenova/transformers');
env.localModelPath = options.modelsDir;
env.allowLocalModels = true;
env.allowRemoteModels = options.allowRemote;

type Extractor = (texts: string[], options: { pooling: 'mean'; normalize: boolean }) => Promise<{ data: Float32Array; dims: number[] }>;
let extractor: Extractor | null = null;
try {
  extractor = (await pipeline('feature-extraction', options.modelId, {
    quantized: true,
    progress_callback: (progress: { status?: string; file?: string; progress?: number }) => {
      if (progress.status === 'progress' && progress.file) send({ type: 'progress', file: progress.file, percent: Math.round(progress.progress ?? 0) });
    },
  })) as unknown as Extractor;
  await extractor(['warm up'], { pooling: 'mean', normalize: true });
  send({ type: 'ready' });
} catch (error) {
  send({ type: 'failed', reason: error instanceof Error ? error.message : String(error) });
}

port.on('message', async (request: EmbeddingRequest | CloseRequest) => {
  // Exiting here, between batches, is safe; terminating the thread while onnxruntime's
  // native code runs can abort the whole process.
  if ('close' in request) process.exit(0);
  try {
    if (!extractor) throw new Error('model not loaded');
    const output = await extractor(request.texts, { pooling: 'mean', normalize: true });
    const width = output.dims[output.dims.length - 1]!;
    const vectors = request.texts.map((_, i) => output.data.slice(i * width, (i + 1) * width));
    send({ type: 'vectors', id: request.id, vectors });
  } catch (error) {
    send({ type: 'error', id: request.id, reason: error instanceof Error ? error.message : String(error) });
  }
});
