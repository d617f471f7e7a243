/**
 * Ranks a site's article passages against a question: cosine similarity of sentence
 * embeddings when the model is loaded, else lexical coverage (how much of the
 * question's character n-grams a passage holds). An article scores as its best
 * passage; only articles at or above the minimum similarity are offered, so an
 * off-topic question gets none. Pure.
 */
import { profile } from '../bot/classifier/lexical';

export interface ScoredPassage {
  articleId: string;
  /** Which passage of the article (its snippet). */
  text: string;
  score: number;
}

export interface RankedArticle {
  articleId: string;
  score: number;
  /** The article's best passage. */
  passage: string;
}

/** Cosine similarity; the model's vectors are normalised, but stored ones may not be exactly. */
export function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/**
 * The share of the question's syllable 2–3-grams and jamo grams a passage contains, 0..1.
 * Single characters are left out: every Korean sentence shares 요, 니, 다 with every other.
 */
export function lexicalCoverage(question: string, passage: string): number {
  const asked = [...profile(question)].filter(([gram]) => !gram.startsWith('1:'));
  if (asked.length === 0) return 0;
  const held = profile(passage);
  let total = 0;
  let found = 0;
  for (const [gram, count] of asked) {
    total += count;
    found += Math.min(count, held.get(gram) ?? 0);
  }
  return found / total;
}

/**
 * The best `limit` articles whose best passage reaches `minScore`, best first. A runner-up
 * is offered only within `margin` of the winner: a clear winner is shown alone.
 */
export function rankArticles(passages: readonly ScoredPassage[], minScore: number, limit = 2, margin = 0.1): RankedArticle[] {
  const best = new Map<string, RankedArticle>();
  for (const passage of passages) {
    const known = best.get(passage.articleId);
    if (!known || passage.score > known.score) best.set(passage.articleId, { articleId: passage.articleId, score: passage.score, passage: passage.text });
  }
  return [...best.values()]
    .filter((article) => article.score >= minScore)
    .sort((a, b) => b.score - a.score)
    .filter((article, _, all) => article.score >= all[0]!.score - margin)
    .slice(0, limit);
}
