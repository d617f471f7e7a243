/**
 * The transformers.js modules Parley imports by path instead of through the package's index
 * (see lean-vocabulary.ts and local-extractor.ts), typed from the package's own declarations.
 */
declare module '@xenova/transformers/src/utils/data-structures.js' {
  export class CharTrie {
    extend(texts: string[]): void;
    push(text: string): void;
    commonPrefixSearch(text: string): Generator<string>;
  }
}
declare module '@xenova/transformers/src/tokenizers.js' {
  export { AutoTokenizer } from '@xenova/transformers';
}
declare module '@xenova/transformers/src/utils/tensor.js' {
  export { mean_pooling, Tensor } from '@xenova/transformers';
}
declare module '@xenova/transformers/src/env.js' {
  export { env } from '@xenova/transformers';
}
