import { readFileSync } from 'node:fs';
import { seedIntents } from '../../seed-intents';
import { decide, evaluate, percentile, tuneThreshold } from './metrics';

describe('evaluation metrics', () => {
  it('computes accuracy, macro-F1 and out-of-scope rejection', () => {
    const report = evaluate([
      { expected: 'a', predicted: 'a' },
      { expected: 'a', predicted: 'b' },
      { expected: 'b', predicted: 'b' },
      { expected: null, predicted: null },
      { expected: null, predicted: 'a' },
    ]);
    expect(report.accuracy).toBeCloseTo(3 / 5);
    expect(report.outOfScopeRejection).toBeCloseTo(1 / 2);
    // Answered: a→a, a→b, b→b, out-of-scope→a; two of the four are wrong.
    expect(report.wrongAnswerRate).toBeCloseTo(2 / 4);
    // a: precision 1/2, recall 1/2 → F1 .5; b: precision 1/2, recall 1 → F1 2/3.
    expect(report.macroF1).toBeCloseTo((0.5 + 2 / 3) / 2);
  });

  it('picks the threshold that best separates in-scope from out-of-scope', () => {
    const scored = [
      { expected: 'a', ranked: [{ name: 'a', score: 0.8 }] },
      { expected: null, ranked: [{ name: 'a', score: 0.4 }] },
      { expected: 'b', ranked: [{ name: 'b', score: 0.6 }] },
    ];
    const threshold = tuneThreshold(scored);
    expect(threshold).toBeGreaterThan(0.4);
    expect(threshold).toBeLessThanOrEqual(0.6);
    expect(decide(scored[1]!.ranked, threshold)).toBeNull();
    expect(percentile([5, 1, 3, 2, 4], 50)).toBe(3);
  });
});

describe('the labelled set', () => {
  const set = JSON.parse(readFileSync(new URL('./utterances.json', import.meta.url), 'utf8')) as {
    tune: { text: string; intent: string | null }[];
    heldOut: { text: string; intent: string | null }[];
  };

  it('holds at least 600 utterances: 20 intents with 10 or more each, out-of-scope ones, Korean and English', () => {
    const all = [...set.tune, ...set.heldOut];
    expect(all.length).toBeGreaterThanOrEqual(600);
    const perIntent = new Map<string, number>();
    for (const { intent } of all) if (intent) perIntent.set(intent, (perIntent.get(intent) ?? 0) + 1);
    expect(perIntent.size).toBeGreaterThanOrEqual(20);
    expect(Math.min(...perIntent.values())).toBeGreaterThanOrEqual(10);
    expect(all.filter((u) => u.intent === null).length).toBeGreaterThanOrEqual(80);
    expect(all.some((u) => /[가-힣]/.test(u.text)) && all.some((u) => /^[a-z]/i.test(u.text))).toBe(true);
    for (const name of perIntent.keys()) expect(seedIntents.map((i) => i.name)).toContain(name);
  });

  it('keeps the tuning split, the held-out split and the intents’ own examples apart', () => {
    const examples = new Set(seedIntents.flatMap((i) => i.examples.map((e) => e.toLowerCase())));
    const tune = new Set(set.tune.map((u) => u.text));
    for (const { text } of set.heldOut) {
      expect(tune.has(text)).toBe(false);
      expect(examples.has(text.toLowerCase())).toBe(false);
    }
  });
});
