/**
 * A lighter vocabulary lookup for transformers.js's Unigram tokenizer (the one USE and e5
 * use). Its character trie builds one Map per node — for USE's 128,000 pieces that is
 * ~55 MB of heap for a lookup a hash set answers as fast: a piece is at most a few
 * characters long, so every prefix of the text up to the longest piece is looked up.
 * Must be installed before a tokenizer loads (the trie is built in its constructor).
 *
 * Tokens stay exactly the same: the library's search walks UTF-16 code units while its
 * trie is keyed by code points, so pieces holding astral characters (emoji) never match
 * there — and are left out here too, or stored example embeddings would drift.
 */
import { CharTrie } from '@xenova/transformers/src/utils/data-structures.js';

interface LeanTrie {
  pieces: Set<string>;
  longest: number;
  push(text: string): void;
}

const SURROGATE = /[\uD800-\uDFFF]/;

export function installLeanVocabulary() {
  const prototype = CharTrie.prototype as unknown as {
    extend(this: LeanTrie, texts: string[]): void;
    push(this: LeanTrie, text: string): void;
    commonPrefixSearch(this: LeanTrie, text: string): Generator<string>;
  };
  const original = prototype.commonPrefixSearch;
  prototype.extend = function (texts) {
    for (const text of texts) this.push(text);
  };
  prototype.push = function (text) {
    this.pieces ??= new Set();
    this.longest ??= 0;
    if (SURROGATE.test(text)) return;
    this.pieces.add(text);
    if (text.length > this.longest) this.longest = text.length;
  };
  prototype.commonPrefixSearch = function* (text) {
    // A trie built before the install keeps its nodes and the library's walk.
    if (!this.pieces) return yield* original.call(this, text);
    const end = Math.min(this.longest, text.length);
    for (let length = 1; length <= end; length++) {
      const prefix = text.slice(0, length);
      if (this.pieces.has(prefix)) yield prefix;
    }
  };
}
