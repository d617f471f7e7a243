/**
 * The bot's classifier: per set of intents (one site's), a head trained on the example
 * embeddings with a calibrated "not sure" threshold (intent-head), and a lexical
 * n-gram index with its own calibrated threshold. Training runs in a worker and starts
 * as soon as the intents are seen or changed (prepare); until it is done, or when no
 * model is loaded, answers are lexical. Nothing on this path blocks the event loop for
 * longer than a query's own arithmetic.
 */
import { createHash } from 'node:crypto';
import type { Classification, ClassifierStatus, ClassifyOptions, IntentClassifier, IntentExamples, SiteCalibration } from '../intent-classifier';
import { OUT_OF_DOMAIN_SENTENCES } from './calibration/out-of-domain';
import type { Calibration } from './calibration/threshold';
import type { Embedder } from './embedder';
import { createMemoryEmbeddingStore, embedWithStore, type EmbeddingStore } from './embedding-store';
import { intentScores, type HeadJob, type IntentHead } from './intent-head';
import { createLexicalIndex, scoreWithIndex, type LexicalIndex } from './lexical';
import { calibrateLexicalInWorker, trainHeadInWorker } from './trainer';

/** Used until the site's lexical threshold is calibrated. */
export const FALLBACK_LEXICAL_THRESHOLD = 0.45;
/** How many intent sets (sites) keep a trained head in memory. */
const KEPT_SETS = 32;

export interface TrainedClassifierOptions {
  embedder: Embedder | null;
  store?: EmbeddingStore;
  logger?: { info(message: string): void; warn(message: string): void };
  /** Replaceable for tests; by default the training worker. */
  trainHead?: (job: HeadJob) => Promise<IntentHead>;
  calibrateLexical?: (intents: { name: string; examples: string[] }[]) => Promise<Calibration>;
}

interface IntentSet {
  names: string[];
  lexical: LexicalIndex;
  lexicalCalibration: Calibration | null;
  head: IntentHead | null;
  examples: number;
  training: Promise<void>;
}

