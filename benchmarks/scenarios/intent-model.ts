/**
 * Scenario 11: what the bot's model costs. (a) The server's resident memory with the
 * default model loaded against the same server without one (PARLEY_INTENT_MODEL set to a
 * model that is not there), both holding CLINC150's 1,500 examples, trained, after the same
 * tester queries, once the training worker has idled out. (b) Classification p50/p95 over those 1,500 examples, in process. (c)
 * Retraining after an edit: the time until the new head answers, and how busy the main
 * thread was meanwhile (the training runs in a worker).
 */
import { performance } from 'node:perf_hooks';
import { API, type IntentOverview } from '../../shared/http';
import { createIntentClassifier } from '../../server/bot/classifier/create-classifier';
import { clinc150 } from '../../server/bot/classifier/eval/datasets';
import { DEFAULT_MODEL_ID, defaultDatasetsDir, defaultModelsDir } from '../../server/bot/classifier/model-location';
import { adminToken } from '../support/parley-clients';
import { startParley } from '../support/processes';
import { ms, percentile, sleep, type Row } from '../support/stats';

const set = () => clinc150(defaultDatasetsDir());

async function serverRss(modelId: string, semantic: boolean, queries: string[]): Promise<number> {
  const parley = await startParley({ databaseName: `bench_model_${Date.now()}`, env: { PARLEY_INTENT_MODEL: modelId } });
  try {
    const token = await adminToken(parley.url);
    const call = (path: string, init: RequestInit = {}) =>
      fetch(`${parley.url}${path}`, { ...init, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` } });
    const intents = set().intents.map((intent) => ({ ...intent, answer: { ko: `${intent.name} 안내입니다.`, en: `About ${intent.name}.` } }));
    const imported = await call(API.intentsImport, { method: 'POST', body: JSON.stringify({ mode: 'replace', intents }) });
    if (!imported.ok) throw new Error(`import answered ${imported.status}: ${await imported.text()}`);
    for (let attempt = 0; ; attempt++) {
      const overview = (await (await call(API.intents)).json()) as IntentOverview;
      if (overview.calibration?.mode === (semantic ? 'semantic+lexical' : 'lexical')) break;
      if (attempt > 1200) throw new Error('intents did not train in 4 minutes');
      await sleep(200);
    }
    for (const text of queries) await call(API.intentsTest, { method: 'POST', body: JSON.stringify({ text }) });
    // Past the training worker's idle stop (trainer.ts), in both servers: the steady state a site runs in.
    await sleep(20_000);
    return parley.rssKb() / 1024;
  } finally {
    await parley.stop();
  }
}

export async function intentModel(quick: boolean): Promise<Row[]> {
  const label = `11. intent model (${DEFAULT_MODEL_ID}, CLINC150 10-shot: 1,500 examples)`;
  const queries = set().test.slice(0, quick ? 50 : 200).map((utterance) => utterance.text);
  const without = await serverRss('parley/not-installed', false, queries);
  const withModel = await serverRss(DEFAULT_MODEL_ID, true, queries);
  const delta = withModel - without;

  const classifier = createIntentClassifier({ modelId: DEFAULT_MODEL_ID, modelsDir: defaultModelsDir(), allowDownload: false, logger: { info: () => {}, warn: () => {} } });
  if (!(await classifier.modelReady)) throw new Error(`no ${DEFAULT_MODEL_ID} in ${defaultModelsDir()}`);
  const { intents, test } = set();
  await classifier.prepare?.(intents);
  const latencies: number[] = [];
  for (const utterance of test.slice(0, quick ? 300 : 1200)) {
    const started = performance.now();
    await classifier.classify(utterance.text, intents);
    latencies.push(performance.now() - started);
  }

  // An admin edits one intent: the examples' embeddings are stored, so this is training alone.
  const edited = intents.map((intent, i) => (i === 0 ? { ...intent, examples: [...intent.examples, 'one more way to ask'] } : intent));
  const busyBefore = performance.eventLoopUtilization();
  const started = performance.now();
  await classifier.prepare?.(edited);
  const retrainMs = performance.now() - started;
  const busy = performance.eventLoopUtilization(busyBefore).utilization;
  await classifier.close();

  const p50 = percentile(latencies, 50);
  const p95 = percentile(latencies, 95);
  return [
    { scenario: label, measure: 'server RSS without a model', value: `${without.toFixed(0)} MB`, met: '—' },
    { scenario: label, measure: 'server RSS with the model', value: `${withModel.toFixed(0)} MB`, baseline: `${without.toFixed(0)} MB`, ratio: `+${delta.toFixed(0)} MB`, goal: '≤ +250 MB', met: delta <= 250 ? 'yes' : 'no' },
    { scenario: label, measure: 'classification p50', value: ms(p50), goal: '≤ 15 ms', met: p50 <= 15 ? 'yes' : 'no' },
    { scenario: label, measure: 'classification p95', value: ms(p95), goal: '≤ 40 ms', met: p95 <= 40 ? 'yes' : 'no' },
    { scenario: label, measure: 'retraining 1,500 examples', value: ms(retrainMs), goal: '≤ 10 s', met: retrainMs <= 10_000 ? 'yes' : 'no' },
    { scenario: label, measure: 'main thread busy while retraining', value: `${(busy * 100).toFixed(0)} %`, met: '—' },
  ];
}
