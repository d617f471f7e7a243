/**
 * Chooses the confidence below which the bot says "I'm not sure", from how the site's
 * own classifier behaves on held-out data: its leave-one-out predictions of the site's
 * examples (right or wrong, with their confidence) and its confidences on generic
 * out-of-domain sentences (every answer to those is wrong). The lowest threshold whose
 * expected share of wrong answers among the answered stays within the target wins, so
 * the bot answers as much as it can while being right about as often as promised.
 */

export interface CalibrationInput {
  /** Leave-one-out results on the site's examples. */
  inScope: { confidence: number; correct: boolean }[];
  /** Top confidence on each out-of-domain sentence. */
  outOfDomain: number[];
}

export interface Calibration {
  threshold: number;
  /** Expected wrong answers among answered questions at that threshold. */
  wrongAnswerRate: number;
  /** Share of in-scope examples answered right at that threshold. */
  inScopeAnswered: number;
  /** Share of out-of-domain sentences declined at that threshold. */
  outOfDomainDeclined: number;
}

/** At most this share of the bot's answers may be wrong. */
export const TARGET_WRONG_ANSWER_RATE = 0.05;
/** Assumed share of visitor questions that no intent covers. */
const OUT_OF_SCOPE_SHARE = 0.25;

/**
 * For the lexical scorer alone: left-out keyword examples say little about how real
 * questions score, so the threshold is the lowest that declines `share` of the
 * out-of-domain sentences; the in-scope figures are reported at that threshold.
 */
export function thresholdDeclining(input: CalibrationInput, share = 0.95, floor = 0.3): Calibration {
  const sorted = [...input.outOfDomain].sort((a, b) => a - b);
  const threshold = round(Math.max(floor, (sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? 0) + 1e-6));
  const answered = input.inScope.filter((s) => s.confidence >= threshold);
  const wrong = answered.filter((s) => !s.correct).length;
  return {
    threshold,
    wrongAnswerRate: answered.length ? wrong / answered.length : 0,
    inScopeAnswered: input.inScope.length ? (answered.length - wrong) / input.inScope.length : 0,
    outOfDomainDeclined: input.outOfDomain.length ? input.outOfDomain.filter((c) => c < threshold).length / input.outOfDomain.length : 1,
  };
}

export function chooseThreshold(input: CalibrationInput, target = TARGET_WRONG_ANSWER_RATE, bounds = { min: 0.05, max: 0.95 }): Calibration {
  const inCount = Math.max(1, input.inScope.length);
  // Weigh out-of-domain sentences as if they were a quarter of all questions.
  const oodWeight = input.outOfDomain.length ? (OUT_OF_SCOPE_SHARE / (1 - OUT_OF_SCOPE_SHARE)) * (inCount / input.outOfDomain.length) : 0;
  const candidates = [...new Set([bounds.min, ...input.inScope.map((s) => s.confidence), ...input.outOfDomain.map((c) => c + 1e-6)])]
    .filter((t) => t >= bounds.min && t <= bounds.max)
    .sort((a, b) => a - b);
  const at = (threshold: number): Calibration => {
    let right = 0;
    let wrong = 0;
    for (const s of input.inScope) {
      if (s.confidence < threshold) continue;
      if (s.correct) right++;
      else wrong++;
    }
    const oodAnswered = input.outOfDomain.filter((c) => c >= threshold).length;
    const weightedWrong = wrong + oodWeight * oodAnswered;
    const answered = right + weightedWrong;
    return {
      threshold,
      wrongAnswerRate: answered === 0 ? 0 : weightedWrong / answered,
      inScopeAnswered: right / inCount,
      outOfDomainDeclined: input.outOfDomain.length ? 1 - oodAnswered / input.outOfDomain.length : 1,
    };
  };
  for (const threshold of candidates) {
    const calibration = at(threshold);
    if (calibration.wrongAnswerRate <= target) return { ...calibration, threshold: round(threshold) };
  }
  return { ...at(bounds.max), threshold: bounds.max };
}

const round = (value: number) => Math.ceil(value * 1000) / 1000;
