/**
 * The options transformers.js does not let a caller give onnxruntime: one intra-op thread
 * by default. A sentence is a few milliseconds of work; on a small machine shared with
 * the chat server, a second spinning thread per inference slowed the tail of every
 * query (and of everybody's messages) more than it sped up the median.
 * PARLEY_MODEL_THREADS raises it on a machine with cores to spare.
 */
import type { InferenceSession as Session } from 'onnxruntime-common';
// The package is CommonJS: Node offers it as a default export only, the same object onnxruntime-node hands transformers.js.
import onnxruntime from 'onnxruntime-common';

const { InferenceSession } = onnxruntime;

export function installSessionOptions(env: NodeJS.ProcessEnv = process.env) {
  const threads = Math.max(1, Number(env.PARLEY_MODEL_THREADS) || 1);
  const create = InferenceSession.create.bind(InferenceSession) as (...args: unknown[]) => Promise<Session>;
  const patched = (buffer: unknown, options?: Session.SessionOptions) =>
    create(buffer, { ...options, intraOpNumThreads: threads, interOpNumThreads: 1, executionMode: 'sequential' });
  (InferenceSession as unknown as { create: typeof patched }).create = patched;
}
