/**
 * Run in its own process by lean-vocabulary.test.ts (transformers.js loads onnxruntime,
 * which a test process may hold once): tokenises sentences with the library's trie and
 * with the lean lookup, and prints whether the tokens match and what each vocabulary cost.
 */
import { readFileSync } from 'node:fs';
import { AutoTokenizer, env } from '@xenova/transformers';
import { DEFAULT_MODEL_ID, defaultModelsDir } from './model-location';
import { installLeanVocabulary } from './lean-vocabulary';

const gc = globalThis.gc!;
const heap = () => {
  gc();
  return process.memoryUsage().heapUsed;
};
env.localModelPath = defaultModelsDir();
env.allowRemoteModels = false;
const own = JSON.parse(readFileSync(new URL('./eval/utterances.json', import.meta.url), 'utf8')) as Record<'tune' | 'heldOut', { text: string }[]>;
const sentences = [...[...own.tune, ...own.heldOut].map((u) => u.text), '배송 언제 와요?? 😡😡', 'ㅋㅋㅋ refund 해주세요 🙏', '東京 Straße café', ' '];

const start = heap();
const library = await AutoTokenizer.from_pretrained(DEFAULT_MODEL_ID);
const libraryBytes = heap() - start;
installLeanVocabulary();
const middle = heap();
const lean = await AutoTokenizer.from_pretrained(DEFAULT_MODEL_ID);
const leanBytes = heap() - middle;
const ids = (tokenizer: typeof library, text: string) => Array.from(tokenizer(text).input_ids.data as ArrayLike<bigint>, Number).join(',');
const different = sentences.filter((text) => ids(library, text) !== ids(lean, text));
console.log(JSON.stringify({ sentences: sentences.length, different, libraryBytes, leanBytes }));
