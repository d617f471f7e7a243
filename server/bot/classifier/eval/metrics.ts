/** Evaluation metrics for intent classification, as pure functions over predictions. */

export interface Prediction {
  /** Gold label; null = out of scope. */
  expected: string | null;
  /** Predicted label; null = the classifier declined. */
  predicted: string | null;
}

export interface Report {
  accuracy: number;
  /** Mean F1 over the in-scope intents. */
  macroF1: number;
  /** Share of out-of-scope utterances the classifier declined. */
  outOfScopeRejection: number;
  /** Share of in-scope utterances given the right intent. */
  inScopeAccuracy: number;
  /** Wrong answers (a wrong intent, or any intent for an out-of-scope question) among the answered. */
  wrongAnswerRate: number;
}

export function evaluate(predictions: readonly Prediction[]): Report {
  const correct = predictions.filter((p) => p.expected === p.predicted).length;
  const inScope = predictions.filter((p) => p.expected !== null);
  const outOfScope = predictions.filter((p) => p.expected === null);
  const answered = predictions.filter((p) => p.predicted !== null);
  const labels = [...new Set(inScope.map((p) => p.expected!))];
  const f1s = labels.map((label) => {
    const tp = predictions.filter((p) => p.predicted === label && p.expected === label).length;
    const fp = predictions.filter((p) => p.predicted === label && p.expected !== label).length;
    const fn = predictions.filter((p) => p.expected === label && p.predicted !== label).length;
    const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
    return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  });
  return {
    accuracy: predictions.length ? correct / predictions.length : 0,
    macroF1: f1s.length ? f1s.reduce((a, b) => a + b, 0) / f1s.length : 0,
    outOfScopeRejection: outOfScope.length ? outOfScope.filter((p) => p.predicted === null).length / outOfScope.length : 0,
    inScopeAccuracy: inScope.length ? inScope.filter((p) => p.predicted === p.expected).length / inScope.length : 0,
    wrongAnswerRate: answered.length ? answered.filter((p) => p.predicted !== p.expected).length / answered.length : 0,
  };
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Applies a threshold to ranked scores: the top intent if it clears it, else null. */
export function decide(ranked: readonly { name: string; score: number }[], threshold: number): string | null {
  const top = ranked[0];
  return top && top.score >= threshold ? top.name : null;
}

/** The threshold (on a 0.05 grid) with the best accuracy on the tuning predictions, counting declines. */
export function tuneThreshold(scored: readonly { expected: string | null; ranked: { name: string; score: number }[] }[]): number {
  let best = { threshold: 0.5, accuracy: -1 };
  for (let threshold = 0.2; threshold <= 0.951; threshold += 0.05) {
    const { accuracy } = evaluate(scored.map((s) => ({ expected: s.expected, predicted: decide(s.ranked, threshold) })));
    if (accuracy > best.accuracy) best = { threshold: Math.round(threshold * 100) / 100, accuracy };
  }
  return best.threshold;
}
