/**
 * Measures the abuse model on the held-out set (heldout.ts) with the real sentence model
 * and prints precision and recall at each sensitivity and over a grid of cuts, so the
 * cuts in semantic-abuse.ts can be chosen and re-checked:
 *   npx tsx server/abuse/semantic/calibrate.ts
 */
import { createWorkerEmbedder } from '../../bot/classifier/embedder';
import { banking77, clinc150, ownSet } from '../../bot/classifier/eval/datasets';
import { DEFAULT_MODEL_ID, defaultDatasetsDir, defaultModelsDir } from '../../bot/classifier/model-location';
import { HELD_OUT, isHarmful } from './heldout';
import type { AbuseSensitivity } from '../../../shared/abuse';
import { createSemanticAbuseModel, semanticVerdict, SENSITIVITY_CUTS, type SemanticScore } from './semantic-abuse';

export interface Measured {
  precision: number;
  recall: number;
  flagged: number;
  falseAlarms: string[];
  missed: string[];
}

/** Precision and recall of a decision over scored, labelled sentences. */
export function measure(scored: { text: string; harmful: boolean; score: SemanticScore }[], flags: (score: SemanticScore) => boolean): Measured {
  const hits = scored.filter((entry) => flags(entry.score));
  const truePositives = hits.filter((entry) => entry.harmful).length;
  const harmful = scored.filter((entry) => entry.harmful).length;
  return {
    precision: hits.length ? truePositives / hits.length : 1,
    recall: harmful ? truePositives / harmful : 1,
    flagged: hits.length,
    falseAlarms: hits.filter((entry) => !entry.harmful).map((entry) => entry.text),
    missed: scored.filter((entry) => entry.harmful && !flags(entry.score)).map((entry) => entry.text),
  };
}

async function main() {
  const embedder = createWorkerEmbedder({ modelId: process.env.PARLEY_MODEL_ID ?? DEFAULT_MODEL_ID, modelsDir: defaultModelsDir(), allowRemote: false, logger: { info: () => {}, warn: console.warn } });
  const model = createSemanticAbuseModel(embedder);
  const scored = [];
  for (const sentence of HELD_OUT) {
    const score = await model.score(sentence.text);
    if (!score) throw new Error('the model did not load');
    scored.push({ text: sentence.text, harmful: isHarmful(sentence.label), label: sentence.label, score });
  }
  if (process.argv.includes('--scores')) for (const entry of scored) console.log(entry.label.padEnd(12), entry.score.abusive.toFixed(3), entry.score.benign.toFixed(3), entry.score.kind.padEnd(10), entry.text);
  const percent = (value: number) => `${(value * 100).toFixed(0)}%`;
  for (const sensitivity of Object.keys(SENSITIVITY_CUTS) as AbuseSensitivity[]) {
    const result = measure(scored, (score) => semanticVerdict(score, sensitivity).flagged);
    console.log(`${sensitivity}: precision ${percent(result.precision)} recall ${percent(result.recall)} (${result.flagged} flagged of ${scored.length})`);
    console.log('  false alarms:', result.falseAlarms.join(' | ') || '—');
    console.log('  missed:', result.missed.join(' | ') || '—');
  }
  // Everyday traffic, none of it abusive and none of it among the model's harmless sentences:
  // the bot's own KO+EN test utterances and every 10th BANKING77 / CLINC150 test query.
  const sample = (texts: string[]) => texts.filter((_, i) => i % 10 === 0);
  const datasets = defaultDatasetsDir();
  const everyday = [...new Set([...ownSet().test.map((u) => u.text), ...sample(banking77(datasets).test.map((u) => u.text)), ...sample(clinc150(datasets).test.map((u) => u.text))])];
  const everydayScores = [];
  for (const text of everyday) everydayScores.push({ text, score: (await model.score(text))! });
  for (const sensitivity of Object.keys(SENSITIVITY_CUTS) as AbuseSensitivity[]) {
    const alarms = everydayScores.filter((entry) => semanticVerdict(entry.score, sensitivity).flagged);
    console.log(`${sensitivity}: ${alarms.length} of ${everyday.length} everyday messages flagged (${percent(alarms.length / everyday.length)})`, alarms.map((entry) => entry.text).join(' | '));
  }
  if (process.argv.includes('--grid')) {
    for (let similarity = 0.3; similarity <= 0.71; similarity += 0.05) {
      for (const margin of [0, 0.02, 0.05, 0.08, 0.1, 0.15]) {
        const result = measure(scored, (score) => score.abusive >= similarity && score.abusive - score.benign >= margin);
        console.log(`sim ${similarity.toFixed(2)} margin ${margin.toFixed(2)}: P ${percent(result.precision)} R ${percent(result.recall)}`);
      }
    }
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) await main();
