/**
 * Sentence embeddings from a model folder on this machine: transformers.js's tokenizer and
 * pooling around an onnxruntime session built from the model file's path. transformers.js's
 * own pipeline reads the whole file into JavaScript memory and hands onnxruntime the bytes,
 * which then sit beside onnxruntime's copy (measured in the embedding worker: +352 MB
 * resident with the pipeline, +235 MB this way, same vectors).
 */
// The library's parts, not its index: the index also loads its models, pipelines and image code (sharp).
import { AutoTokenizer } from '@xenova/transformers/src/tokenizers.js';
import { mean_pooling, Tensor } from '@xenova/transformers/src/utils/tensor.js';
import type { InferenceSession as Session } from 'onnxruntime-common';
import onnxruntime from 'onnxruntime-common';

export type Extractor = (texts: string[]) => Promise<{ data: Float32Array; dims: number[] }>;

interface Encoded {
  [input: string]: { data: BigInt64Array; dims: number[] } | undefined;
}

export async function localExtractor(modelId: string, modelFile: string, options: Session.SessionOptions): Promise<Extractor> {
  const loaded = (await AutoTokenizer.from_pretrained(modelId)) as unknown as { model?: { config?: { vocab?: unknown } } };
  // The vocabulary as parsed (128,000 [piece, score] pairs) is kept by the tokenizer model only to
  // have been read: the pieces and scores it uses are copied out in its constructor.
  if (loaded.model?.config) delete loaded.model.config.vocab;
  const tokenizer = loaded as unknown as (texts: string[], options: { padding: boolean; truncation: boolean }) => Encoded;
  const session = await onnxruntime.InferenceSession.create(modelFile, options);
  const [output] = session.outputNames;
  return async (texts) => {
    const encoded = tokenizer(texts, { padding: true, truncation: true });
    const mask = encoded.attention_mask!;
    const feeds: Record<string, onnxruntime.Tensor> = {};
    for (const name of session.inputNames) {
      // Models that take segment ids get zeros when the tokenizer gives none, as transformers.js does.
      const input = encoded[name] ?? { data: new BigInt64Array(mask.data.length), dims: mask.dims };
      feeds[name] = new onnxruntime.Tensor('int64', input.data, input.dims);
    }
    const hidden = (await session.run(feeds))[output!]!;
    const pooled = mean_pooling(new Tensor('float32', hidden.data as Float32Array, hidden.dims as number[]), mask as never).normalize(2, -1);
    return { data: pooled.data as Float32Array, dims: pooled.dims as number[] };
  };
}