export function createTrainedClassifier(options: TrainedClassifierOptions): IntentClassifier & { modelReady: Promise<boolean> } {
  const embedder = options.embedder;
  let store = options.store ?? createMemoryEmbeddingStore();
  const trainHead = options.trainHead ?? trainHeadInWorker;
  const calibrateLexical = options.calibrateLexical ?? calibrateLexicalInWorker;
  const sets = new Map<string, IntentSet>();
  let state: ClassifierStatus['state'] = embedder ? 'loading' : 'absent';
  const modelReady = embedder ? embedder.ready : Promise.resolve(false);
  void modelReady.then((ready) => (state = ready ? 'ready' : embedder?.present ? 'failed' : 'absent'));
  let outOfDomain: Promise<Float32Array[]> | null = null;

  /** The same list (a site's cached intents) is fingerprinted once: hashing 1,500 examples per message adds up. */
  const fingerprints = new WeakMap<readonly IntentExamples[], string>();

  function setFor(intents: readonly IntentExamples[]): IntentSet {
    const key = fingerprints.get(intents) ?? fingerprint(intents);
    fingerprints.set(intents, key);
    const known = sets.get(key);
    if (known) {
      // Most recently used last, so the oldest set is the one dropped.
      sets.delete(key);
      sets.set(key, known);
      return known;
    }
    const usable = intents.filter((intent) => intent.examples.length > 0);
    const set: IntentSet = {
      names: usable.map((intent) => intent.name),
      lexical: createLexicalIndex(usable),
      lexicalCalibration: null,
      head: null,
      examples: usable.reduce((sum, intent) => sum + intent.examples.length, 0),
      training: Promise.resolve(),
    };
    set.training = train(set, usable).catch((error: Error) => options.logger?.warn(`intent training failed (${error.message}): lexical answers only for this intent set`));
    sets.set(key, set);
    while (sets.size > KEPT_SETS) sets.delete(sets.keys().next().value!);
    return set;
  }

  async function train(set: IntentSet, intents: IntentExamples[]) {
    set.lexicalCalibration = await calibrateLexical(intents.map((intent) => ({ name: intent.name, examples: [...intent.examples] })));
    if (!embedder || !(await modelReady) || set.names.length < 2) return;
    const texts = intents.flatMap((intent) => intent.examples);
    const vectors = await embedWithStore(store, embedder.modelId, texts, (batch) => embedder.embed(batch));
    outOfDomain ??= embedWithStore(store, embedder.modelId, OUT_OF_DOMAIN_SENTENCES, (batch) => embedder.embed(batch));
    const ood = await outOfDomain;
    const dim = vectors[0]!.length;
    set.head = await trainHead({
      modelId: embedder.modelId,
      classes: set.names,
      dim,
      vectors: flatten(vectors, dim),
      labels: Int32Array.from(intents.flatMap((intent, i) => intent.examples.map(() => i))),
      texts,
      outOfDomain: flatten(ood, dim),
      outOfDomainTexts: OUT_OF_DOMAIN_SENTENCES,
    });
    options.logger?.info(`intent head trained on ${set.examples} examples in ${Math.round(set.head.trainMs)} ms; threshold ${set.head.calibration.threshold}`);
  }

  return {
    modelReady,
    embedder: () => embedder,

    async classify(text: string, intents: readonly IntentExamples[], classifyOptions: ClassifyOptions = {}): Promise<Classification> {
      const set = setFor(intents);
      const override = classifyOptions.threshold ?? null;
      const head = set.head;
      if (head && state === 'ready') {
        const embedding = embedder!.embed([text]);
        // The lexical half is scored while the worker embeds.
        const lexical = scoreWithIndex(set.lexical, text);
        const [query] = await embedding;
        // A batch of queries resolves together: score each in its own task so sockets get a turn between them.
        await new Promise((resolve) => setImmediate(resolve));
        const scores = intentScores(head, query!, lexical);
        return decide(head.classes, scores, override ?? head.calibration.threshold, 'semantic+lexical');
      }
      const scores = scoreWithIndex(set.lexical, text);
      return decide(set.names, scores, override ?? set.lexicalCalibration?.threshold ?? FALLBACK_LEXICAL_THRESHOLD, 'lexical');
    },

    async prepare(intents) {
      await setFor(intents).training;
    },


    useStore(persistent) {
      store = persistent;
    },

    status: () => ({ modelId: embedder?.modelId ?? null, state, problem: embedder?.problem() ?? (embedder ? null : 'no intent model configured') }),

    calibration(intents): SiteCalibration | null {
      const set = setFor(intents);
      if (set.head && state === 'ready') return { mode: 'semantic+lexical', examples: set.examples, ...set.head.calibration };
      if (set.lexicalCalibration && state !== 'loading') return { mode: 'lexical', examples: set.examples, ...set.lexicalCalibration };
      return null;
    },

    async close() {
      await embedder?.close();
    },
  };
}

function decide(names: string[], scores: ArrayLike<number>, threshold: number, mode: Classification['mode']): Classification {
  const ranked = names
    .map((name, i) => ({ name, score: Math.round(scores[i]! * 1000) / 1000 }))
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score);
  const top = ranked[0];
  return { best: top && top.score >= threshold ? top : null, ranked, mode, threshold };
}

function fingerprint(intents: readonly IntentExamples[]): string {
  const hash = createHash('sha1');
  for (const intent of intents) hash.update(intent.name).update('\u0001').update(intent.examples.join('\u0000')).update('\u0002');
  return hash.digest('base64url');
}

function flatten(vectors: Float32Array[], dim: number): Float32Array {
  const out = new Float32Array(vectors.length * dim);
  vectors.forEach((vector, i) => out.set(vector, i * dim));
  return out;
}
