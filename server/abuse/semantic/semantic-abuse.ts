/**
 * Abuse the word lists cannot see, by meaning: each visitor message is embedded with the
 * bot's sentence model (the process's one embedding worker) and compared with abusive
 * exemplars and with their harmless neighbours (exemplars.ts). A message is flagged when it
 * is close to an abusive exemplar and clearly closer to it than to any harmless one, so an
 * angry complaint ("this is unacceptable, refund me") stays visible. The thresholds were
 * calibrated on a held-out set (calibrate.ts, figures in README).
 */
import type { AbuseSensitivity } from '../../../shared/abuse';
import { OUT_OF_DOMAIN_SENTENCES } from '../../bot/classifier/calibration/out-of-domain';
import { seedIntents } from '../../bot/seed-intents';
import { ABUSIVE_EXEMPLARS, BENIGN_EXEMPLARS, type AbuseKind } from './exemplars';

/**
 * Everything a message may be near without being abuse: the hard negatives, plus the bot's
 * seed questions and off-topic chat, so everyday messages find a harmless neighbour closer
 * than any abusive exemplar (without them, 9% of everyday messages were flagged).
 */
export const HARMLESS_SENTENCES: readonly string[] = [...new Set([...BENIGN_EXEMPLARS, ...seedIntents.flatMap((intent) => intent.examples), ...OUT_OF_DOMAIN_SENTENCES])];


export interface SemanticScore {
  /** Cosine similarity to the closest abusive exemplar. */
  abusive: number;
  /** Cosine similarity to the closest harmless exemplar. */
  benign: number;
  /** What the closest abusive exemplar is. */
  kind: AbuseKind;
}

export interface SemanticVerdict {
  flagged: boolean;
  threat: boolean;
}

/** Per sensitivity: how close to abuse, and how much closer than to harmless, a message must be. */
export const SENSITIVITY_CUTS: Record<AbuseSensitivity, { similarity: number; margin: number }> = {
  low: { similarity: 0.5, margin: 0.05 },
  medium: { similarity: 0.35, margin: 0.02 },
  high: { similarity: 0.3, margin: 0 },
};

/** The decision, pure: whether a scored message is flagged at this sensitivity, and whether as a threat. */
export function semanticVerdict(score: SemanticScore, sensitivity: AbuseSensitivity): SemanticVerdict {
  const cut = SENSITIVITY_CUTS[sensitivity];
  const flagged = score.abusive >= cut.similarity && score.abusive - score.benign >= cut.margin;
  return { flagged, threat: flagged && score.kind === 'threat' };
}

const dot = (a: Float32Array, b: Float32Array) => {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
};
const norm = (a: Float32Array) => Math.sqrt(dot(a, a)) || 1;
const cosine = (a: Float32Array, b: Float32Array) => dot(a, b) / (norm(a) * norm(b));

export interface ExemplarVectors {
  abusive: { vector: Float32Array; kind: AbuseKind }[];
  benign: Float32Array[];
}

/** Scores one message's vector against the exemplars' vectors. */
export function scoreVector(vector: Float32Array, exemplars: ExemplarVectors): SemanticScore {
  let abusive = -1;
  let kind: AbuseKind = 'insult';
  for (const exemplar of exemplars.abusive) {
    const similarity = cosine(vector, exemplar.vector);
    if (similarity > abusive) [abusive, kind] = [similarity, exemplar.kind];
  }
  const benign = Math.max(-1, ...exemplars.benign.map((other) => cosine(vector, other)));
  return { abusive, benign, kind };
}

/** What the model side needs from the bot's embedder (server/bot/classifier/embedder.ts). */
export interface SentenceEmbedder {
  readonly ready: Promise<boolean>;
  embed(texts: string[]): Promise<Float32Array[]>;
}

export interface SemanticAbuseModel {
  /** The message's score, or null when no model is loaded (the lists still work). */
  score(text: string): Promise<SemanticScore | null>;
}

/** Longer messages are cut: the model reads sentences, and a pasted essay should not cost more. */
const MAX_CHARS = 500;

export function createSemanticAbuseModel(embedder: SentenceEmbedder | null): SemanticAbuseModel {
  let exemplars: Promise<ExemplarVectors | null> | null = null;
  const load = async (): Promise<ExemplarVectors | null> => {
    if (!embedder || !(await embedder.ready)) return null;
    const vectors = await embedder.embed([...ABUSIVE_EXEMPLARS.map((exemplar) => exemplar.text), ...HARMLESS_SENTENCES]);
    return {
      abusive: ABUSIVE_EXEMPLARS.map((exemplar, i) => ({ vector: vectors[i]!, kind: exemplar.kind })),
      benign: vectors.slice(ABUSIVE_EXEMPLARS.length),
    };
  };
  // A failed load is tried again on a later message rather than remembered forever.
  const loaded = () => (exemplars ??= load().catch(() => ((exemplars = null), null)));
  // Embedding the ~500 exemplars takes seconds on a busy machine: done as soon as the model
  // is up, so the first visitor's verdict does not wait for it.
  void embedder?.ready.then((ready) => (ready ? loaded() : null), () => null);
  return {
    async score(text) {
      const known = await loaded();
      if (!known || !embedder) return null;
      const [vector] = await embedder.embed([text.slice(0, MAX_CHARS)]);
      return vector ? scoreVector(vector, known) : null;
    },
  };
}
