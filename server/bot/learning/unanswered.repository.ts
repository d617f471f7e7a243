/**
 * The questions the bot could not answer, per site: sealed text (visitor words), when,
 * in which language and conversation, and the sentence vector when the model was ready.
 * Bounded: the newest MAX_PER_SITE per site, none older than KEEP_DAYS. Every read is by
 * site (equality on the indexed leading field); the bound keeps a site's read small.
 */
import { Types, type Connection } from 'mongoose';
import { Schema } from 'mongoose';
import type { Locale } from '../../../shared/domain';
import type { FieldCipher } from '../../crypto/field-cipher';

export const MAX_PER_SITE = 1000;
export const KEEP_DAYS = 90;
/** Pruning reads the site's rows, so it runs once per this many new questions per site (and at start). */
const PRUNE_EVERY = 50;

const unansweredSchema = new Schema({
  siteId: { type: String, required: true },
  conversationId: { type: String, required: true },
  text: { type: String, required: true },
  locale: { type: String, required: true },
  at: { type: Date, required: true },
  modelId: { type: String, default: null },
  vector: { type: Buffer, default: null },
});
unansweredSchema.index({ siteId: 1 });
// Erasure and retention (server/privacy/) delete a conversation's questions by this.
unansweredSchema.index({ conversationId: 1 });

export interface NewUnanswered {
  siteId: string;
  conversationId: string;
  text: string;
  locale: Locale;
  at: Date;
  modelId: string | null;
  vector: Float32Array | null;
}

export interface StoredUnanswered extends NewUnanswered {
  id: string;
}

export interface UnansweredRepository {
  addMany(questions: NewUnanswered[]): Promise<void>;
  /** The site's kept questions within KEEP_DAYS of now, text opened. */
  list(siteId: string, now: Date): Promise<StoredUnanswered[]>;
  setVectors(siteId: string, modelId: string, vectors: { id: string; vector: Float32Array }[]): Promise<void>;
  remove(siteId: string, ids: string[]): Promise<number>;
}

interface Doc extends Omit<NewUnanswered, 'vector'> {
  _id: Types.ObjectId;
  vector: unknown;
}

const toBuffer = (vector: Float32Array) => Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength);

/** Lean reads give a Binary or a Buffer depending on the driver; both expose the bytes. */
function toVector(stored: unknown): Float32Array | null {
  if (!stored) return null;
  const bytes: Uint8Array = stored instanceof Uint8Array ? stored : (stored as { buffer: Uint8Array }).buffer;
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return new Float32Array(copy.buffer);
}

export function createUnansweredRepository(connection: Connection, cipher: FieldCipher): UnansweredRepository {
  const Questions = connection.model('UnansweredQuestion', unansweredSchema);
  const sinceCheck = new Map<string, number>();

  async function prune(siteId: string, now: Date) {
    const rows = await Questions.find({ siteId }).select('_id at').lean<{ _id: Types.ObjectId; at: Date }[]>();
    const oldest = now.getTime() - KEEP_DAYS * 86_400_000;
    const newestFirst = rows.sort((a, b) => b.at.getTime() - a.at.getTime());
    const drop = newestFirst.filter((row, i) => i >= MAX_PER_SITE || row.at.getTime() < oldest).map((row) => row._id);
    if (drop.length > 0) await Questions.deleteMany({ siteId, _id: { $in: drop } });
  }

  return {
    async addMany(questions) {
      if (questions.length === 0) return;
      await Questions.insertMany(
        questions.map((question) => ({ ...question, text: cipher.seal(question.text), vector: question.vector ? toBuffer(question.vector) : null })),
        { ordered: false },
      );
      for (const siteId of new Set(questions.map((question) => question.siteId))) {
        const count = (sinceCheck.get(siteId) ?? PRUNE_EVERY) + questions.filter((question) => question.siteId === siteId).length;
        if (count < PRUNE_EVERY) sinceCheck.set(siteId, count);
        else {
          sinceCheck.set(siteId, 0);
          await prune(siteId, questions[0]!.at);
        }
      }
    },
    async list(siteId, now) {
      const oldest = now.getTime() - KEEP_DAYS * 86_400_000;
      const rows = await Questions.find({ siteId }).lean<Doc[]>();
      return rows
        .filter((row) => row.at.getTime() >= oldest)
        .map((row) => ({
          id: String(row._id),
          siteId: row.siteId,
          conversationId: row.conversationId,
          text: cipher.open(row.text),
          locale: row.locale,
          at: row.at,
          modelId: row.modelId ?? null,
          vector: toVector(row.vector),
        }));
    },
    async setVectors(siteId, modelId, vectors) {
      if (vectors.length === 0) return;
      await Questions.bulkWrite(
        vectors.map(({ id, vector }) => ({ updateOne: { filter: { _id: new Types.ObjectId(id), siteId }, update: { $set: { modelId, vector: toBuffer(vector) } } } })),
        { ordered: false },
      );
    },
    async remove(siteId, ids) {
      if (ids.length === 0) return 0;
      return (await Questions.deleteMany({ siteId, _id: { $in: ids.map((id) => new Types.ObjectId(id)) } })).deletedCount;
    },
  };
}
