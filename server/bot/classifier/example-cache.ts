/**
 * Embeddings of each intent's example phrases, computed once and reused until the
 * examples change (keyed by a hash of the model id and the examples). Intents whose
 * examples are new or edited are embedded together in one batch.
 */
import { createHash } from 'node:crypto';

export interface ExampleVectors {
  vectors: Float32Array[];
  /** Mean of the normalised example vectors, normalised again. */
  centroid: Float32Array;
}

export function createExampleCache(modelId: string, embed: (texts: string[]) => Promise<Float32Array[]>) {
  const cache = new Map<string, { key: string; value: ExampleVectors }>();
  const keyOf = (examples: readonly string[]) => createHash('sha256').update(modelId).update('\u0000').update(examples.join('\u0000')).digest('hex');

  return {
    async vectorsFor(intents: readonly { name: string; examples: readonly string[] }[]): Promise<Map<string, ExampleVectors>> {
      const stale = intents.filter((intent) => cache.get(intent.name)?.key !== keyOf(intent.examples) && intent.examples.length > 0);
      if (stale.length > 0) {
        const vectors = await embed(stale.flatMap((intent) => [...intent.examples]));
        let offset = 0;
        for (const intent of stale) {
          const own = vectors.slice(offset, offset + intent.examples.length);
          offset += intent.examples.length;
          cache.set(intent.name, { key: keyOf(intent.examples), value: { vectors: own, centroid: centroidOf(own) } });
        }
      }
      return new Map(intents.flatMap((intent) => (cache.has(intent.name) ? [[intent.name, cache.get(intent.name)!.value] as const] : [])));
    },
    /** How many intents are cached (for tests and metrics). */
    size: () => cache.size,
  };
}

export function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += a[i]! * b[i]!;
  return dot;
}

function centroidOf(vectors: Float32Array[]): Float32Array {
  const sum = new Float32Array(vectors[0]?.length ?? 0);
  for (const vector of vectors) for (let i = 0; i < sum.length; i++) sum[i]! += vector[i]!;
  const norm = Math.hypot(...sum) || 1;
  return sum.map((value) => value / norm);
}
