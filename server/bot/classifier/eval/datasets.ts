/**
 * The evaluation sets, each as few-shot training intents plus labelled test utterances:
 * Parley's own Korean/English customer-service set (trained on the seed intents), and
 * BANKING77 and CLINC150 at k-shot read from ../shared/datasets (never copied here).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IntentExamples } from '../../intent-classifier';
import { seedIntents } from '../../seed-intents';

export interface Utterance {
  text: string;
  /** null = out of scope. */
  intent: string | null;
}

export interface EvalSet {
  name: string;
  intents: IntentExamples[];
  test: Utterance[];
}

export function ownSet(): EvalSet {
  const set = JSON.parse(readFileSync(new URL('./utterances.json', import.meta.url), 'utf8')) as { tune: Utterance[]; heldOut: Utterance[] };
  return { name: 'parley KO+EN', intents: seedIntents.map((intent) => ({ name: intent.name, examples: [...intent.examples] })), test: [...set.tune, ...set.heldOut] };
}

/** The first k training utterances of each intent, in file order (deterministic). */
function kShot(rows: { text: string; intent: string }[], k: number): IntentExamples[] {
  const byIntent = new Map<string, string[]>();
  for (const row of rows) {
    const examples = byIntent.get(row.intent) ?? [];
    if (examples.length < k) examples.push(row.text);
    byIntent.set(row.intent, examples);
  }
  return [...byIntent].map(([name, examples]) => ({ name, examples }));
}

function parseCsv(path: string): { text: string; intent: string }[] {
  return readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const comma = line.lastIndexOf(',');
      const quoted = line.slice(0, comma);
      const text = quoted.startsWith('"') ? quoted.slice(1, -1).replace(/""/g, '"') : quoted;
      return { text, intent: line.slice(comma + 1).trim() };
    });
}

export function banking77(datasetsDir: string, k = 10): EvalSet {
  const dir = join(datasetsDir, 'banking77');
  return { name: `BANKING77 ${k}-shot`, intents: kShot(parseCsv(join(dir, 'train.csv')), k), test: parseCsv(join(dir, 'test.csv')) };
}

export function clinc150(datasetsDir: string, k = 10): EvalSet {
  const data = JSON.parse(readFileSync(join(datasetsDir, 'clinc150', 'data_full.json'), 'utf8')) as Record<string, [string, string][]>;
  const rows = (split: string) => data[split]!.map(([text, intent]) => ({ text, intent }));
  return {
    name: `CLINC150 ${k}-shot`,
    intents: kShot(rows('train'), k),
    test: [...rows('test'), ...rows('oos_test').map(({ text }) => ({ text, intent: null }))],
  };
}
