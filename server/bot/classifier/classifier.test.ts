/**
 * The bot's classifier: lexical fallback without a model (said once), a broken model,
 * batching, persisted example embeddings, training off the event loop — and the real
 * model from ../shared/models (loaded once for this file), which must be there.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { tempDir } from '../../testing/temp-dir';
import { seedIntents } from '../seed-intents';
import { createBatcher } from './batcher';
import { createIntentClassifier } from './create-classifier';
import { modelIsPresent } from './embedder';
import { createMemoryEmbeddingStore, embedWithStore } from './embedding-store';
import { defaultModelsDir, DEFAULT_MODEL_ID } from './model-location';
import { PROXY_TARGET } from './intent-head';
import { trainHeadInWorker } from './trainer';
import { createTrainedClassifier } from './trained-classifier';

const quiet = { info: () => {}, warn: () => {} };

describe('without a model', () => {
  it('falls back to calibrated lexical matching, says so once, and reports it', async () => {
    const warnings: string[] = [];
    const classifier = createIntentClassifier({
      modelId: DEFAULT_MODEL_ID,
      modelsDir: tempDir('parley-no-model-'),
      allowDownload: false,
      logger: { info: () => {}, warn: (message) => warnings.push(message) },
    });
    expect(await classifier.modelReady).toBe(false);
    await classifier.prepare!(seedIntents);
    expect((await classifier.classify('배송 언제 와요?', seedIntents)).best?.name).toBe('shipping');
    expect((await classifier.classify('환불하고 싶어요', seedIntents)).mode).toBe('lexical');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/not found.*lexical matching only/);
    expect(classifier.status!()).toMatchObject({ state: 'absent', modelId: DEFAULT_MODEL_ID });
    expect(classifier.calibration!(seedIntents)).toMatchObject({ mode: 'lexical' });
  });

  it('falls back when the model files are broken', async () => {
    const dir = tempDir('parley-broken-model-');
    mkdirSync(join(dir, 'Acme/broken/onnx'), { recursive: true });
    writeFileSync(join(dir, 'Acme/broken/config.json'), '{ not json');
    writeFileSync(join(dir, 'Acme/broken/onnx/model_quantized.onnx'), 'not a model');
    const warnings: string[] = [];
    const classifier = createIntentClassifier({ modelId: 'Acme/broken', modelsDir: dir, allowDownload: false, logger: { info: () => {}, warn: (m) => warnings.push(m) } });
    expect(await classifier.modelReady).toBe(false);
    expect(warnings[0]).toMatch(/could not load .*lexical matching only/);
    expect(classifier.status!().state).toBe('failed');
    expect((await classifier.classify('환불해 주세요', seedIntents)).mode).toBe('lexical');
  }, 60_000);

  it('claims no intent below the site’s own threshold', async () => {
    const classifier = createTrainedClassifier({ embedder: null });
    await classifier.prepare!(seedIntents);
    expect((await classifier.classify('고양이가 피아노 위에서 잠들었어요', seedIntents)).best).toBeNull();
    const strict = await classifier.classify('환불 어떻게 해요', seedIntents, { threshold: 0.99 });
    expect(strict.best).toBeNull();
    expect(strict.ranked[0]!.name).toBe('refund');
  });
});

describe('batching and stored embeddings', () => {
  it('runs concurrent requests as one batch and gives each caller its own results', async () => {
    const runs: string[][] = [];
    const double = createBatcher<string, string>(async (inputs) => {
      runs.push(inputs);
      return inputs.map((input) => input + input);
    });
    const results = await Promise.all([double(['a']), double(['b', 'c']), double(['d'])]);
    expect(results).toEqual([['aa'], ['bb', 'cc'], ['dd']]);
    expect(runs).toHaveLength(1);
  });

  it('embeds only the texts the store does not hold yet', async () => {
    const store = createMemoryEmbeddingStore();
    const embedded: string[][] = [];
    const embed = async (texts: string[]) => {
      embedded.push(texts);
      return texts.map((text) => Float32Array.from([text.length]));
    };
    await embedWithStore(store, 'm', ['one', 'two'], embed);
    const vectors = await embedWithStore(store, 'm', ['two', 'three', 'one'], embed);
    expect(embedded).toEqual([['one', 'two'], ['three']]);
    expect(vectors.map((vector) => vector[0])).toEqual([3, 5, 3]);
    await embedWithStore(store, 'other-model', ['one'], embed);
    expect(embedded).toHaveLength(3);
  });
});

it('trains a head on 1,500 examples in a worker within 10 s without blocking the event loop', async () => {
  const dim = 512;
  const classes = Array.from({ length: 50 }, (_, i) => `intent_${i}`);
  let state = 7;
  const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 2 - 1;
  const vectors = new Float32Array(1500 * dim).map(random);
  const idle = performance.eventLoopUtilization();
  const started = performance.now();
  const head = await trainHeadInWorker({
    modelId: 'random',
    classes,
    dim,
    vectors,
    labels: Int32Array.from({ length: 1500 }, (_, i) => i % 50),
    texts: Array.from({ length: 1500 }, (_, i) => `example ${i} of intent ${i % 50}`),
    outOfDomain: new Float32Array(20 * dim).map(random),
    outOfDomainTexts: Array.from({ length: 20 }, (_, i) => `off topic ${i}`),
  });
  const elapsed = performance.now() - started;
  const busy = performance.eventLoopUtilization(idle).utilization;
  console.info(`[intent head] 1,500 examples trained in ${elapsed.toFixed(0)} ms; main thread busy ${(busy * 100).toFixed(0)}%`);
  expect(head.classes).toHaveLength(50);
  expect(elapsed).toBeLessThan(10_000);
  expect(busy).toBeLessThan(0.2);
}, 30_000);

describe(`with the model ${DEFAULT_MODEL_ID} from ../shared/models`, () => {
  const modelsDir = defaultModelsDir();
  const classifier = createIntentClassifier({ modelId: DEFAULT_MODEL_ID, modelsDir, allowDownload: false, logger: quiet });
  beforeAll(async () => {
    expect(modelIsPresent(modelsDir, DEFAULT_MODEL_ID), `${DEFAULT_MODEL_ID} must be in ${modelsDir}`).toBe(true);
    expect(await classifier.modelReady).toBe(true);
    await classifier.prepare!(seedIntents);
  }, 120_000);

  it('answers paraphrases in Korean and English from the trained head', async () => {
    const shipping = await classifier.classify('제 택배가 어디쯤 있나요?', seedIntents);
    expect(shipping).toMatchObject({ mode: 'semantic+lexical', best: { name: 'shipping' } });
    expect((await classifier.classify('I would like my money returned', seedIntents)).best?.name).toBe('refund');
    expect(classifier.status!()).toEqual({ modelId: DEFAULT_MODEL_ID, state: 'ready', problem: null });
  });

  it('declines off-topic questions at the calibrated threshold', async () => {
    const calibration = classifier.calibration!(seedIntents)!;
    expect(calibration.mode).toBe('semantic+lexical');
    expect(calibration.wrongAnswerRate).toBeLessThanOrEqual(PROXY_TARGET);
    expect((await classifier.classify('오늘 저녁에 뭐 해 먹을지 고민이에요', seedIntents)).best).toBeNull();
    expect((await classifier.classify('who painted the Mona Lisa', seedIntents)).best).toBeNull();
  });

  it('classifies a burst with the model’s work off the main thread', async () => {
    const delay = monitorEventLoopDelay({ resolution: 5 });
    const started = performance.eventLoopUtilization();
    delay.enable();
    await Promise.all(Array.from({ length: 50 }, (_, i) => classifier.classify(`question number ${i} about my delivery`, seedIntents)));
    delay.disable();
    // Busy share of the main thread's time; scheduling noise on a shared machine shows in delay percentiles, much less here.
    const busy = performance.eventLoopUtilization(started).utilization;
    console.info(`[intent burst] main thread busy ${(busy * 100).toFixed(0)}%, event-loop delay p50 ${(delay.percentile(50) / 1e6).toFixed(1)} ms, p99 ${(delay.percentile(99) / 1e6).toFixed(1)} ms`);
    expect(busy).toBeLessThan(0.6);
    expect(delay.percentile(50) / 1e6).toBeLessThan(25);
  });
});
