/**
 * Fits intent heads and calibrates lexical thresholds off the main thread: with 1,500
 * examples this is seconds of arithmetic that must never hold up a chat.
 */
import { parentPort } from 'node:worker_threads';
import { OUT_OF_DOMAIN_SENTENCES } from './calibration/out-of-domain';
import { calibrateLexical, trainIntentHead } from './intent-head';
import type { TrainingReply, TrainingRequest } from './trainer';

const port = parentPort!;
port.on('message', (request: TrainingRequest) => {
  try {
    const reply: TrainingReply =
      request.kind === 'head'
        ? { id: request.id, ok: true, head: trainIntentHead(request.job) }
        : { id: request.id, ok: true, lexical: calibrateLexical(request.intents, OUT_OF_DOMAIN_SENTENCES) };
    port.postMessage(reply);
  } catch (error) {
    port.postMessage({ id: request.id, ok: false, reason: error instanceof Error ? error.message : String(error) } satisfies TrainingReply);
  }
});
