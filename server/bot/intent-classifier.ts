/**
 * The seam between the bot and whatever recognises intents. The foundation's keyword
 * matcher and the transformers.js model both sit behind this interface.
 */

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
  /** Which signals produced the scores: lexical-only means the embedding model is not loaded. */
  mode: 'semantic+lexical' | 'lexical';
}

export interface IntentClassifier {
  classify(text: string, intents: readonly IntentExamples[]): Promise<Classification>;
  /** Releases worker threads or model sessions. */
  close(): Promise<void>;
}
