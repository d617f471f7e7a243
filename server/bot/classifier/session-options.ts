/**
 * The onnxruntime options Parley runs its models with: one intra-op thread by default.
 * A sentence is a few milliseconds of work; on a small machine shared with the chat
 * server, a second spinning thread per inference slowed the tail of every query (and of
 * everybody's messages) more than it sped up the median. PARLEY_MODEL_THREADS raises it
 * on a machine with cores to spare.
 */
import type { InferenceSession as Session } from 'onnxruntime-common';
// The package is CommonJS: Node offers it as a default export only, the same object onnxruntime-node hands transformers.js.
import onnxruntime from 'onnxruntime-common';

const { InferenceSession } = onnxruntime;

export function sessionOptions(env: NodeJS.ProcessEnv = process.env): Session.SessionOptions {
  const threads = Math.max(1, Number(env.PARLEY_MODEL_THREADS) || 1);
  return { executionProviders: ['cpu'], intraOpNumThreads: threads, interOpNumThreads: 1, executionMode: 'sequential' };
}

let installed = false;

/** The same options for sessions transformers.js builds itself (a model it downloads), which it gives no way to set. Once per process. */
export function installSessionOptions(env: NodeJS.ProcessEnv = process.env) {
  if (installed) return;
  installed = true;
  const create = InferenceSession.create.bind(InferenceSession) as (...args: unknown[]) => Promise<Session>;
  const { executionProviders: _cpu, ...options } = sessionOptions(env);
  const patched = (buffer: unknown, given?: Session.SessionOptions) => create(buffer, { ...given, ...options });
  (InferenceSession as unknown as { create: typeof patched }).create = patched;
}
