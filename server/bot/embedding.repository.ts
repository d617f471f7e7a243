/**
 * Example embeddings persisted in MongoDB, keyed by model id and a hash of the text, so
 * a restart or a re-import never recomputes what the model already said about a text.
 */
import { Schema, type Connection } from 'mongoose';
import type { EmbeddingStore } from './classifier/embedding-store';

const embeddingSchema = new Schema({
  modelId: { type: String, required: true },
  hash: { type: String, required: true },
  vector: { type: Buffer, required: true },
});
embeddingSchema.index({ modelId: 1, hash: 1 }, { unique: true });

/** `model` names the collection: the knowledge base keeps its passages' vectors apart from intent examples. */
export function createEmbeddingRepository(connection: Connection, model = 'IntentEmbedding'): EmbeddingStore {
  const Embeddings = connection.model(model, embeddingSchema);
  return {
    async load(modelId, hashes) {
      const found = new Map<string, Float32Array>();
      // Chunks keep each query's $in list modest.
      for (let i = 0; i < hashes.length; i += 500) {
        const rows = await Embeddings.find({ modelId, hash: { $in: hashes.slice(i, i + 500) } }).lean<{ hash: string; vector: { buffer: ArrayBuffer; byteOffset: number; byteLength: number } }[]>();
        for (const row of rows) found.set(row.hash, toVector(row.vector));
      }
      return found;
    },
    async save(modelId, entries) {
      if (entries.length === 0) return;
      await Embeddings.bulkWrite(
        entries.map(({ hash, vector }) => ({
          updateOne: { filter: { modelId, hash }, update: { $set: { vector: Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength) } }, upsert: true },
        })),
        { ordered: false },
      );
    },
  };
}

/** Lean reads give a Binary or a Buffer depending on the driver; both expose the bytes. */
function toVector(stored: unknown): Float32Array {
  const bytes: Uint8Array = stored instanceof Uint8Array ? stored : (stored as { buffer: Uint8Array }).buffer;
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return new Float32Array(copy.buffer);
}
