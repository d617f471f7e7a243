/**
 * The bot's classifier: lexical fallback without a model, thresholds, the example cache,
 * batching — and, when a model is present in the models directory, semantic matching
 * and a responsive event loop.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { seedIntents } from '../seed-intents';
import { createBatcher } from './batcher';
import { createIntentClassifier } from './create-classifier';
import { modelIsPresent, type Embedder } from './embedder';
import { createExampleCache } from './example-cache';
import { createHybridClassifier } from './hybrid-classifier';
import { defaultModelsDir, DEFAULT_MODEL_ID } from './model-location';

const quiet = { info: () => {}, warn: () => {} };

describe('without a model', () => {
  it('falls back to lexical matching with a warning and still classifies', async () => {
    const warnings: string[] = [];
    const classifier = createIntentClassifier({
      modelId: DEFAULT_MODEL_ID,
      modelsDir: mkdtempSync(join(tmpdir(), 'parley-no-model-')),
      allowDownload: false,
      logger: { info: () => {}, warn: (message) => warnings.push(message) },
    });
    expect(await classifier.modelReady).toBe(false);
    expect(warnings[0]).toMatch(/lexical matching only/);
    const result = await classifier.classify('배송 언제 와요?', seedIntents);
    expect(result).toMatchObject({ mode: 'lexical', best: { name: 'shipping' } });
    await classifier.close();
  });

  it('starts the model worker and falls back when the model files are broken', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-broken-model-'));
    mkdirSync(join(dir, 'Acme/broken/onnx'), { recursive: true });
    writeFileSync(join(dir, 'Acme/broken/config.json'), '{ not json');
    writeFileSync(join(dir, 'Acme/broken/onnx/model_quantized.onnx'), 'not a model');
    const warnings: string[] = [];
    const classifier = createIntentClassifier({ modelId: 'Acme/broken', modelsDir: dir, allowDownload: false, logger: { info: () => {}, warn: (m) => warnings.push(m) } });
    expect(await classifier.modelReady).toBe(false);
    expect(warnings[0]).toMatch(/could not load .*lexical matching only/);
    expect((await classifier.classify('환불해 주세요', seedIntents)).mode).toBe('lexical');
    await classifier.close();
  }, 60_000);

  it('claims no intent below the confidence threshold', async () => {
    const classifier = createHybridClassifier({ embedder: null, modelId: 'none', lexicalThreshold: 0.5 });
    expect((await classifier.classify('the weather on Jupiter', seedIntents)).best).toBeNull();
    const strict = createHybridClassifier({ embedder: null, modelId: 'none', lexicalThreshold: 0.99 });
    expect((await strict.classify('환불 어떻게 해요', seedIntents)).best).toBeNull();
    expect((await strict.classify('환불 어떻게 해요', seedIntents)).ranked[0]!.name).toBe('refund');
  });
});

describe('the example cache', () => {
  it('re-embeds only the intents whose examples changed', async () => {
    const embedded: string[][] = [];
    const cache = createExampleCache('model-a', async (texts) => {
      embedded.push(texts);
      return texts.map((text) => Float32Array.from([text.length, 1]));
    });
    const intents = [
      { name: 'a', examples: ['one', 'two'] },
      { name: 'b', examples: ['three'] },
    ];
    await cache.vectorsFor(intents);
    await cache.vectorsFor(intents);
    await cache.vectorsFor([intents[0]!, { name: 'b', examples: ['three', 'four'] }]);
    expect(embedded).toEqual([['one', 'two', 'three'], ['three', 'four']]);
  });
});

describe('batching', () => {
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

  it('blends semantic and lexical scores when an embedder is ready', async () => {
    const embedder: Embedder = {
      ready: Promise.resolve(true),
      // A toy embedding: texts mentioning "parcel" point one way, everything else another.
      embed: async (texts) => texts.map((text) => (/parcel|배송|shipping|order|arrive/i.test(text) ? Float32Array.from([1, 0]) : Float32Array.from([0, 1]))),
      close: async () => {},
    };
    const classifier = createHybridClassifier({ embedder, modelId: 'toy', threshold: 0.5 });
    await embedder.ready;
    await new Promise((resolve) => setImmediate(resolve));
    const result = await classifier.classify('my parcel?', [
      { name: 'shipping', examples: ['where is my order'] },
      { name: 'refund', examples: ['money back'] },
    ]);
    expect(result.mode).toBe('semantic+lexical');
    expect(result.best?.name).toBe('shipping');
  });
});

const modelsDir = defaultModelsDir();
const modelPresent = modelIsPresent(modelsDir, DEFAULT_MODEL_ID);
if (!modelPresent) console.info(`[intent model] semantic tests skipped: no ${DEFAULT_MODEL_ID} in ${modelsDir}`);

describe.runIf(modelPresent)(`with the model ${DEFAULT_MODEL_ID}`, () => {
  it('matches paraphrases the lexical score alone would miss, in Korean and English, without blocking the event loop', async () => {
    const classifier = createIntentClassifier({ modelId: DEFAULT_MODEL_ID, modelsDir, allowDownload: false, logger: quiet });
    expect(await classifier.modelReady).toBe(true);
    await new Promise((resolve) => setImmediate(resolve));
    expect((await classifier.classify('제 택배가 어디쯤 있나요?', seedIntents)).best?.name).toBe('shipping');
    expect((await classifier.classify('I would like my money returned', seedIntents)).best?.name).toBe('refund');
    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    await Promise.all(Array.from({ length: 50 }, (_, i) => classifier.classify(`question number ${i} about my delivery`, seedIntents)));
    delay.disable();
    expect(delay.percentile(99) / 1e6).toBeLessThan(50);
    await classifier.close();
  }, 120_000);
});
