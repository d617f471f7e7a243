/** Intents are data: per-site example phrases and answers, stored in MongoDB. */
import { Schema, type Connection, type InferSchemaType } from 'mongoose';
import type { IntentDefinition } from '../../shared/domain';

const intentSchema = new Schema(
  {
    siteId: { type: String, required: true },
    name: { type: String, required: true },
    examples: { type: [String], required: true },
    answer: { ko: { type: String, default: '' }, en: { type: String, default: '' } },
    /** Intents that always need a person hand the conversation to an agent instead of answering. */
    handoff: { type: Boolean, default: false },
    /** Names of intents offered as follow-up quick replies. */
    related: { type: [String], default: [] },
    /** Team that should take the conversation when this intent leads to a handoff. */
    team: { type: String, default: null },
    /** The admin's name for the intent, shown on quick replies and the handoff card. */
    displayName: { ko: { type: String, default: '' }, en: { type: String, default: '' } },
  },
  { timestamps: true },
);
intentSchema.index({ siteId: 1, name: 1 }, { unique: true });

export type Intent = Omit<InferSchemaType<typeof intentSchema>, 'createdAt' | 'updatedAt'>;

export interface IntentRepository {
  listForSite(siteId: string): Promise<Intent[]>;
  /** Creates or replaces one intent. */
  save(siteId: string, intent: IntentDefinition): Promise<void>;
  /** False when there was no such intent. */
  remove(siteId: string, name: string): Promise<boolean>;
  /** Imports intents: `merge` overwrites same-named ones and keeps the rest, `replace` drops the rest. */
  import(siteId: string, intents: IntentDefinition[], mode: 'merge' | 'replace'): Promise<void>;
  /** Inserts the given intents for a site that has none yet. */
  seedIfEmpty(siteId: string, intents: Omit<Intent, 'siteId'>[]): Promise<number>;
}

export function createIntentRepository(connection: Connection): IntentRepository {
  const Intents = connection.model('Intent', intentSchema);
  return {
    listForSite: (siteId) => Intents.find({ siteId }).select('-_id -__v -createdAt -updatedAt').lean<Intent[]>().exec(),
    async save(siteId, intent) {
      await Intents.replaceOne({ siteId, name: intent.name }, { ...intent, siteId }, { upsert: true });
    },
    async remove(siteId, name) {
      return (await Intents.deleteOne({ siteId, name })).deletedCount === 1;
    },
    async import(siteId, intents, mode) {
      // No transactions (FerretDB): write the new set first, then drop what the import left out.
      for (const intent of intents) await Intents.replaceOne({ siteId, name: intent.name }, { ...intent, siteId }, { upsert: true });
      if (mode === 'replace') await Intents.deleteMany({ siteId, name: { $nin: intents.map((intent) => intent.name) } });
    },
    async seedIfEmpty(siteId, intents) {
      if ((await Intents.countDocuments({ siteId })) > 0) return 0;
      await Intents.insertMany(intents.map((intent) => ({ ...intent, siteId })), { ordered: false }).catch(() => {
        // Another process seeded the same site at the same moment; its copy is as good as ours.
      });
      return intents.length;
    },
  };
}

/** A stored intent as the admin API and the learning screens hand it on: every field present, nothing shared with the stored document. */
export const intentDefinitionOf = (intent: Intent): IntentDefinition => ({
  name: intent.name,
  examples: [...intent.examples],
  answer: { ko: intent.answer?.ko ?? '', en: intent.answer?.en ?? '' },
  handoff: intent.handoff ?? false,
  related: [...(intent.related ?? [])],
  team: intent.team ?? null,
  displayName: { ko: intent.displayName?.ko ?? '', en: intent.displayName?.en ?? '' },
});
