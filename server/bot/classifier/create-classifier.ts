/**
 * Builds the bot's classifier from configuration: the transformers.js model from the
 * local models directory when it is there (downloaded once when allowed and reachable),
 * otherwise lexical matching with a warning.
 */
import type { IntentClassifier } from '../intent-classifier';
import { createWorkerEmbedder, type EmbedderLogger } from './embedder';
import { createHybridClassifier } from './hybrid-classifier';

export interface ClassifierConfig {
  modelId: string;
  modelsDir: string;
  /** Fetch the model from the Hugging Face hub when it is not in modelsDir. */
  allowDownload: boolean;
  logger: EmbedderLogger;
  threshold?: number;
  lexicalThreshold?: number;
}

export function createIntentClassifier(config: ClassifierConfig): IntentClassifier & { modelReady: Promise<boolean> } {
  const embedder = createWorkerEmbedder({ modelId: config.modelId, modelsDir: config.modelsDir, allowRemote: config.allowDownload, logger: config.logger });
  const classifier = createHybridClassifier({
    embedder,
    modelId: config.modelId,
    ...(config.threshold !== undefined ? { threshold: config.threshold } : {}),
    ...(config.lexicalThreshold !== undefined ? { lexicalThreshold: config.lexicalThreshold } : {}),
  });
  return { ...classifier, modelReady: embedder.ready };
}
