/**
 * `npm run eval:intent [-- --json] [--sets own,banking77,clinc150] [--classifiers lexical,use,e5,use+e5]`:
 * trains each classifier on each set's few-shot examples the way a site would (trained
 * head, calibrated threshold; nothing tuned on the test utterances), then classifies
 * every test utterance through the live path and reports accuracy, macro-F1, in-scope
 * accuracy, out-of-scope recall, the wrong-answer rate at the calibrated operating point
 * and per-query latency.
 */
import { performance } from 'node:perf_hooks';
import type { IntentClassifier } from '../../intent-classifier';
import { createIntentClassifier } from '../create-classifier';
import { modelIsPresent } from '../embedder';
import { DEFAULT_MODEL_ID, defaultDatasetsDir, defaultModelsDir, E5_MODEL_ID } from '../model-location';
import { createTrainedClassifier } from '../trained-classifier';
import { banking77, clinc150, ownSet, type EvalSet } from './datasets';
import { evaluate, percentile } from './metrics';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1]?.split(',') : undefined;
};
const json = args.includes('--json');
const log = (message: string) => (json ? process.stderr : process.stdout).write(`${message}\n`);
const modelsDir = defaultModelsDir();
const datasetsDir = defaultDatasetsDir();

const loaders: Record<string, () => EvalSet> = { own: ownSet, banking77: () => banking77(datasetsDir), clinc150: () => clinc150(datasetsDir) };
const models: Record<string, string | null> = { lexical: null, use: DEFAULT_MODEL_ID, e5: E5_MODEL_ID, 'use+e5': `${DEFAULT_MODEL_ID}+${E5_MODEL_ID}` };
const quiet = { info: () => {}, warn: (message: string) => log(message) };

export interface Row {
  dataset: string;
  classifier: string;
  accuracy: number;
  macroF1: number;
  inScopeAccuracy: number;
  oosRecall: number | null;
  wrongAnswerRate: number;
  p50Ms: number;
  p95Ms: number;
}

async function measure(set: EvalSet, label: string, classifier: IntentClassifier): Promise<Row> {
  const trainStarted = performance.now();
  await classifier.prepare?.(set.intents);
  const calibration = classifier.calibration?.(set.intents);
  log(`${set.name} / ${label}: embedded and trained in ${((performance.now() - trainStarted) / 1000).toFixed(1)} s; ${calibration?.mode} threshold ${calibration?.threshold}`);
  const latencies: number[] = [];
  const predictions = [];
  for (const utterance of set.test) {
    const started = performance.now();
    const result = await classifier.classify(utterance.text, set.intents);
    latencies.push(performance.now() - started);
    predictions.push({ expected: utterance.intent, predicted: result.best?.name ?? null });
  }
  const report = evaluate(predictions);
  const hasOutOfScope = set.test.some((u) => u.intent === null);
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return {
    dataset: set.name,
    classifier: label,
    accuracy: round(report.accuracy),
    macroF1: round(report.macroF1),
    inScopeAccuracy: round(report.inScopeAccuracy),
    oosRecall: hasOutOfScope ? round(report.outOfScopeRejection) : null,
    wrongAnswerRate: round(report.wrongAnswerRate),
    p50Ms: round(percentile(latencies, 50)),
    p95Ms: round(percentile(latencies, 95)),
  };
}

const rows: Row[] = [];
const sets = (option('sets') ?? Object.keys(loaders)).map((name) => loaders[name]!());
for (const label of option('classifiers') ?? Object.keys(models)) {
  const modelId = models[label] ?? label;
  if (models[label] !== null && !modelId.split('+').every((id) => modelIsPresent(modelsDir, id))) {
    log(`${label}: no ${modelId} in ${modelsDir}, skipped`);
    continue;
  }
  const classifier =
    models[label] === null ? createTrainedClassifier({ embedder: null }) : createIntentClassifier({ modelId, modelsDir, allowDownload: false, logger: quiet });
  for (const set of sets) rows.push(await measure(set, label, classifier));
  await classifier.close();
}

if (json) console.log(JSON.stringify(rows, null, 1));
else console.table(rows);
