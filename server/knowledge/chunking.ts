/**
 * Splits an article into passages (what a card's snippet shows): paragraphs, short
 * neighbours merged and long ones cut at sentence ends, each at most about CHUNK_CHARS.
 * Each passage is searched through its sentences with the title in
 * front: a visitor's question is one sentence, and the sentence encoder scores a short
 * question against a sentence far more clearly than against a whole paragraph
 * (measured: paraphrases 0.26–0.61 against paragraphs, 0.40–0.64 against sentences).
 * The first passage is also searched by the title alone. Pure.
 */

export const CHUNK_CHARS = 500;
export const WINDOW_CHARS = 200;

export interface Chunk {
  /** The passage as written (the card's snippet comes from it). */
  text: string;
  /** What is embedded and scored; the passage scores as its best one. */
  searchTexts: string[];
}

/** Sentence ends in Korean and English text: . ! ? 。 and the polite endings' full stops. */
const SENTENCE_END = /(?<=[.!?。])\s+/u;

export function chunkArticle(article: { title: string; body: string }, limit = CHUNK_CHARS): Chunk[] {
  const title = article.title.trim();
  const paragraphs = article.body
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const pieces = paragraphs.flatMap((paragraph) => splitLong(paragraph, limit));
  const passages: string[] = [];
  for (const piece of pieces) {
    const last = passages.at(-1);
    if (last !== undefined && last.length + 1 + piece.length <= limit / 2) passages[passages.length - 1] = `${last} ${piece}`;
    else passages.push(piece);
  }
  if (passages.length === 0) return title ? [{ text: title, searchTexts: [title] }] : [];
  return passages.map((text, i) => ({
    text,
    searchTexts: [...(i === 0 && title ? [title] : []), ...windows(text).map((window) => (title ? `${title} ${window}` : window))],
  }));
}

/** A passage's sentences, each cut to WINDOW_CHARS. */
const windows = (passage: string) => passage.split(SENTENCE_END).flatMap((sentence) => hardCut(sentence, WINDOW_CHARS));

function splitLong(paragraph: string, limit: number): string[] {
  if (paragraph.length <= limit) return [paragraph];
  const out: string[] = [];
  let current = '';
  for (const sentence of paragraph.split(SENTENCE_END)) {
    for (const part of hardCut(sentence, limit)) {
      if (current && current.length + 1 + part.length > limit) {
        out.push(current);
        current = part;
      } else current = current ? `${current} ${part}` : part;
    }
  }
  if (current) out.push(current);
  return out;
}

/** A sentence longer than the limit is cut at the last space before it (or hard, for unspaced text). */
function hardCut(sentence: string, limit: number): string[] {
  const out: string[] = [];
  let rest = sentence;
  while (rest.length > limit) {
    const space = rest.lastIndexOf(' ', limit);
    const at = space > limit / 2 ? space : limit;
    out.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  if (rest) out.push(rest);
  return out;
}

/** The card's snippet: the passage, cut at a word boundary near `max` characters. */
export function snippetOf(text: string, max = 160): string {
  if (text.length <= max) return text;
  const space = text.lastIndexOf(' ', max);
  return `${text.slice(0, space > max / 2 ? space : max).trimEnd()}…`;
}
