/**
 * Where example embeddings live between restarts, keyed by model id and a hash of the
 * text, so the first visitor after an import or a restart never waits for them.
 */
import { createHash } from 'node:crypto';

export interface EmbeddingStore {
  load(modelId: string, hashes: string[]): Promise<Map<string, Float32Array>>;
  save(modelId: string, entries: { hash: string; vector: Float32Array }[]): Promise<void>;
}

export const textHash = (text: string) => createHash('sha1').update(text).digest('base64url');

/** Embeddings kept in this process only (tests, the eval, a server without a database store). */
export function createMemoryEmbeddingStore(): EmbeddingStore & { size(): number } {
  const vectors = new Map<string, Float32Array>();
  return {
    async load(modelId, hashes) {
      return new Map(hashes.flatMap((hash) => (vectors.has(`${modelId}|${hash}`) ? [[hash, vectors.get(`${modelId}|${hash}`)!] as const] : [])));
    },
    async save(modelId, entries) {
      for (const { hash, vector } of entries) vectors.set(`${modelId}|${hash}`, vector);
    },
    size: () => vectors.size,
  };
}

/** Embeds the texts, reusing stored vectors and storing the new ones, in order. */
export async function embedWithStore(store: EmbeddingStore, modelId: string, texts: readonly string[], embed: (texts: string[]) => Promise<Float32Array[]>, batch = 64): Promise<Float32Array[]> {
  const hashes = texts.map(textHash);
  const known = await store.load(modelId, [...new Set(hashes)]);
  const missing = [...new Set(texts.filter((_, i) => !known.has(hashes[i]!)))];
  for (let i = 0; i < missing.length; i += batch) {
    const slice = missing.slice(i, i + batch);
    const vectors = await embed(slice);
    const entries = slice.map((text, j) => ({ hash: textHash(text), vector: vectors[j]! }));
    entries.forEach((entry) => known.set(entry.hash, entry.vector));
    await store.save(modelId, entries);
  }
  return hashes.map((hash) => known.get(hash)!);
}
