/**
 * `npm run eval:intent`: tunes the confidence threshold on the tuning split and reports
 * accuracy, macro-F1, out-of-scope rejection and latency on the held-out split, for the
 * classifier the server would run (the embedding model when it is in the models
 * directory, else lexical only). With the model, k-NN and centroid scoring are compared.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { IntentClassifier } from '../../intent-classifier';
import { seedIntents } from '../../seed-intents';
import { createWorkerEmbedder } from '../embedder';
import { createHybridClassifier } from '../hybrid-classifier';
import { DEFAULT_MODEL_ID, defaultModelsDir } from '../model-location';
import { decide, evaluate, percentile, tuneThreshold } from './metrics';

type Utterance = { text: string; intent: string | null };
const set = JSON.parse(readFileSync(new URL('./utterances.json', import.meta.url), 'utf8')) as { tune: Utterance[]; heldOut: Utterance[] };
const modelId = process.env.PARLEY_INTENT_MODEL ?? DEFAULT_MODEL_ID;
const modelsDir = defaultModelsDir();

async function score(classifier: IntentClassifier, utterances: Utterance[]) {
  const latencies: number[] = [];
  const scored = [];
  for (const utterance of utterances) {
    const started = performance.now();
    const result = await classifier.classify(utterance.text, seedIntents);
    latencies.push(performance.now() - started);
    scored.push({ expected: utterance.intent, ranked: result.ranked, mode: result.mode });
  }
  return { scored, latencies };
}

async function run(label: string, classifier: IntentClassifier) {
  const tuning = await score(classifier, set.tune);
  const threshold = tuneThreshold(tuning.scored);
  const heldOut = await score(classifier, set.heldOut);
  const report = evaluate(heldOut.scored.map((s) => ({ expected: s.expected, predicted: decide(s.ranked, threshold) })));
  return {
    classifier: label,
    mode: heldOut.scored[0]?.mode ?? 'lexical',
    threshold,
    accuracy: report.accuracy.toFixed(3),
    'macro-F1': report.macroF1.toFixed(3),
    'in-scope acc.': report.inScopeAccuracy.toFixed(3),
    'OOS rejected': report.outOfScopeRejection.toFixed(3),
    'p50 ms': percentile(heldOut.latencies, 50).toFixed(2),
    'p95 ms': percentile(heldOut.latencies, 95).toFixed(2),
  };
}

const rows = [await run('lexical (character n-grams)', createHybridClassifier({ embedder: null, modelId: 'none' }))];
const logger = { info: () => {}, warn: (message: string) => console.warn(message) };
const embedder = createWorkerEmbedder({ modelId, modelsDir, allowRemote: false, logger });
if (await embedder.ready) {
  await new Promise((resolve) => setImmediate(resolve));
  for (const semanticMode of ['knn', 'centroid'] as const) {
    const classifier = createHybridClassifier({ embedder, modelId, semanticMode });
    await new Promise((resolve) => setTimeout(resolve, 10));
    rows.push(await run(`${modelId} ${semanticMode} + lexical`, classifier));
  }
} else {
  console.log(`No embedding model at ${modelsDir}/${modelId}: only the lexical classifier was evaluated.`);
}
await embedder.close();
console.log(`Held-out: ${set.heldOut.length} utterances (${set.heldOut.filter((u) => !u.intent).length} out of scope); threshold tuned on ${set.tune.length}.`);
console.table(rows);
