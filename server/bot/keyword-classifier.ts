/**
 * The foundation's intent matcher: an intent matches when one of its example phrases
 * appears in the message. Korean phrases match ignoring spaces and punctuation, since
 * particles attach to words ("영업 시간" matches "영업시간이 어떻게 되나요?"); other
 * phrases match whole words only ("hi" is not found in "thing"). Longer matched
 * phrases score higher.
 */
import type { Classification, IntentClassifier, IntentExamples, ScoredIntent } from './intent-classifier';

export function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}

const HANGUL = /[\u3131-\u318e\uac00-\ud7a3]/;
const words = (text: string) => ` ${text.normalize('NFKC').toLowerCase().replace(/[\p{P}\p{S}\s]+/gu, ' ').trim()} `;

export function scoreKeywords(text: string, intents: readonly IntentExamples[]): ScoredIntent[] {
  const message = normalise(text);
  if (!message) return [];
  const spaced = words(text);
  const ranked: ScoredIntent[] = [];
  for (const intent of intents) {
    let best = 0;
    for (const example of intent.examples) {
      const phrase = normalise(example);
      const found = HANGUL.test(example) ? message.includes(phrase) : spaced.includes(words(example));
      if (phrase && found) best = Math.max(best, 0.5 + 0.5 * (phrase.length / message.length));
    }
    if (best > 0) ranked.push({ name: intent.name, score: Math.min(1, best) });
  }
  return ranked.sort((a, b) => b.score - a.score);
}

export function createKeywordClassifier(): IntentClassifier {
  return {
    async classify(text, intents): Promise<Classification> {
      const ranked = scoreKeywords(text, intents);
      return { best: ranked[0] ?? null, ranked, mode: 'lexical' };
    },
    async close() {},
  };
}
