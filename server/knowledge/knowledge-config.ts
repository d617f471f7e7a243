/**
 * How the knowledge base is set up in a running server: the bot classifier's own
 * embedding model (one load, one worker) and the minimum similarities from the environment.
 */
import type { Embedder } from '../bot/classifier/embedder';

export interface KnowledgeSettings {
  embedder: Embedder | null;
  /** PARLEY_KB_MIN_SIMILARITY: cosine a passage must reach for the bot to offer it (model loaded). */
  minSimilarity?: number;
  /** PARLEY_KB_MIN_COVERAGE: share of the question's n-grams a passage must hold (no model). */
  minCoverage?: number;
}

export function knowledgeSettings(env: NodeJS.ProcessEnv, embedder: Embedder | null): KnowledgeSettings {
  const settings: KnowledgeSettings = { embedder };
  const similarity = unit(env.PARLEY_KB_MIN_SIMILARITY);
  const coverage = unit(env.PARLEY_KB_MIN_COVERAGE);
  if (similarity !== undefined) settings.minSimilarity = similarity;
  if (coverage !== undefined) settings.minCoverage = coverage;
  return settings;
}

function unit(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0 || number > 1) throw new Error(`the knowledge base's minimum similarity must be 0..1, got "${value}"`);
  return number;
}
