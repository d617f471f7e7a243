/**
 * The bot's intent classifier: cosine similarity of sentence embeddings to each
 * intent's examples (nearest example, or the intents' centroids), blended with the
 * character n-gram score, and a confidence threshold below which nothing is claimed.
 * Without a loaded model it is the lexical score alone, and says so in `mode`.
 */
import type { Classification, IntentClassifier, IntentExamples, ScoredIntent } from '../intent-classifier';
import type { Embedder } from './embedder';
import { cosine, createExampleCache } from './example-cache';
import { lexicalScores } from './lexical';

export interface HybridOptions {
  embedder: Embedder | null;
  modelId: string;
  /** Minimum blended score for a confident answer. */
  threshold?: number;
  /** Minimum lexical-only score when no model is loaded. */
  lexicalThreshold?: number;
  /** Share of the semantic score in the blend (the rest is lexical). */
  semanticWeight?: number;
  /** `knn`: best single example; `centroid`: mean of an intent's examples. */
  semanticMode?: 'knn' | 'centroid';
}

// lexicalThreshold is the one `npm run eval:intent` tunes on its tuning split; re-tune threshold when a model is present.
export const DEFAULT_THRESHOLDS = { threshold: 0.55, lexicalThreshold: 0.45 };

export function createHybridClassifier(options: HybridOptions): IntentClassifier {
  const embedder = options.embedder;
  const cache = embedder ? createExampleCache(options.modelId, (texts) => embedder.embed(texts)) : null;
  let modelReady = false;
  void embedder?.ready.then((ready) => (modelReady = ready));
  const weight = options.semanticWeight ?? 0.7;

  return {
    async classify(text: string, intents: readonly IntentExamples[]): Promise<Classification> {
      const lexical = lexicalScores(text, intents);
      // A model still loading must not hold up answers: until it is ready, lexical only.
      const semantic = modelReady && embedder && cache ? await semanticScores(text, intents) : null;
      const ranked: ScoredIntent[] = intents
        .map((intent) => {
          const lex = lexical.get(intent.name) ?? 0;
          const sem = semantic?.get(intent.name);
          return { name: intent.name, score: sem === undefined ? lex : weight * sem + (1 - weight) * lex };
        })
        .filter((entry) => entry.score > 0)
        .sort((a, b) => b.score - a.score);
      const threshold = semantic ? (options.threshold ?? DEFAULT_THRESHOLDS.threshold) : (options.lexicalThreshold ?? DEFAULT_THRESHOLDS.lexicalThreshold);
      const top = ranked[0];
      return { best: top && top.score >= threshold ? top : null, ranked, mode: semantic ? 'semantic+lexical' : 'lexical' };
    },
    async close() {
      await embedder?.close();
    },
  };

  async function semanticScores(text: string, intents: readonly IntentExamples[]) {
    const [[query], examples] = await Promise.all([embedder!.embed([text]), cache!.vectorsFor(intents)]);
    const scores = new Map<string, number>();
    for (const [name, { vectors, centroid }] of examples) {
      const score = options.semanticMode === 'centroid' ? cosine(query!, centroid) : Math.max(...vectors.map((vector) => cosine(query!, vector)));
      scores.set(name, Math.max(0, score));
    }
    return scores;
  }
}
