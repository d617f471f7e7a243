/**
 * Lexical intent scoring with character n-grams, so short and misspelled Korean still
 * matches ("배송언제와요" ~ "배송 언제 와요?", "환불 해주세요" ~ "환불하고 싶어요").
 * Hangul syllables are also decomposed into jamo, so one wrong vowel costs a little,
 * not the whole syllable. Pure functions; the hybrid classifier combines this with
 * sentence embeddings.
 */

const HANGUL_BASE = 0xac00;
const CHOSEONG = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
const JUNGSEONG = 'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ';
const JONGSEONG = ['', ...'ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ'];

/** Lower case, NFKC, without spaces, punctuation or symbols. */
export function compact(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}

export function toJamo(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.charCodeAt(0) - HANGUL_BASE;
    if (code < 0 || code > 11171) {
      out += char;
      continue;
    }
    out += CHOSEONG[Math.floor(code / 588)]! + JUNGSEONG[Math.floor((code % 588) / 28)]! + JONGSEONG[code % 28]!;
  }
  return out;
}

function grams(text: string, n: number, into: Map<string, number>) {
  const chars = [...text];
  for (let i = 0; i + n <= chars.length; i++) {
    const gram = `${n}:${chars.slice(i, i + n).join('')}`;
    into.set(gram, (into.get(gram) ?? 0) + 1);
  }
}

/** The n-gram profile of a text: syllable 1–3-grams and jamo 2–3-grams. */
export function profile(text: string): Map<string, number> {
  const base = compact(text);
  const result = new Map<string, number>();
  for (const n of [1, 2, 3]) grams(base, n, result);
  const jamo = toJamo(base);
  if (jamo !== base) for (const n of [2, 3]) grams(`j${jamo}`, n, result);
  return result;
}

/** Dice coefficient of two n-gram multisets, 0..1. */
export function dice(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0;
  let total = 0;
  for (const count of a.values()) total += count;
  for (const count of b.values()) total += count;
  for (const [gram, count] of a) shared += Math.min(count, b.get(gram) ?? 0);
  return total === 0 ? 0 : (2 * shared) / total;
}

/**
 * How well the message matches each intent: the best of (a) n-gram similarity to an
 * example and (b) how much of the example the message contains — so "환불" inside a
 * long sentence still counts.
 */
const HANGUL = /[\u3131-\u318e\uac00-\ud7a3]/;
const spacedWords = (text: string) => ` ${text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, ' ').trim()} `;

/**
 * Whether the message contains the example. Korean attaches particles to words, so it
 * is compared without spaces; other scripts by whole words ("hi" is not in "thing").
 */
function contains(messageCompact: string, messageWords: string, example: string, exampleCompact: string): boolean {
  return HANGUL.test(example) ? messageCompact.includes(exampleCompact) : messageWords.includes(spacedWords(example));
}

export function lexicalScores(text: string, intents: readonly { name: string; examples: readonly string[] }[]): Map<string, number> {
  const message = profile(text);
  const messageCompact = compact(text);
  const messageWords = spacedWords(text);
  const scores = new Map<string, number>();
  for (const intent of intents) {
    let best = 0;
    for (const example of intent.examples) {
      const exampleCompact = compact(example);
      if (!exampleCompact) continue;
      const similarity = dice(message, profile(example));
      const contained = contains(messageCompact, messageWords, example, exampleCompact) ? 0.55 + 0.45 * Math.min(1, exampleCompact.length / messageCompact.length) : 0;
      best = Math.max(best, similarity, contained);
    }
    scores.set(intent.name, best);
  }
  return scores;
}
