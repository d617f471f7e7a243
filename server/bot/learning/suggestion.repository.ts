/**
 * Agents' corrections waiting for an admin: the visitor's question (sealed, it is the
 * visitor's words) and the intent it should have found. One suggestion per question:
 * a second correction of the same question replaces the first. Bounded per site.
 */
import { Types, type Connection } from 'mongoose';
import { Schema } from 'mongoose';
import type { ExampleSuggestion } from '../../../shared/learning';
import type { FieldCipher } from '../../crypto/field-cipher';
import { ParleyError } from '../../errors';

export const MAX_PENDING_PER_SITE = 500;

const suggestionSchema = new Schema({
  siteId: { type: String, required: true },
  conversationId: { type: String, required: true },
  /** The visitor message's number in its conversation: the same question is suggested once. */
  questionSeq: { type: Number, required: true },
  question: { type: String, required: true },
  intent: { type: String, default: null },
  suggestedById: { type: String, required: true },
  suggestedByName: { type: String, required: true },
  at: { type: Date, required: true },
});
suggestionSchema.index({ siteId: 1, conversationId: 1, questionSeq: 1 }, { unique: true });
// Erasure and retention (server/privacy/) delete a conversation's suggestions by this.
suggestionSchema.index({ conversationId: 1 });

export interface NewSuggestion {
  siteId: string;
  conversationId: string;
  questionSeq: number;
  question: string;
  intent: string | null;
  suggestedBy: { id: string; name: string };
  at: Date;
}

export interface SuggestionRepository {
  save(suggestion: NewSuggestion): Promise<ExampleSuggestion>;
  list(siteId: string): Promise<ExampleSuggestion[]>;
  find(siteId: string, id: string): Promise<ExampleSuggestion | null>;
  remove(siteId: string, id: string): Promise<boolean>;
}

interface Doc {
  _id: Types.ObjectId;
  conversationId: string;
  question: string;
  intent: string | null;
  suggestedById: string;
  suggestedByName: string;
  at: Date;
}

export function createSuggestionRepository(connection: Connection, cipher: FieldCipher): SuggestionRepository {
  const Suggestions = connection.model('IntentSuggestion', suggestionSchema);
  const shown = (doc: Doc): ExampleSuggestion => ({
    id: String(doc._id),
    conversationId: doc.conversationId,
    question: cipher.open(doc.question),
    intent: doc.intent ?? null,
    suggestedBy: { id: doc.suggestedById, name: doc.suggestedByName },
    at: doc.at.toISOString(),
  });
  const idOf = (id: string) => (Types.ObjectId.isValid(id) ? new Types.ObjectId(id) : null);

  return {
    async save(suggestion) {
      const key = { siteId: suggestion.siteId, conversationId: suggestion.conversationId, questionSeq: suggestion.questionSeq };
      const existing = await Suggestions.exists(key);
      // One agent (or many) must not bury the admin: a site holds a bounded number waiting.
      if (!existing && (await Suggestions.countDocuments({ siteId: suggestion.siteId })) >= MAX_PENDING_PER_SITE) {
        throw new ParleyError('PARLEY_ERR_RATE_LIMITED', `at most ${MAX_PENDING_PER_SITE} suggestions wait for review; ask an admin to review them`);
      }
      const fields = {
        ...key,
        question: cipher.seal(suggestion.question),
        intent: suggestion.intent,
        suggestedById: suggestion.suggestedBy.id,
        suggestedByName: suggestion.suggestedBy.name,
        at: suggestion.at,
      };
      await Suggestions.replaceOne(key, fields, { upsert: true });
      return shown((await Suggestions.findOne(key).lean<Doc>())!);
    },
    async list(siteId) {
      const docs = await Suggestions.find({ siteId }).lean<Doc[]>();
      return docs.sort((a, b) => b.at.getTime() - a.at.getTime()).map(shown);
    },
    async find(siteId, id) {
      const _id = idOf(id);
      const doc = _id ? await Suggestions.findOne({ _id, siteId }).lean<Doc>() : null;
      return doc ? shown(doc) : null;
    },
    async remove(siteId, id) {
      const _id = idOf(id);
      return _id ? (await Suggestions.deleteOne({ _id, siteId })).deletedCount === 1 : false;
    },
  };
}
