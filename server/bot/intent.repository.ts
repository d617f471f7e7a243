/** Intents are data: per-site example phrases and answers, stored in MongoDB. */
import { Schema, type Connection, type InferSchemaType } from 'mongoose';

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
  },
  { timestamps: true },
);
intentSchema.index({ siteId: 1, name: 1 }, { unique: true });

export type Intent = Omit<InferSchemaType<typeof intentSchema>, 'createdAt' | 'updatedAt'>;

export interface IntentRepository {
  listForSite(siteId: string): Promise<Intent[]>;
  /** Inserts the given intents for a site that has none yet. */
  seedIfEmpty(siteId: string, intents: Omit<Intent, 'siteId'>[]): Promise<number>;
}

export function createIntentRepository(connection: Connection): IntentRepository {
  const Intents = connection.model('Intent', intentSchema);
  return {
    listForSite: (siteId) => Intents.find({ siteId }).select('-_id -__v -createdAt -updatedAt').lean<Intent[]>().exec(),
    async seedIfEmpty(siteId, intents) {
      if ((await Intents.countDocuments({ siteId })) > 0) return 0;
      await Intents.insertMany(intents.map((intent) => ({ ...intent, siteId })), { ordered: false }).catch(() => {
        // Another process seeded the same site at the same moment; its copy is as good as ours.
      });
      return intents.length;
    },
  };
}
