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

interface Profile {
  grams: Map<string, number>;
  total: number;
}

const withTotal = (grams: Map<string, number>): Profile => {
  let total = 0;
  for (const count of grams.values()) total += count;
  return { grams, total };
};

/** Dice coefficient of two n-gram multisets, 0..1. */
export function dice(a: Map<string, number>, b: Map<string, number>): number {
  return diceOf(withTotal(a), withTotal(b));
}

function diceOf(a: Profile, b: Profile): number {
  if (a.total + b.total === 0) return 0;
  const [small, large] = a.grams.size <= b.grams.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [gram, count] of small.grams) {
    const other = large.grams.get(gram);
    if (other !== undefined) shared += Math.min(count, other);
  }
  return (2 * shared) / (a.total + b.total);
}

const HANGUL = /[\u3131-\u318e\uac00-\ud7a3]/;
const spacedWords = (text: string) => ` ${text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, ' ').trim()} `;

interface PreparedExample {
  text: string;
  profile: Profile;
  compact: string;
  words: string;
  korean: boolean;
}

/**
 * Every example's n-grams computed once, and an inverted index from each n-gram to the
 * examples holding it, so a query costs its own profile plus the postings of its grams
 * rather than a comparison with every example.
 */
export interface LexicalIndex {
  names: string[];
  examples: PreparedExample[][];
  /** n-gram → flat example numbers and their counts of it. */
  postings: Map<string, { example: number; count: number }[]>;
  /** Flat example number of intent i's first example. */
  offsets: number[];
  totals: Float64Array;
}

export function createLexicalIndex(intents: readonly { name: string; examples: readonly string[] }[]): LexicalIndex {
  const examples = intents.map((intent) =>
    intent.examples
      // Empty ones stay (and never match) so indexes line up with the intent's examples.
      .map((example) => ({ text: example, profile: withTotal(profile(example)), compact: compact(example), words: spacedWords(example), korean: HANGUL.test(example) })),
  );
  const postings = new Map<string, { example: number; count: number }[]>();
  const offsets: number[] = [];
  const totals: number[] = [];
  for (const own of examples) {
    offsets.push(totals.length);
    for (const example of own) {
      const number = totals.length;
      totals.push(example.profile.total);
      for (const [gram, count] of example.profile.grams) {
        const list = postings.get(gram) ?? [];
        list.push({ example: number, count });
        postings.set(gram, list);
      }
    }
  }
  return { names: intents.map((intent) => intent.name), examples, postings, offsets, totals: Float64Array.from(totals) };
}

/**
 * How well the message matches each intent: the best of (a) n-gram similarity to an
 * example and (b) how much of the example the message contains — so "환불" inside a
 * long sentence still counts. Korean attaches particles to words, so containment is
 * checked without spaces; other scripts by whole words ("hi" is not in "thing").
 * `skip` leaves one example out (leave-one-out calibration).
 */
export function scoreWithIndex(index: LexicalIndex, text: string, skip?: { intent: number; example: number }): Float64Array {
  const message = withTotal(profile(text));
  const messageCompact = compact(text);
  const messageWords = spacedWords(text);
  const shared = new Float64Array(index.totals.length);
  for (const [gram, count] of message.grams) for (const posting of index.postings.get(gram) ?? []) shared[posting.example]! += Math.min(count, posting.count);
  const scores = new Float64Array(index.names.length);
  index.examples.forEach((examples, i) => {
    let best = 0;
    examples.forEach((example, j) => {
      if (!example.compact || (skip && skip.intent === i && skip.example === j)) return;
      const number = index.offsets[i]! + j;
      const contained = example.korean ? messageCompact.includes(example.compact) : messageWords.includes(example.words);
      const containment = contained ? 0.55 + 0.45 * Math.min(1, example.compact.length / Math.max(1, messageCompact.length)) : 0;
      const similarity = (2 * shared[number]!) / (message.total + index.totals[number]! || 1);
      best = Math.max(best, containment, similarity);
    });
    scores[i] = best;
  });
  return scores;
}

export function lexicalScores(text: string, intents: readonly { name: string; examples: readonly string[] }[]): Map<string, number> {
  const index = createLexicalIndex(intents);
  const scores = scoreWithIndex(index, text);
  return new Map(index.names.map((name, i) => [name, scores[i]!]));
}
