/**
 * The seam between the bot and whatever recognises intents. The foundation's keyword
 * matcher and the transformers.js model both sit behind this interface.
 */
import type { Embedder } from './classifier/embedder';
import type { EmbeddingStore } from './classifier/embedding-store';

/** What a classifier needs to know about one intent: its name and example phrases. */
export interface IntentExamples {
  name: string;
  /** Example phrases or keywords, Korean and/or English. */
  examples: string[];
}

export interface ScoredIntent {
  name: string;
  /** 0..1, higher is more confident. */
  score: number;
}

export interface Classification {
  /** The winning intent, or null when nothing clears the confidence threshold. */
  best: ScoredIntent | null;
  /** Every intent that scored above zero, best first (for admin testing and handoff context). */
  ranked: ScoredIntent[];
  /** Which signals produced the scores: lexical-only means the embedding model is not loaded (or the site's head is still training). */
  mode: 'semantic+lexical' | 'lexical';
  /** The confidence the best intent had to reach. */
  threshold?: number;
}

export interface ClassifyOptions {
  /** The site's own confidence threshold, overriding the calibrated one. */
  threshold?: number | null;
}

/** Whether the semantic model is in use, for the log and the admin screen. */
export interface ClassifierStatus {
  modelId: string | null;
  state: 'ready' | 'loading' | 'absent' | 'failed';
  /** Why the model is not in use, in plain words. */
  problem: string | null;
}

/** The threshold the classifier derived for one set of intents, and what it expects of it. */
export interface SiteCalibration {
  mode: 'semantic+lexical' | 'lexical';
  threshold: number;
  wrongAnswerRate: number;
  inScopeAnswered: number;
  outOfDomainDeclined: number;
  examples: number;
}

export interface IntentClassifier {
  classify(text: string, intents: readonly IntentExamples[], options?: ClassifyOptions): Promise<Classification>;
  /** Embeds the examples and trains ahead of time (after an import or edit), so no visitor waits. */
  prepare?(intents: readonly IntentExamples[]): Promise<void>;
  status?(): ClassifierStatus;
  /** Where example embeddings persist (the database), once the app has a connection. */
  useStore?(store: EmbeddingStore): void;
  /** The calibration for these intents once trained; null while training. */
  calibration?(intents: readonly IntentExamples[]): SiteCalibration | null;
  /** Releases worker threads or model sessions. */
  close(): Promise<void>;
  /** The sentence model in use (the process's one embedding worker), for other features that compare meanings; null without one. */
  embedder?(): Embedder | null;
}
