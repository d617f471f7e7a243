/**
 * Scenario 5: intent classification per message and batched, with the event-loop delay
 * of the process while it classifies, after the site's head is trained. Uses the embedding model when it is in the models
 * directory; otherwise measures the lexical classifier and says so.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createIntentClassifier } from '../../server/bot/classifier/create-classifier';
import { DEFAULT_MODEL_ID, defaultModelsDir } from '../../server/bot/classifier/model-location';
import { seedIntents } from '../../server/bot/seed-intents';
import { ms, percentile, type Row } from '../support/stats';

const questions = ['배송 언제 와요?', '환불하고 싶어요', 'where is my order', 'can I pay with paypal', '비밀번호를 잊어버렸어요', 'do you have a store in Busan', '사이즈가 안 맞아요', 'thank you!'];

export async function classification(quick: boolean): Promise<Row[]> {
  const modelsDir = defaultModelsDir();
  const classifier = createIntentClassifier({ modelId: DEFAULT_MODEL_ID, modelsDir, allowDownload: false, logger: { info: () => {}, warn: () => {} } });
  const semantic = await classifier.modelReady;
  // A site's head is trained when its intents are saved, before any visitor asks.
  await classifier.prepare?.(seedIntents);
  const label = semantic ? `5. intent classification (${DEFAULT_MODEL_ID})` : `5. intent classification — no model in ${modelsDir}: lexical only`;
  const single: number[] = [];
  for (let i = 0; i < (quick ? 100 : 400); i++) {
    const started = performance.now();
    await classifier.classify(questions[i % questions.length]!, seedIntents);
    single.push(performance.now() - started);
  }
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  const burst = quick ? 200 : 1000;
  const started = performance.now();
  await Promise.all(Array.from({ length: burst }, (_, i) => classifier.classify(questions[i % questions.length]!, seedIntents)));
  const perSecond = burst / ((performance.now() - started) / 1000);
  delay.disable();
  await classifier.close();
  const p50 = percentile(single, 50);
  return [
    { scenario: label, measure: 'p50 per message', value: ms(p50), goal: '≤ 15 ms', met: p50 <= 15 ? 'yes' : 'no' },
    { scenario: label, measure: 'p95 per message', value: ms(percentile(single, 95)), met: '—' },
    { scenario: label, measure: `batched throughput (${burst} at once)`, value: `${perSecond.toFixed(0)} /s`, met: '—' },
    { scenario: label, measure: 'event-loop delay p99 while batching', value: ms(delay.percentile(99) / 1e6), met: '—' },
  ];
}
