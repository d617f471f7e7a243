/**
 * The bot's UnansweredObserver: notes each question no intent answered. `record` only
 * queues (the visitor's reply never waits for it, and it never throws); a drain embeds
 * the queued questions in one batch through the classifier's worker, when the model is
 * ready, and stores them. A full queue drops new questions rather than growing.
 */
import type { UnansweredObserver } from '../bot-service';
import type { NewUnanswered, UnansweredRepository } from './unanswered.repository';

export const MAX_QUEUED = 500;

export interface UnansweredRecorderDeps {
  repository: UnansweredRepository;
  /** Sentence vectors from the bot's model, or null while it is not ready. */
  embed: (texts: string[]) => Promise<Float32Array[] | null>;
  modelId: () => string | null;
  now: () => Date;
  onError: (error: unknown) => void;
  /** Told after each stored batch (the clusters it changes are recomputed). */
  onStored?: (siteIds: string[]) => void;
}

export function createUnansweredRecorder(deps: UnansweredRecorderDeps): UnansweredObserver & { idle(): Promise<void> } {
  let queue: NewUnanswered[] = [];
  let draining: Promise<void> | null = null;

  async function drain() {
    while (queue.length > 0) {
      const batch = queue;
      queue = [];
      const vectors = await deps.embed(batch.map((question) => question.text)).catch((error: unknown) => {
        deps.onError(error);
        return null;
      });
      const modelId = vectors ? deps.modelId() : null;
      const stored = batch.map((question, i) => ({ ...question, modelId, vector: vectors?.[i] ?? null }));
      await deps.repository.addMany(stored).then(() => deps.onStored?.([...new Set(batch.map((question) => question.siteId))]), deps.onError);
    }
  }

  function schedule() {
    draining ??= new Promise<void>((resolve) => setImmediate(resolve))
      .then(drain)
      .catch(deps.onError)
      .finally(() => {
        draining = null;
        // Queued between the last batch and here.
        if (queue.length > 0) schedule();
      });
  }

  return {
    record({ conversation, text }) {
      try {
        const trimmed = text.trim();
        if (trimmed && queue.length < MAX_QUEUED) {
          queue.push({ siteId: conversation.siteId, conversationId: conversation.id, text: trimmed, locale: conversation.locale, at: deps.now(), modelId: null, vector: null });
          schedule();
        }
      } catch (error) {
        deps.onError(error);
      }
      return Promise.resolve();
    },
    /** Resolves once everything queued so far is stored (tests, shutdown). */
    async idle() {
      while (draining) await draining;
    },
  };
}
