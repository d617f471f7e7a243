/**
 * Builds the bot's classifier from configuration: the transformers.js model from the
 * local models directory when it is there (downloaded once when allowed and reachable),
 * otherwise lexical matching with a warning, said once.
 */
import type { IntentClassifier } from '../intent-classifier';
import { combineEmbedders, createWorkerEmbedder, type EmbedderLogger } from './embedder';
import type { EmbeddingStore } from './embedding-store';
import { createTrainedClassifier } from './trained-classifier';

export interface ClassifierConfig {
  modelId: string;
  modelsDir: string;
  /** Fetch the model from the Hugging Face hub when it is not in modelsDir. */
  allowDownload: boolean;
  logger: EmbedderLogger;
  /** Where example embeddings persist between restarts. */
  store?: EmbeddingStore;
}

export function createIntentClassifier(config: ClassifierConfig): IntentClassifier & { modelReady: Promise<boolean> } {
  // "a+b" combines models (their vectors side by side).
  const parts = config.modelId.split('+').map((modelId) => createWorkerEmbedder({ modelId, modelsDir: config.modelsDir, allowRemote: config.allowDownload, logger: config.logger }));
  const embedder = parts.length === 1 ? parts[0]! : combineEmbedders(parts);
  return createTrainedClassifier({ embedder, logger: config.logger, ...(config.store ? { store: config.store } : {}) });
}
